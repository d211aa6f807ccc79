#pragma once

#include "PackageArchive.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace upgrade {

/// A package as a site has it installed (SysPackage / PackageService GetPackages). Filled by
/// the BPMSoft client.
struct InstalledPackage
{
    QString name;
    QString uid; ///< may be empty when the site did not say
    QString version;
    QString maintainer;
};

/// What installing an archive package would do to the site.
enum class PackageChangeKind {
    New,       ///< the site does not have it
    Upgrade,   ///< the archive's version is newer
    Same,      ///< the same version (by PackageVersion's rule: `1.2` == `1.2.0`)
    Downgrade, ///< the archive's version is older
    Unknown,   ///< a version does not follow PackageVersion's rule and the texts differ
};

/// One archive package next to what the site has.
struct PackageChange
{
    PackageInfo package;
    std::optional<InstalledPackage> installed; ///< none for New
    PackageChangeKind kind = PackageChangeKind::New;
    /// Matched by name, but the site's package has another UId: another package of the same
    /// name, which BPMSoft would refuse or mix up. Preflight treats this as blocking.
    bool uidDiffers = false;
};

/// Compares an archive's packages with the installed ones. A package is matched by UId when
/// both sides have one, else by name (case-insensitively: BPMSoft's names are unique without
/// regard to case). Versions compare with PackageVersion. Stateless; thread-safe.
class PackageComparison
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::PackageComparison)
public:
    /// One PackageChange per archive package, in the archive's order.
    static QList<PackageChange> compare(const QList<PackageInfo> &archive,
                                        const QList<InstalledPackage> &installed);
    /// The change from `installedVersion` to `archiveVersion`.
    static PackageChangeKind classify(const QString &archiveVersion,
                                      const QString &installedVersion);
    static QString toString(PackageChangeKind kind); ///< "new", "upgrade", "same", ... (JSON)
    static QString describe(PackageChangeKind kind); ///< translated: "upgrade", "новый", ...
};

} // namespace upgrade
