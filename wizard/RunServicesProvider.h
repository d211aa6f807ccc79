#pragma once

#include "plan/Services.h"
#include "profile/Profile.h"
#include "profile/SecretStore.h"

#include <QString>

#include <memory>

namespace upgrade::wizard {

/// Sets up the core services a run's steps use (BpmSoftClient, DbAdmin, OneCAdmin,
/// SiteProvisioner, IdentityProvider, ...) from the profile and the run's SecretStore
/// (`secrets`: the passwords typed in this session, then the secrets file, the environment and
/// the keychain). Called on a worker thread while a run is prepared (it may open files or
/// connections), once per run.
class RunServicesProvider
{
public:
    virtual ~RunServicesProvider() = default;
    /// False and a translated reason when a service cannot be set up.
    virtual bool addServices(Services &services, const Profile &profile, const QString &factoryName,
                             std::shared_ptr<SecretStore> secrets, QString *error) = 0;
};

/// The services of this version: for the "sample" plan its SampleIdentityProvider; for the
/// real procedure ("upgrade") the same core/plan RunServices the CLI's RunDriver uses
/// (RunServices::create: BpmSoftClient, DbAdmin, OneCAdmin, health probes and the
/// ProfileIdentityProvider). Stateless.
class DefaultRunServices : public RunServicesProvider
{
public:
    bool addServices(Services &services, const Profile &profile, const QString &factoryName,
                     std::shared_ptr<SecretStore> secrets, QString *error) override;
};

} // namespace upgrade::wizard
