#pragma once

#include "RacClient.h"

#include <QCoreApplication>
#include <QString>

namespace upgrade {

class Progress;

/// Locks a server infobase for a consistent dump, the vanessa-runner way: scheduled jobs
/// denied, new sessions denied (with a permission code for the Designer's /UC), remaining
/// sessions terminated. RAII: whatever acquire() changed is put back as it was by release()
/// or, at the latest, by the destructor — also after a failed or cancelled dump. release()
/// ignores the caller's cancel (it must happen). Not thread-safe; one per dump or restore.
class OneCSessionLock
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::OneCSessionLock)
public:
    struct Target
    {
        QString server;       ///< the cluster "host[:port]" (profile onec.server)
        QString infobaseName; ///< the infobase's name in the cluster
        QString user;         ///< infobase user (rac --infobase-user)
        QString password;
        bool terminateSessions = true;
    };

    OneCSessionLock(const RacClient &rac, Target target);
    ~OneCSessionLock();
    OneCSessionLock(const OneCSessionLock &) = delete;
    OneCSessionLock &operator=(const OneCSessionLock &) = delete;

    /// False and a translated reason when it could not lock; what it did change is undone
    /// by release()/the destructor all the same.
    bool acquire(Progress &progress, QString *error);
    /// Puts back the previous state; true when nothing needed undoing or undoing worked.
    /// Idempotent. On failure the reason says what to do by hand.
    bool release(QString *error = nullptr);

    bool isHeld() const { return m_jobsChanged || m_sessionsChanged; }
    /// The permission code of this lock (pass as /UC); registered with the Redactor.
    QString permissionCode() const { return m_code; }

private:
    const RacClient &m_rac;
    Target m_target;
    QString m_cluster;
    QString m_infobase;
    QString m_code;
    bool m_jobsChanged = false;
    bool m_sessionsChanged = false;
    QString m_previousSessionsDeny = QStringLiteral("off");
    QString m_previousCode;
    QString m_previousMessage;
};

} // namespace upgrade
