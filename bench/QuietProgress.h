#pragma once

#include "util/Progress.h"

#include <QElapsedTimer>
#include <QString>

#include <functional>

namespace upgrade::bench {

/// A Progress that keeps nothing: the benchmarks time the work, not a listener. Optionally
/// tells `onStatus` each status line (for the console). Thread-safe as far as the benchmarks
/// use it (one worker).
class QuietProgress : public Progress
{
public:
    explicit QuietProgress(std::function<void(const QString &)> onStatus = {})
        : m_onStatus(std::move(onStatus))
    {}
    void setFraction(double) override {}
    void setStatus(const QString &text) override
    {
        if (m_onStatus)
            m_onStatus(text);
    }
    void log(const QString &) override {}
    Cancellation cancellation() const override { return m_cancellation; }

private:
    std::function<void(const QString &)> m_onStatus;
    Cancellation m_cancellation;
};

} // namespace upgrade::bench
