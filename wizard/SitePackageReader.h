#pragma once

#include "profile/Profile.h"

#include <QList>
#include <QString>

#include <optional>

namespace upgrade {
class Progress;
class SecretStore;
} // namespace upgrade

namespace upgrade::wizard {

/// Reads a site's installed packages with BpmSoftClient, for SiteInstalledPackages. A separate
/// unit because core/bpmsoft's BpmSoftTypes.h and core/package's PackageComparison.h both define
/// upgrade::InstalledPackage and cannot be included together; this header includes neither.
/// Worker thread, synchronous. Stateless.
class SitePackageReader
{
public:
    struct Package
    {
        QString name;
        QString uid;
        QString version;
        QString maintainer;
    };
    /// nullopt and a translated reason in `error` when the site cannot be asked.
    static std::optional<QList<Package>> read(const Profile &profile, EnvironmentKind environment,
                                              SecretStore &secrets, Progress &progress,
                                              QString *error);
};

} // namespace upgrade::wizard
