#pragma once

#include "InstalledPackagesSource.h"

#include <QCoreApplication>

namespace upgrade::wizard {

/// The site's installed packages through BpmSoftClient::installedPackages (PackageService
/// GetPackages, else SysPackage), with the client core/plan RunServices makes for the
/// environment. Worker thread, synchronous; a new client per call. Stateless.
class SiteInstalledPackages : public InstalledPackagesSource
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::wizard::SiteInstalledPackages)
public:
    std::optional<QList<InstalledPackage>>
    installedPackages(const Profile &profile, EnvironmentKind environment, SecretStore &secrets,
                      Progress &progress, QString *error) override;
};

} // namespace upgrade::wizard
