#pragma once

#include "util/Cancellation.h"

#include <QString>

namespace upgrade {

/// One look at whether a site is up.
struct HealthProbeResult
{
    bool healthy = false;
    QString detail; ///< raw: "HTTP 503", "connection refused", ...
};

/// Asks a site once whether it is up. The minimal interface the site provisioning waits on;
/// the BPMSoft client (core/bpmsoft) implements it with BPMSoft's own health check, and
/// HttpHealthProbe is a plain HTTP one. probe() is synchronous, on the waiting (worker)
/// thread, and returns within its own timeout or when cancelled.
class SiteHealthProbe
{
public:
    virtual ~SiteHealthProbe() = default;
    virtual HealthProbeResult probe(const Cancellation &cancel) = 0;
    /// What is probed, for messages: the site's address.
    virtual QString target() const = 0;
};

} // namespace upgrade
