#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

namespace upgrade {

/// A BPMSoft package version, compared the way an administrator reads it.
///
/// Accepted: `N(.N)*` with 1 to 8 numeric parts (`1.2.3`, `7.18.0.1234`), optionally followed
/// by `-PRE` (a pre-release: `2.0.0-beta`, `1.4.0-rc.2`) and/or `+BUILD` (ignored), where PRE
/// and BUILD are dot-separated identifiers of `[0-9A-Za-z-]`. Surrounding spaces are ignored.
/// Order: the numeric parts from left to right, numerically, a missing part counting as 0
/// (`1.2` == `1.2.0.0`); then a release is newer than any of its pre-releases
/// (`2.0.0-beta` < `2.0.0`); pre-releases compare identifier by identifier, numbers
/// numerically and below words, words in ASCII order, a shorter list first when all else is
/// equal (`1.0-alpha` < `1.0-alpha.1` < `1.0-beta` < `1.0-rc.1` < `1.0`). A value type.
class PackageVersion
{
public:
    /// nullopt when `text` does not follow the rule above.
    static std::optional<PackageVersion> parse(const QString &text);

    QString toString() const { return m_text; } ///< as given (trimmed)
    const QList<quint64> &numbers() const { return m_numbers; }
    const QStringList &preRelease() const { return m_preRelease; }
    bool isPreRelease() const { return !m_preRelease.isEmpty(); }

    friend std::strong_ordering operator<=>(const PackageVersion &a, const PackageVersion &b);
    friend bool operator==(const PackageVersion &a, const PackageVersion &b)
    {
        return (a <=> b) == std::strong_ordering::equal;
    }

private:
    QString m_text;
    QList<quint64> m_numbers;
    QStringList m_preRelease;
};

} // namespace upgrade
