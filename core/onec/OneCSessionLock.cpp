#include "OneCSessionLock.h"

#include "util/Log.h"
#include "util/Progress.h"
#include "util/Redactor.h"

#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace upgrade {

OneCSessionLock::OneCSessionLock(const RacClient &rac, Target target)
    : m_rac(rac)
    , m_target(std::move(target))
{
    Redactor::addSecret(m_target.password);
}

OneCSessionLock::~OneCSessionLock()
{
    QString error;
    if (!release(&error))
        logError(error);
}

bool OneCSessionLock::acquire(Progress &progress, QString *error)
{
    const Cancellation cancel = progress.cancellation();
    progress.setStatus(tr("Locking the 1C infobase %1 (sessions and scheduled jobs)...")
                               .arg(m_target.infobaseName));
    m_cluster = m_rac.findCluster(m_target.server, error, cancel);
    if (m_cluster.isEmpty())
        return false;
    m_infobase = m_rac.findInfobase(m_cluster, m_target.infobaseName, error, cancel);
    if (m_infobase.isEmpty())
        return false;
    const RacClient::Reply info =
            m_rac.infobaseInfo(m_cluster, m_infobase, m_target.user, m_target.password, cancel);
    if (!info.ok || info.records.isEmpty()) {
        *error = info.ok ? tr("rac did not describe the infobase %1.").arg(m_target.infobaseName)
                         : info.error;
        return false;
    }
    const RacRecord &state = info.records.first();
    m_previousSessionsDeny = state.value(u"sessions-deny"_s, u"off"_s);
    m_previousCode = state.value(u"permission-code"_s);
    m_previousMessage = state.value(u"denied-message"_s);
    Redactor::addSecret(m_previousCode);

    if (state.value(u"scheduled-jobs-deny"_s, u"off"_s) != u"on"_s) {
        const RacClient::Reply r =
                m_rac.updateInfobase(m_cluster, m_infobase, m_target.user, m_target.password,
                                     {u"--scheduled-jobs-deny=on"_s}, cancel);
        if (!r.ok) {
            *error = r.error;
            return false;
        }
        m_jobsChanged = true;
        progress.log(
                tr("Scheduled jobs of the 1C infobase %1 are denied.").arg(m_target.infobaseName));
    }

    m_code = QString::number(QRandomGenerator::system()->bounded(10000000, 99999999));
    Redactor::addSecret(m_code);
    const RacClient::Reply r = m_rac.updateInfobase(
            m_cluster, m_infobase, m_target.user, m_target.password,
            {u"--sessions-deny=on"_s,
             u"--denied-message=%1"_s.arg(
                     tr("The infobase is being backed up before the 1C Connector upgrade. Please "
                        "wait.")),
             u"--denied-from=%1"_s.arg(
                     QDateTime::currentDateTime().toString(u"yyyy-MM-ddTHH:mm:ss"_s)),
             u"--permission-code=%1"_s.arg(m_code)},
            cancel);
    if (!r.ok) {
        *error = r.error;
        return false;
    }
    m_sessionsChanged = true;
    progress.log(tr("New sessions of the 1C infobase %1 are denied.").arg(m_target.infobaseName));

    if (!m_target.terminateSessions)
        return true;
    const RacClient::Reply list = m_rac.sessions(m_cluster, m_infobase, cancel);
    if (!list.ok) {
        *error = list.error;
        return false;
    }
    for (const RacRecord &session : list.records) {
        const QString id = session.value(u"session"_s);
        if (id.isEmpty())
            continue;
        progress.log(tr("Ending the 1C session of %1 (%2)...")
                             .arg(session.value(u"user-name"_s), session.value(u"app-id"_s)));
        const RacClient::Reply t = m_rac.terminateSession(m_cluster, id, cancel);
        if (!t.ok) {
            *error = t.error;
            return false;
        }
    }
    return true;
}

bool OneCSessionLock::release(QString *error)
{
    if (!isHeld())
        return true;
    QStringList settings;
    if (m_sessionsChanged) {
        settings << u"--sessions-deny=%1"_s.arg(m_previousSessionsDeny);
        if (m_previousSessionsDeny == u"on"_s) {
            settings << u"--permission-code=%1"_s.arg(m_previousCode)
                     << u"--denied-message=%1"_s.arg(m_previousMessage);
        }
    }
    if (m_jobsChanged)
        settings << u"--scheduled-jobs-deny=off"_s;
    // A fresh Cancellation: the user's cancel must not stop the unlocking.
    const RacClient::Reply r = m_rac.updateInfobase(m_cluster, m_infobase, m_target.user,
                                                    m_target.password, settings, Cancellation());
    if (!r.ok) {
        if (error)
            *error = tr("The 1C infobase %1 is still locked (%2). Unlock it by hand: %3")
                             .arg(m_target.infobaseName, r.error, r.commandLine);
        return false;
    }
    logInfo(tr("The 1C infobase %1 is unlocked (sessions and scheduled jobs as before).")
                    .arg(m_target.infobaseName));
    m_jobsChanged = m_sessionsChanged = false;
    return true;
}

} // namespace upgrade
