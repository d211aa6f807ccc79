#pragma once

#include "plan/Services.h"
#include "profile/Profile.h"

#include <QString>

namespace upgrade::wizard {

/// Sets up the core services a run's steps use (BpmSoftClient, DbAdmin, OneCAdmin,
/// SiteProvisioner, IdentityProvider, ...), after the wizard has put the run's SecretStore into
/// `services`. Called on a worker thread while a run is prepared (it may open files or
/// connections), once per run. DefaultRunServices is what this version has: the sample plan's
/// identity provider; the real services are added there when their branches land.
class RunServicesProvider
{
public:
    virtual ~RunServicesProvider() = default;
    /// False and a translated reason when a service cannot be set up.
    virtual bool addServices(Services &services, const Profile &profile, const QString &factoryName,
                             QString *error) = 0;
};

/// The services of this version: for the "sample" plan its SampleIdentityProvider; for the
/// real procedure nothing yet (its steps are PendingSteps until issue 7). Stateless.
class DefaultRunServices : public RunServicesProvider
{
public:
    bool addServices(Services &services, const Profile &profile, const QString &factoryName,
                     QString *error) override;
};

} // namespace upgrade::wizard
