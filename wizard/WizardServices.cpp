#include "WizardServices.h"

#include "RehearsalStepFactory.h"
#include "RunServicesProvider.h"
#include "SampleSandboxLauncher.h"
#include "ServiceConnectionChecker.h"
#include "SiteInstalledPackages.h"

#include "plan/sample/SampleStepFactory.h"
#include "profile/KeychainSecretStore.h"
#include "profile/SecretStoreFactory.h"

namespace upgrade::wizard {

WizardServices WizardServices::defaults()
{
    WizardServices s;
    s.connectionChecker = std::make_shared<ServiceConnectionChecker>();
    s.installedPackages = std::make_shared<SiteInstalledPackages>();
    s.runServices = std::make_shared<DefaultRunServices>();
    s.sandbox = std::make_shared<SampleSandboxLauncher>();
    s.secretWriter = [](const Profile &profile) -> std::unique_ptr<SecretStore> {
        return std::make_unique<KeychainSecretStore>(SecretStoreFactory::keychainScope(profile));
    };
    s.secretReader = [](const Profile &profile, const QString &secretsFile,
                        QString *error) -> std::unique_ptr<SecretStore> {
        return SecretStoreFactory::create(profile, secretsFile, error);
    };
    s.stepFactory = [](const QString &name, QString *error) -> std::unique_ptr<StepFactory> {
        // The rehearsal shows the sample plan with translated titles (RehearsalStepFactory).
        if (name == sample::SampleStepFactory::factoryName())
            return std::make_unique<RehearsalStepFactory>();
        return StepFactory::create(name, error);
    };
    s.defaultFactoryName = [] { return StepFactory::defaultName(); };
    return s;
}

} // namespace upgrade::wizard
