#pragma once

#include "util/ProcessRunner.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace upgrade {

/// One record of rac output: "key : value" lines up to a blank line.
using RacRecord = QHash<QString, QString>;

/// The 1C cluster's administration client `rac`, talking to a RAS (`host:1545`), as
/// vanessa-runner calls it (reference: onec-connector-and-1c-backup.md §2.3). Runs through an
/// injected CommandRunner, so the exact command lines are unit-tested with a recording fake.
/// Passwords go on rac's command line (it has no other way); every logged line goes through
/// ProcessRunner::commandLine(), which masks them. Not thread-safe; one per worker.
class RacClient
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::RacClient)
public:
    struct Settings
    {
        QString racPath;    ///< the rac executable
        QString rasAddress; ///< "host:1545"
        QString clusterUser;
        QString clusterPassword;
        int timeoutMs = 120000;
    };
    struct Reply
    {
        bool ok = false;
        QList<RacRecord> records;
        QString error;       ///< translated: what failed
        QString commandLine; ///< redacted
        QString output;      ///< rac's own text (stdout and stderr)
    };

    RacClient(CommandRunner &runner, Settings settings);

    static QList<RacRecord> parse(const QString &output);

    /// `rac <ras> <arguments>`; `withClusterAuth` adds --cluster-user/--cluster-pwd.
    Reply run(const QStringList &arguments, bool withClusterAuth,
              const Cancellation &cancel = {}) const;

    /// The cluster whose host:port (default port 1541) matches `server` ("host[:port]"); the
    /// only cluster when there is one. Empty and `error` when none or several match.
    QString findCluster(const QString &server, QString *error,
                        const Cancellation &cancel = {}) const;
    /// The infobase's uuid in the cluster (name compared case-insensitively).
    QString findInfobase(const QString &cluster, const QString &name, QString *error,
                         const Cancellation &cancel = {}) const;
    Reply infobaseInfo(const QString &cluster, const QString &infobase, const QString &user,
                       const QString &password, const Cancellation &cancel = {}) const;
    /// `infobase update` with `settings` such as "--sessions-deny=on".
    Reply updateInfobase(const QString &cluster, const QString &infobase, const QString &user,
                         const QString &password, const QStringList &settings,
                         const Cancellation &cancel = {}) const;
    Reply sessions(const QString &cluster, const QString &infobase,
                   const Cancellation &cancel = {}) const;
    Reply terminateSession(const QString &cluster, const QString &session,
                           const Cancellation &cancel = {}) const;

private:
    CommandRunner &m_runner;
    Settings m_settings;
};

} // namespace upgrade
