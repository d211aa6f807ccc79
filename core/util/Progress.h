#pragma once

#include "Cancellation.h"

#include <QString>

namespace upgrade {

/// How long work reports back and learns that it should stop. Steps and core services get a
/// Progress& and call it from the worker thread; implementations forward to the UI through
/// queued signals (the plan Runner's) or print (the CLI). Implementations are thread-safe.
class Progress
{
public:
    virtual ~Progress() = default;
    /// Share of the current piece of work done, 0..1; negative: unknown (a busy indicator).
    virtual void setFraction(double fraction) = 0;
    /// A short translated status line: "Backing up BPMSoft (1.2 of 3.4 GB)".
    virtual void setStatus(const QString &text) = 0;
    /// A line for the live log and the run log (redacted on the way).
    virtual void log(const QString &line) = 0;
    virtual Cancellation cancellation() const = 0;
    bool isCancelled() const { return cancellation().isCancelled(); }
};

/// Progress that only logs to the run log: for tests and for work without a listener.
class LogProgress : public Progress
{
public:
    explicit LogProgress(Cancellation cancellation = {})
        : m_cancellation(std::move(cancellation))
    {}
    void setFraction(double fraction) override { m_fraction = fraction; }
    void setStatus(const QString &text) override;
    void log(const QString &line) override;
    Cancellation cancellation() const override { return m_cancellation; }
    double fraction() const { return m_fraction; }

private:
    Cancellation m_cancellation;
    double m_fraction = 0;
};

} // namespace upgrade
