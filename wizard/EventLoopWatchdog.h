#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace upgrade::wizard {

/// Measures how long the event loop of the thread it lives in is kept from running: a timer
/// ticks every `intervalMs`; a tick that comes late by more than that was held up — a stall
/// (the UI did not repaint or react for that long). Records the longest; logs stalls above
/// `logAboveMs` (0: never). Used by the GUI tests (the UI thread must never block) and by the
/// wizard (stalls in the log). Lives on the thread it measures.
class EventLoopWatchdog : public QObject
{
    Q_OBJECT
public:
    explicit EventLoopWatchdog(int intervalMs = 20, int logAboveMs = 0, QObject *parent = nullptr);

    void start();
    void stop();
    /// The longest stall since start(), in milliseconds.
    qint64 longestStallMs() const { return m_longest; }
    int stallsOver(qint64 ms) const;
    /// Every stall above 50 ms since start(), in order.
    const QList<qint64> &stalls() const { return m_stalls; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_logAbove;
    QList<qint64> m_stalls;
};

} // namespace upgrade::wizard
