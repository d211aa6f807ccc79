#include "SitePackageReader.h"

#include "bpmsoft/BpmSoftClient.h"
#include "plan/RunServices.h"
#include "util/Progress.h"

namespace upgrade::wizard {

std::optional<QList<SitePackageReader::Package>>
SitePackageReader::read(const Profile &profile, EnvironmentKind environment, SecretStore &secrets,
                        Progress &progress, QString *error)
{
    // The caller's store, borrowed for this call.
    const RunServices services(profile,
                               std::shared_ptr<SecretStore>(&secrets, [](SecretStore *) {}));
    std::unique_ptr<BpmSoftClient> client = services.client(environment, error);
    if (!client)
        return std::nullopt;
    const auto packages = client->installedPackages(progress);
    if (!packages) {
        *error = client->lastError().message;
        return std::nullopt;
    }
    client->logout();
    QList<Package> result;
    for (const auto &p : *packages)
        result << Package{p.name, p.uid, p.version, p.maintainer};
    return result;
}

} // namespace upgrade::wizard
