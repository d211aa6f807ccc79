#pragma once

#include "Cancellation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace upgrade {

/// One external command: what to run and how.
struct ProcessSpec
{
    QString program;
    QStringList arguments;
    QString workingDirectory;
    /// Variables added to (or replacing in) the program's environment, e.g. PGPASSWORD.
    QProcessEnvironment extraEnvironment;
    QByteArray standardInput; ///< written, then the input is closed
    int timeoutMs = -1;       ///< -1: no timeout (the caller's cancel still works)
    /// Called on the running thread for each complete line of output, as it arrives.
    std::function<void(const QString &line, bool fromStandardError)> onLine;
    /// Output kept in the result, per stream; older output is dropped beyond it (lines were
    /// already passed to onLine). Keeps memory flat when a tool talks a lot.
    qsizetype maxCapturedBytes = 8 * 1024 * 1024;
};

/// How it ended.
struct ProcessResult
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::ProcessResult)
public:
    bool started = false;
    bool crashed = false;   ///< ended by a signal or a crash
    bool timedOut = false;  ///< killed after timeoutMs
    bool cancelled = false; ///< killed because the Cancellation fired
    int exitCode = -1;
    QByteArray standardOutput; ///< the last maxCapturedBytes
    QByteArray standardError;
    bool truncated = false;
    QString errorString; ///< why it could not start
    qint64 elapsedMs = 0;

    bool succeeded() const
    {
        return started && !crashed && !timedOut && !cancelled && exitCode == 0;
    }
    /// A translated one-line summary for messages: "exited with code 3", "timed out after 60 s".
    QString describe() const;
};

/// Runs external commands (pg_dump, 1cv8, appcmd, systemctl ...) synchronously on the calling
/// thread — the Runner's worker thread — with a timeout and a cancel, streaming output lines.
/// An interface, so that code that builds command lines for tools that cannot run here (IIS,
/// 1C) is unit-tested with a recording fake.
class CommandRunner
{
public:
    virtual ~CommandRunner() = default;
    virtual ProcessResult run(const ProcessSpec &spec, const Cancellation &cancel = {}) = 0;
};

/// The real CommandRunner, on QProcess. Kills the whole child on timeout or cancel (terminate,
/// then kill after a grace period). Thread-safe: each call uses its own QProcess.
class ProcessRunner : public CommandRunner
{
public:
    ProcessResult run(const ProcessSpec &spec, const Cancellation &cancel = {}) override;

    /// The command line as text for logs (arguments quoted; secrets masked by the Redactor).
    static QString commandLine(const ProcessSpec &spec);
    /// Finds an executable by name in PATH and then in `extraDirs`; empty when not found.
    static QString findExecutable(const QString &name, const QStringList &extraDirs = {});
};

} // namespace upgrade
