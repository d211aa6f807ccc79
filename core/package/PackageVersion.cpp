#include "PackageVersion.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

bool isNumber(const QString &s)
{
    return !s.isEmpty() &&
           std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

std::strong_ordering compareIdentifiers(const QString &a, const QString &b)
{
    const bool an = isNumber(a);
    const bool bn = isNumber(b);
    if (an && bn) {
        // Long digit strings compare by length first (after leading zeros), then by text.
        QString x = a, y = b;
        while (x.size() > 1 && x.startsWith(u'0'))
            x.remove(0, 1);
        while (y.size() > 1 && y.startsWith(u'0'))
            y.remove(0, 1);
        if (x.size() != y.size())
            return x.size() <=> y.size();
        const int c = QString::compare(x, y);
        return c <=> 0;
    }
    if (an != bn)
        return an ? std::strong_ordering::less : std::strong_ordering::greater;
    const int c = QString::compare(a, b, Qt::CaseSensitive);
    return c <=> 0;
}

} // namespace

std::optional<PackageVersion> PackageVersion::parse(const QString &text)
{
    static const QRegularExpression pattern(u"^([0-9]{1,18}(?:\\.[0-9]{1,18}){0,7})"
                                            u"(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?"
                                            u"(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$"_s);
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    PackageVersion version;
    version.m_text = trimmed;
    for (const QString &part : match.captured(1).split(u'.'))
        version.m_numbers.append(part.toULongLong());
    if (match.hasCaptured(2) && !match.captured(2).isEmpty())
        version.m_preRelease = match.captured(2).split(u'.');
    return version;
}

std::strong_ordering operator<=>(const PackageVersion &a, const PackageVersion &b)
{
    const qsizetype n = std::max(a.m_numbers.size(), b.m_numbers.size());
    for (qsizetype i = 0; i < n; ++i) {
        const quint64 x = i < a.m_numbers.size() ? a.m_numbers.at(i) : 0;
        const quint64 y = i < b.m_numbers.size() ? b.m_numbers.at(i) : 0;
        if (x != y)
            return x <=> y;
    }
    if (a.m_preRelease.isEmpty() != b.m_preRelease.isEmpty())
        return a.m_preRelease.isEmpty() ? std::strong_ordering::greater
                                        : std::strong_ordering::less;
    const qsizetype m = std::min(a.m_preRelease.size(), b.m_preRelease.size());
    for (qsizetype i = 0; i < m; ++i) {
        const auto c = compareIdentifiers(a.m_preRelease.at(i), b.m_preRelease.at(i));
        if (c != std::strong_ordering::equal)
            return c;
    }
    return a.m_preRelease.size() <=> b.m_preRelease.size();
}

} // namespace upgrade
