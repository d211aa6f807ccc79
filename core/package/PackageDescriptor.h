#pragma once

#include "PackageArchive.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace upgrade {

/// Reads a package's descriptor.json ({"Descriptor": {"Name", "UId", "PackageVersion",
/// "Maintainer", "DependsOn": [{"Name", "UId", "PackageVersion"}], "ModifiedOnUtc"}}).
/// Required: Name (letters, digits, `_`, `.`, `-`), UId (a GUID), PackageVersion (non-empty).
/// Optional: Maintainer, DependsOn (each with a Name), ModifiedOnUtc ("/Date(ms)/"; ignored
/// when unreadable). A UTF-8 byte order mark is accepted. Stateless; thread-safe.
class PackageDescriptor
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::PackageDescriptor)
public:
    /// The package's name, uid, version, maintainer, dependencies and date (other fields of
    /// PackageInfo stay empty), or nullopt and a translated `problem`.
    static std::optional<PackageInfo> parse(const QByteArray &json, QString *problem);
    /// "/Date(1700000000000)/" or "/Date(1700000000000+0300)/" -> UTC time; invalid otherwise.
    static QDateTime parseDate(const QString &text);
};

} // namespace upgrade
