#include "PackageComparison.h"

#include "PackageVersion.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

QUuid uidOf(const QString &text)
{
    return QUuid::fromString(text.trimmed());
}

} // namespace

QList<PackageChange> PackageComparison::compare(const QList<PackageInfo> &archive,
                                                const QList<InstalledPackage> &installed)
{
    QList<PackageChange> changes;
    changes.reserve(archive.size());
    for (const PackageInfo &package : archive) {
        PackageChange change;
        change.package = package;
        const QUuid uid = uidOf(package.uid);
        const InstalledPackage *match = nullptr;
        if (!uid.isNull()) {
            for (const InstalledPackage &candidate : installed) {
                if (uidOf(candidate.uid) == uid) {
                    match = &candidate;
                    break;
                }
            }
        }
        if (!match) {
            for (const InstalledPackage &candidate : installed) {
                if (candidate.name.compare(package.name, Qt::CaseInsensitive) == 0) {
                    match = &candidate;
                    break;
                }
            }
        }
        if (match) {
            change.installed = *match;
            change.kind = classify(package.version, match->version);
            const QUuid installedUid = uidOf(match->uid);
            change.uidDiffers = !uid.isNull() && !installedUid.isNull() && uid != installedUid;
        }
        changes.append(change);
    }
    return changes;
}

PackageChangeKind PackageComparison::classify(const QString &archiveVersion,
                                              const QString &installedVersion)
{
    const auto archived = PackageVersion::parse(archiveVersion);
    const auto current = PackageVersion::parse(installedVersion);
    if (!archived || !current) {
        return archiveVersion.trimmed() == installedVersion.trimmed() ? PackageChangeKind::Same
                                                                      : PackageChangeKind::Unknown;
    }
    const auto order = *archived <=> *current;
    if (order == std::strong_ordering::greater)
        return PackageChangeKind::Upgrade;
    if (order == std::strong_ordering::less)
        return PackageChangeKind::Downgrade;
    return PackageChangeKind::Same;
}

QString PackageComparison::toString(PackageChangeKind kind)
{
    switch (kind) {
    case PackageChangeKind::New:
        return u"new"_s;
    case PackageChangeKind::Upgrade:
        return u"upgrade"_s;
    case PackageChangeKind::Same:
        return u"same"_s;
    case PackageChangeKind::Downgrade:
        return u"downgrade"_s;
    case PackageChangeKind::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString PackageComparison::describe(PackageChangeKind kind)
{
    switch (kind) {
    case PackageChangeKind::New:
        return tr("new package");
    case PackageChangeKind::Upgrade:
        return tr("upgrade");
    case PackageChangeKind::Same:
        return tr("same version");
    case PackageChangeKind::Downgrade:
        return tr("downgrade");
    case PackageChangeKind::Unknown:
        break;
    }
    return tr("versions cannot be compared");
}

} // namespace upgrade
