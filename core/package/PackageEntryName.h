#pragma once

#include <QCoreApplication>
#include <QString>

namespace upgrade {

/// The rule for names inside a package archive (files inside a package, .gz entries of a zip):
/// printable ASCII only, `/` or `\` between parts, relative (no leading separator, no drive
/// letter, no `:`), no `.` or `..` part, no empty part, no part ending in a dot or a space,
/// none of `* ? " < > |`. Stateless; thread-safe.
class PackageEntryName
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::PackageEntryName)
public:
    /// Empty when `name` is acceptable; otherwise a translated reason ("it leaves the package
    /// folder (..)").
    static QString problem(const QString &name);
    /// The name with `/` separators, for display and comparison.
    static QString normalized(const QString &name);
};

} // namespace upgrade
