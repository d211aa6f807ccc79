#include "SiteInstalledPackages.h"

#include "bpmsoft/BpmSoftClient.h"
#include "plan/RunServices.h"
#include "util/Progress.h"

namespace upgrade::wizard {

std::optional<QList<InstalledPackage>>
SiteInstalledPackages::installedPackages(const Profile &profile, EnvironmentKind environment,
                                         SecretStore &secrets, Progress &progress, QString *error)
{
    // The caller's store, borrowed for this call.
    const RunServices services(profile,
                               std::shared_ptr<SecretStore>(&secrets, [](SecretStore *) {}));
    std::unique_ptr<BpmSoftClient> client = services.client(environment, error);
    if (!client)
        return std::nullopt;
    progress.setStatus(tr("Reading the installed packages of %1…")
                               .arg(profile.environment(environment).siteUrl));
    std::optional<QList<InstalledPackage>> packages = client->installedPackages(progress);
    if (!packages) {
        *error = client->lastError().message;
        return std::nullopt;
    }
    client->logout();
    return packages;
}

} // namespace upgrade::wizard
