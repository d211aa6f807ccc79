#include "BpmSoftSiteProbe.h"

#include "RunServices.h"

#include "bpmsoft/BpmSoftClient.h"
#include "util/Progress.h"

namespace upgrade {

BpmSoftSiteProbe::BpmSoftSiteProbe(const RunServices &services, EnvironmentKind environment)
    : m_services(services)
    , m_environment(environment)
{}

HealthProbeResult BpmSoftSiteProbe::probe(const Cancellation &cancel)
{
    QString error;
    std::unique_ptr<BpmSoftClient> client = m_services.client(m_environment, &error);
    if (!client)
        return {false, error};
    LogProgress progress(cancel);
    const HealthStatus status = client->ping(progress);
    return {status.isHealthy(), status.details.isEmpty() ? status.message : status.details};
}

QString BpmSoftSiteProbe::target() const
{
    return m_services.profile().environment(m_environment).siteUrl;
}

} // namespace upgrade
