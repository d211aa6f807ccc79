#include "RunServicesProvider.h"

#include "plan/IdentityProvider.h"
#include "plan/sample/SampleIdentityProvider.h"
#include "plan/sample/SampleStepFactory.h"

namespace upgrade::wizard {

bool DefaultRunServices::addServices(Services &services, const Profile &profile,
                                     const QString &factoryName, QString *)
{
    if (factoryName == sample::SampleStepFactory::factoryName())
        services.set<IdentityProvider>(std::make_shared<sample::SampleIdentityProvider>(
                profile, sample::SampleStepFactory::directory()));
    // Issue 7 / the service branches: BpmSoftClient, DbAdmin, OneCAdmin, SiteProvisioner and
    // the real IdentityProvider are added here for the "upgrade" plan.
    return true;
}

} // namespace upgrade::wizard
