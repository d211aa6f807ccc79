#include "RunServicesProvider.h"

#include "plan/IdentityProvider.h"
#include "plan/RunServices.h"
#include "plan/sample/SampleIdentityProvider.h"
#include "plan/sample/SampleStepFactory.h"

namespace upgrade::wizard {

bool DefaultRunServices::addServices(Services &services, const Profile &profile,
                                     const QString &factoryName,
                                     std::shared_ptr<SecretStore> secrets, QString *)
{
    if (factoryName == sample::SampleStepFactory::factoryName()) {
        services.set<SecretStore>(std::move(secrets));
        services.set<IdentityProvider>(std::make_shared<sample::SampleIdentityProvider>(
                profile, sample::SampleStepFactory::directory()));
        return true;
    }
    // The real procedure: the same services the CLI's RunDriver sets up.
    services = RunServices::create(profile, std::move(secrets));
    return true;
}

} // namespace upgrade::wizard
