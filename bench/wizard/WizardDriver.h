#pragma once

#include "EventLoopWatchdog.h"
#include "UpgradeWizard.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace upgrade::bench {

/// Drives the real wizard through a whole rehearsal (`--sandbox`, scenario "happy") the way a
/// person clicks — Next when a page is complete, the typed production confirmation, Retry when
/// a step asks — and measures what measurement (e) of issue 9 asks: the first page's first
/// paint, the longest stall of the UI thread (wizard's EventLoopWatchdog, 10 ms ticks) and the
/// peak resident memory. Lives on the UI thread; owns nothing but its timer.
class WizardDriver : public QObject
{
public:
    struct Result
    {
        bool ok = false;
        QString error;
        qint64 firstPaintMs = -1; ///< since `sinceStart` began (main())
        qint64 longestStallMs = -1;
        qint64 peakResidentBytes = -1;
        double upgradeSeconds = 0; ///< first page to the Finish page
        QStringList pages;         ///< visited, in order
    };

    WizardDriver(wizard::UpgradeWizard &wizard, const QElapsedTimer &sinceStart, int timeoutMs);

    /// Shows the wizard and starts driving; `done` is called once, on this thread.
    void start(std::function<void(const Result &)> done);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();
    void finish(bool ok, const QString &error);
    QString pageName(int id) const;

    wizard::UpgradeWizard &m_wizard;
    const QElapsedTimer &m_sinceStart;
    int m_timeoutMs;
    wizard::EventLoopWatchdog m_watchdog{10};
    QTimer m_timer;
    QElapsedTimer m_upgradeClock;
    int m_nextSentOn = -1; ///< the page whose Next was pressed
    bool m_finished = false;
    Result m_result;
    std::function<void(const Result &)> m_done;
};

} // namespace upgrade::bench
