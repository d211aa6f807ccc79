#pragma once

#include "plan/Runner.h"
#include "plan/StepFactory.h"
#include "profile/Profile.h"
#include "profile/SecretStore.h"

#include <QString>

#include <functional>
#include <memory>

namespace upgrade::wizard {

class ConnectionChecker;
class InstalledPackagesSource;
class RunServicesProvider;
class SandboxLauncher;

/// Everything outside the wizard that its view-models call: the places where the real
/// services plug in. defaults() is what this version has; app/wizard/main.cpp (and tests)
/// replace members. A plain value; the view-models keep copies of the shared pointers.
/// Members called on worker threads say so.
struct WizardServices
{
    /// The Connections page's Check buttons (worker thread).
    std::shared_ptr<ConnectionChecker> connectionChecker;
    /// The site's installed packages next to the archive's (worker thread); may be null.
    std::shared_ptr<InstalledPackagesSource> installedPackages;
    /// The core services of a run (worker thread, once per run).
    std::shared_ptr<RunServicesProvider> runServices;
    /// "Rehearse on the sandbox" (worker thread).
    std::shared_ptr<SandboxLauncher> sandbox;
    /// Where typed passwords are saved: the keychain under the profile's scope (worker thread).
    std::function<std::unique_ptr<SecretStore>(const Profile &profile)> secretWriter;
    /// Where runs and checks read passwords, after the ones typed in this session: the secrets
    /// file (the sandbox's), the environment, the keychain — SecretStoreFactory (worker thread).
    std::function<std::unique_ptr<SecretStore>(const Profile &profile, const QString &secretsFile,
                                               QString *error)>
            secretReader;
    /// Builds the step factory of that name (main thread): StepFactory::create.
    std::function<std::unique_ptr<StepFactory>(const QString &name, QString *error)> stepFactory;
    /// The factory a new run uses when the profile did not come from the sandbox.
    std::function<QString()> defaultFactoryName;
    RunnerOptions runnerOptions;

    static WizardServices defaults();
};

} // namespace upgrade::wizard
