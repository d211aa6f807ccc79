#include "SiteInstalledPackages.h"

#include "SitePackageReader.h"
#include "util/Progress.h"

namespace upgrade::wizard {

std::optional<QList<InstalledPackage>>
SiteInstalledPackages::installedPackages(const Profile &profile, EnvironmentKind environment,
                                         SecretStore &secrets, Progress &progress, QString *error)
{
    progress.setStatus(tr("Reading the installed packages of %1…")
                               .arg(profile.environment(environment).siteUrl));
    const auto packages = SitePackageReader::read(profile, environment, secrets, progress, error);
    if (!packages)
        return std::nullopt;
    QList<InstalledPackage> result;
    for (const SitePackageReader::Package &p : *packages)
        result << InstalledPackage{p.name, p.uid, p.version, p.maintainer};
    return result;
}

} // namespace upgrade::wizard
