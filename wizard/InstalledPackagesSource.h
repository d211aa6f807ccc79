#pragma once

#include "package/PackageComparison.h"
#include "profile/Profile.h"

#include <QList>
#include <QString>

#include <optional>

namespace upgrade {
class Progress;
class SecretStore;
} // namespace upgrade

namespace upgrade::wizard {

/// The packages a site has installed, for the Connections page's "installed" column. To be
/// implemented over BpmSoftClient (PackageService GetPackages) and wired in
/// app/wizard/main.cpp; without one the column says the versions are not read yet.
/// Worker thread, synchronous, cancellable, with its own timeout.
class InstalledPackagesSource
{
public:
    virtual ~InstalledPackagesSource() = default;
    /// nullopt and a translated reason in `error` when the site cannot be asked.
    virtual std::optional<QList<InstalledPackage>>
    installedPackages(const Profile &profile, EnvironmentKind environment, SecretStore &secrets,
                      Progress &progress, QString *error) = 0;
};

} // namespace upgrade::wizard
