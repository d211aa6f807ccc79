#pragma once

#include "profile/Profile.h"
#include "site/SiteHealthProbe.h"

namespace upgrade {

class RunServices;

/// A SiteHealthProbe over BPMSoft's own anonymous ping (BpmSoftClient::ping) of one environment
/// of the run's profile. Each probe makes its client on the calling (worker) thread. Borrows the
/// RunServices, which must outlive it.
class BpmSoftSiteProbe : public SiteHealthProbe
{
public:
    BpmSoftSiteProbe(const RunServices &services, EnvironmentKind environment);
    HealthProbeResult probe(const Cancellation &cancel) override;
    QString target() const override;

private:
    const RunServices &m_services;
    EnvironmentKind m_environment;
};

} // namespace upgrade
