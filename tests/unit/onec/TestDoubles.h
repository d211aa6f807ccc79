#pragma once

// Test doubles for core/onec and core/site: a CommandRunner that records what would run and
// answers from a script, and a Progress that records what it was told (thread-safe).

#include "util/ProcessRunner.h"
#include "util/Progress.h"

#include <QList>
#include <QMutex>
#include <QStringList>

#include <functional>

namespace upgrade::test {

class RecordingRunner : public CommandRunner
{
public:
    /// Answers one command; default: exit code 0, no output.
    std::function<ProcessResult(const ProcessSpec &)> answer;

    ProcessResult run(const ProcessSpec &spec, const Cancellation &) override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_specs.append(spec);
        }
        if (answer)
            return answer(spec);
        return ok();
    }

    QList<ProcessSpec> specs() const
    {
        QMutexLocker lock(&m_mutex);
        return m_specs;
    }
    /// program + arguments, one string per command (unredacted: the tests check exact lines).
    QStringList lines() const
    {
        QStringList out;
        for (const ProcessSpec &s : specs())
            out.append((QStringList{s.program} + s.arguments).join(u' '));
        return out;
    }

    static ProcessResult ok(const QByteArray &out = {})
    {
        ProcessResult r;
        r.started = true;
        r.exitCode = 0;
        r.standardOutput = out;
        return r;
    }
    static ProcessResult failed(int code, const QByteArray &err = {})
    {
        ProcessResult r;
        r.started = true;
        r.exitCode = code;
        r.standardError = err;
        return r;
    }

private:
    mutable QMutex m_mutex;
    QList<ProcessSpec> m_specs;
};

class RecordingProgress : public Progress
{
public:
    explicit RecordingProgress(Cancellation cancellation = {})
        : m_cancellation(std::move(cancellation))
    {}
    std::function<void(const QString &)> onLog; ///< called on the logging thread

    void setFraction(double f) override
    {
        QMutexLocker lock(&m_mutex);
        m_fraction = f;
    }
    void setStatus(const QString &text) override
    {
        QMutexLocker lock(&m_mutex);
        m_statuses.append(text);
    }
    void log(const QString &line) override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_lines.append(line);
        }
        if (onLog)
            onLog(line);
    }
    Cancellation cancellation() const override { return m_cancellation; }

    QStringList lines() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines;
    }
    QStringList statuses() const
    {
        QMutexLocker lock(&m_mutex);
        return m_statuses;
    }
    double fraction() const
    {
        QMutexLocker lock(&m_mutex);
        return m_fraction;
    }

private:
    Cancellation m_cancellation;
    mutable QMutex m_mutex;
    QStringList m_lines;
    QStringList m_statuses;
    double m_fraction = 0;
};

} // namespace upgrade::test
