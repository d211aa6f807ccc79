#include "ProcessRunner.h"

#include "Redactor.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

constexpr int PollMs = 50;
constexpr int TerminateGraceMs = 3000;

/// Collects one stream: complete lines go to the callback, bytes to a bounded buffer.
class StreamCollector
{
public:
    StreamCollector(const ProcessSpec &spec, bool isError, ProcessResult &result)
        : m_spec(spec)
        , m_isError(isError)
        , m_result(result)
    {}

    void append(const QByteArray &data)
    {
        if (data.isEmpty())
            return;
        QByteArray &kept = m_isError ? m_result.standardError : m_result.standardOutput;
        kept += data;
        if (kept.size() > m_spec.maxCapturedBytes) {
            kept.remove(0, kept.size() - m_spec.maxCapturedBytes);
            m_result.truncated = true;
        }
        if (!m_spec.onLine)
            return;
        m_pending += data;
        qsizetype newline;
        while ((newline = m_pending.indexOf('\n')) >= 0) {
            emitLine(m_pending.left(newline));
            m_pending.remove(0, newline + 1);
        }
        // A tool that never prints a newline must not grow this without bound.
        if (m_pending.size() > 64 * 1024) {
            emitLine(m_pending);
            m_pending.clear();
        }
    }

    void finish()
    {
        if (m_spec.onLine && !m_pending.isEmpty())
            emitLine(m_pending);
        m_pending.clear();
    }

private:
    void emitLine(QByteArray line)
    {
        if (line.endsWith('\r'))
            line.chop(1);
        m_spec.onLine(QString::fromUtf8(line), m_isError);
    }

    const ProcessSpec &m_spec;
    bool m_isError;
    ProcessResult &m_result;
    QByteArray m_pending;
};

} // namespace

QString ProcessResult::describe() const
{
    if (!started)
        return tr("could not be started: %1").arg(errorString);
    if (cancelled)
        return tr("was cancelled");
    if (timedOut)
        return tr("did not finish in time and was stopped after %1 s").arg(elapsedMs / 1000);
    if (crashed)
        return tr("crashed or was killed");
    if (exitCode != 0)
        return tr("exited with code %1").arg(exitCode);
    return tr("finished successfully");
}

ProcessResult ProcessRunner::run(const ProcessSpec &spec, const Cancellation &cancel)
{
    ProcessResult result;
    QElapsedTimer clock;
    clock.start();

    QProcess process;
    process.setProgram(spec.program);
    process.setArguments(spec.arguments);
    if (!spec.workingDirectory.isEmpty())
        process.setWorkingDirectory(spec.workingDirectory);
    if (!spec.extraEnvironment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(spec.extraEnvironment);
        process.setProcessEnvironment(env);
    }
    process.start(QIODevice::ReadWrite);
    if (!process.waitForStarted(30000)) {
        result.errorString = process.errorString();
        result.elapsedMs = clock.elapsed();
        return result;
    }
    result.started = true;
    if (!spec.standardInput.isEmpty())
        process.write(spec.standardInput);
    process.closeWriteChannel();

    StreamCollector out(spec, false, result);
    StreamCollector err(spec, true, result);
    const QDeadlineTimer deadline = spec.timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever)
                                                       : QDeadlineTimer(spec.timeoutMs);
    auto drain = [&] {
        out.append(process.readAllStandardOutput());
        err.append(process.readAllStandardError());
    };

    while (process.state() != QProcess::NotRunning) {
        process.waitForFinished(PollMs); // also delivers the readyRead data
        drain();
        if (process.state() == QProcess::NotRunning)
            break;
        const bool cancelled = cancel.isCancelled();
        if (cancelled || deadline.hasExpired()) {
            (cancelled ? result.cancelled : result.timedOut) = true;
            process.terminate();
            if (!process.waitForFinished(TerminateGraceMs)) {
                process.kill();
                process.waitForFinished(TerminateGraceMs);
            }
            drain();
            break;
        }
    }
    drain();
    out.finish();
    err.finish();
    result.crashed =
            !result.cancelled && !result.timedOut && process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.elapsedMs = clock.elapsed();
    return result;
}

QString ProcessRunner::commandLine(const ProcessSpec &spec)
{
    QStringList parts{spec.program};
    for (const QString &raw : spec.arguments) {
        // Each argument alone first: a password option is easiest to see before quoting.
        const QString arg = Redactor::redact(raw);
        if (arg.isEmpty() || arg.contains(u' ') || arg.contains(u'"'))
            parts.append(u'"' + QString(arg).replace(u'"', u"\\\""_s) + u'"');
        else
            parts.append(arg);
    }
    return Redactor::redact(parts.join(u' '));
}

QString ProcessRunner::findExecutable(const QString &name, const QStringList &extraDirs)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty() && !extraDirs.isEmpty())
        found = QStandardPaths::findExecutable(name, extraDirs);
    return found;
}

} // namespace upgrade
