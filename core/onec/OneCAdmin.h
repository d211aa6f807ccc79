#pragma once

#include "OneCExecutableLocator.h"
#include "profile/Profile.h"
#include "util/ProcessRunner.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace upgrade {

class Progress;
class SecretStore;

/// The passwords OneCAdmin needs, read by the caller from the SecretStore (which registers
/// them with the Redactor; OneCAdmin registers them again, to be sure).
struct OneCCredentials
{
    QString infobasePassword; ///< secret <env>.onec: the infobase user's (Designer /P, ibcmd)
    QString clusterPassword;  ///< secret <env>.cluster: the cluster administrator's (rac)

    static OneCCredentials fromSecrets(SecretStore &secrets, EnvironmentKind environment);
};

/// How a dump or restore ended, with what a journal needs: the artifact (file, size,
/// SHA-256), the tool's log text and where it is kept, the command line (redacted).
struct OneCResult
{
    enum class Outcome { Succeeded, Failed, Cancelled, TimedOut };
    Outcome outcome = Outcome::Failed;
    QString message; ///< translated: what happened and, on failure, what to do
    QString details; ///< raw: command line, exit, the log's text
    QString commandLine;
    QString logText; ///< the /Out text (Designer) or the output (ibcmd)
    QString logPath; ///< the kept /Out file
    OneCExecutable executable;
    QString file; ///< the .dt
    qint64 size = -1;
    QString sha256;  ///< lower-case hex
    QString warning; ///< translated: succeeded, but something deserves a look
    qint64 elapsedMs = 0;

    bool succeeded() const { return outcome == Outcome::Succeeded; }
};

/// Backs up and restores a 1C infobase: `1cv8 DESIGNER /F|/S ... /DumpIB|/RestoreIB FILE.dt
/// /Out LOG` (or `ibcmd infobase dump|restore`), as the profile's `onec` says. Success needs
/// the exit code 0 *and* an /Out log without an error; the log is streamed to Progress::log
/// while the process runs and kept next to the .dt. A dump is written as `NAME.incomplete.dt`
/// and renamed only after success; its size and SHA-256 are returned. For a server infobase
/// with a RAS address, sessions and scheduled jobs are locked with rac first and always
/// unlocked afterwards (OneCSessionLock). Timeout and cancel through Progress.
/// Synchronous, for the worker thread: the process runs on a helper std::thread while the
/// calling thread polls the /Out log, so the CommandRunner (borrowed) must be callable from
/// another thread — ProcessRunner is — and Progress must be thread-safe, as its contract says.
class OneCAdmin
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::OneCAdmin)
public:
    enum class Operation { Dump, Restore };
    struct Options
    {
        int timeoutMs = 6 * 60 * 60 * 1000;
        int racTimeoutMs = 2 * 60 * 1000;
        /// Pass the Designer's arguments through a parameters file (`1cv8 /@ FILE`, 1C's
        /// documented key) instead of the command line, so the password does not show in
        /// process lists. The file is owner-only and removed right after the run.
        bool parametersFile = false;
        bool terminateSessions = true; ///< with rac: end sessions still open after the lock
        QStringList installRoots;      ///< where to look for the platform (tests); empty: usual
        QString racExecutable;         ///< rac; empty: next to 1cv8 / the usual folders
        /// ibcmd for a server infobase talks to its DBMS directly: e.g.
        /// {"--dbms=PostgreSQL", "--db-server=pg", "--db-name=ib", "--db-user=u"}.
        QStringList ibcmdDatabaseArguments;
    };

    OneCAdmin(OneCSettings settings, OneCCredentials credentials, CommandRunner &runner);
    OneCAdmin(OneCSettings settings, OneCCredentials credentials, CommandRunner &runner,
              Options options);

    /// Dumps the infobase to `dtPath` (must not exist: a backup is never overwritten).
    OneCResult dump(const QString &dtPath, Progress &progress);
    /// Replaces the infobase's content with `dtPath`. `expectedSha256`: when given, the file
    /// must still have it (the backup the journal recorded), else nothing is touched.
    OneCResult restore(const QString &dtPath, Progress &progress,
                       const QString &expectedSha256 = {});

    /// The tool that would run, and how it was found.
    OneCExecutable executable() const;
    /// The process that would run (for tests and for showing it, via commandLine()).
    ProcessSpec buildSpec(Operation operation, const QString &dtPath, const QString &logPath,
                          const QString &unlockCode = {}) const;
    /// The Designer's arguments written as one Windows-quoted line (the /@ file's content).
    static QString joinWindowsCommandLine(const QStringList &arguments);

private:
    OneCResult execute(Operation operation, const QString &dtPath, const QString &runFile,
                       Progress &progress);

    OneCSettings m_settings;
    OneCCredentials m_credentials;
    CommandRunner &m_runner;
    Options m_options;
};

} // namespace upgrade
