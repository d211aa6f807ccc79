#include "EventLoopWatchdog.h"

#include "util/Log.h"

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

EventLoopWatchdog::EventLoopWatchdog(int intervalMs, int logAboveMs, QObject *parent)
    : QObject(parent)
    , m_logAbove(logAboveMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopWatchdog::tick);
}

void EventLoopWatchdog::start()
{
    m_longest = 0;
    m_stalls.clear();
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void EventLoopWatchdog::stop()
{
    tick();
    m_timer.stop();
}

int EventLoopWatchdog::stallsOver(qint64 ms) const
{
    int n = 0;
    for (qint64 s : m_stalls)
        n += s > ms ? 1 : 0;
    return n;
}

void EventLoopWatchdog::tick()
{
    if (!m_clock.isValid())
        return;
    const qint64 now = m_clock.elapsed();
    const qint64 stall = now - m_last - m_timer.interval();
    m_last = now;
    if (stall <= 0)
        return;
    m_longest = std::max(m_longest, stall);
    if (stall > 50)
        m_stalls << stall;
    if (m_logAbove > 0 && stall > m_logAbove)
        logWarning(u"the UI thread was blocked for %1 ms"_s.arg(stall));
}

} // namespace upgrade::wizard
