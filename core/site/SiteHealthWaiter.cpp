#include "SiteHealthWaiter.h"

#include "util/Log.h"
#include "util/Progress.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>

namespace upgrade {

HealthWaitResult SiteHealthWaiter::waitUntilHealthy(SiteHealthProbe &probe, Progress &progress,
                                                    int timeoutMs, int intervalMs)
{
    HealthWaitResult result;
    QElapsedTimer clock;
    clock.start();
    const Cancellation cancel = progress.cancellation();
    progress.setStatus(tr("Waiting for %1 to answer...").arg(probe.target()));
    while (true) {
        ++result.attempts;
        const HealthProbeResult r = probe.probe(cancel);
        result.lastDetail = r.detail;
        result.elapsedMs = clock.elapsed();
        if (r.healthy) {
            result.healthy = true;
            result.message = tr("%1 answers (%2) after %3 s.")
                                     .arg(probe.target(), r.detail)
                                     .arg(result.elapsedMs / 1000);
            progress.setFraction(1.0);
            progress.log(result.message);
            return result;
        }
        progress.setFraction(
                std::min(1.0, double(result.elapsedMs) / double(std::max(1, timeoutMs))));
        progress.setStatus(tr("Waiting for %1 to answer (attempt %2: %3)...")
                                   .arg(probe.target())
                                   .arg(result.attempts)
                                   .arg(r.detail));
        // Sleep till the next attempt, in short steps so that cancel is seen at once.
        const qint64 next = clock.elapsed() + intervalMs;
        while (clock.elapsed() < next && clock.elapsed() < timeoutMs && !cancel.isCancelled())
            QThread::msleep(20);
        result.elapsedMs = clock.elapsed();
        if (cancel.isCancelled()) {
            result.cancelled = true;
            result.message = tr("Waiting for %1 was cancelled.").arg(probe.target());
            return result;
        }
        if (result.elapsedMs >= timeoutMs) {
            result.timedOut = true;
            result.message = tr("%1 did not answer healthy within %2 s (%n attempt(s); last: %3). "
                                "Look at the site's log and the web server.",
                                nullptr, result.attempts)
                                     .arg(probe.target())
                                     .arg(timeoutMs / 1000)
                                     .arg(result.lastDetail);
            logWarning(result.message);
            return result;
        }
    }
}

} // namespace upgrade
