#pragma once

#include "SiteHealthProbe.h"

#include <QCoreApplication>

namespace upgrade {

class Progress;

/// How waiting ended.
struct HealthWaitResult
{
    bool healthy = false;
    bool cancelled = false;
    bool timedOut = false;
    int attempts = 0;
    qint64 elapsedMs = 0;
    QString lastDetail;
    QString message; ///< translated
};

/// Probes until the site is healthy, the timeout passes, or the user cancels; reports the
/// elapsed share of the timeout as progress and each failed attempt as status. Stateless.
class SiteHealthWaiter
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::SiteHealthWaiter)
public:
    static HealthWaitResult waitUntilHealthy(SiteHealthProbe &probe, Progress &progress,
                                             int timeoutMs, int intervalMs = 3000);
};

} // namespace upgrade
