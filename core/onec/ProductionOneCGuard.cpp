#include "ProductionOneCGuard.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QHostInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

constexpr int DefaultClusterPort = 1541;

QString normaliseHost(QString host)
{
    host = host.trimmed().toLower();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    while (host.endsWith(u'.'))
        host.chop(1);
    QHostAddress address;
    if (address.setAddress(host)) {
        if (address.isLoopback() || address == QHostAddress(QHostAddress::AnyIPv4) ||
            address == QHostAddress(QHostAddress::AnyIPv6))
            return u"localhost"_s;
        bool ok = false;
        const QHostAddress v4(address.toIPv4Address(&ok));
        return ok ? v4.toString() : address.toString();
    }
    if (host == u"localhost"_s || host.endsWith(u".localhost"_s) ||
        host == u"localhost.localdomain"_s)
        return u"localhost"_s;
    return host;
}

QStringList defaultResolve(const QString &host)
{
    QStringList out;
    for (const QHostAddress &a : QHostInfo::fromName(host).addresses())
        out.append(normaliseHost(a.toString()));
    return out;
}

struct ParsedUrl
{
    QString host;
    int port = -1; ///< -1: the scheme's default
    QString path;
    bool valid = false;
};

ParsedUrl parseUrl(const QString &text)
{
    ParsedUrl p;
    QString t = text.trimmed();
    if (t.isEmpty())
        return p;
    t.replace(u'\\', u'/');
    if (!t.contains(u"://"_s))
        t.prepend(u"http://"_s);
    const QUrl url(t, QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty())
        return p;
    const QString scheme = url.scheme().toLower();
    p.host = normaliseHost(url.host());
    p.port = url.port(-1);
    if ((scheme == u"http"_s && p.port == 80) || (scheme == u"https"_s && p.port == 443))
        p.port = -1;
    QString path = url.path(QUrl::FullyDecoded).toLower();
    path = QDir::cleanPath(u"/"_s + path);
    // The publication's root: drop what 1C appends to it.
    static const QRegularExpression tail(uR"((/odata(/standard\.odata)?|/hs|/ws|/e1cib)(/.*)?$)"_s);
    path.remove(tail);
    while (path.endsWith(u'/'))
        path.chop(1);
    p.path = path;
    p.valid = true;
    return p;
}

/// Srvr="host";Ref="base"; or File="path"; (1C connection strings), else empty.
QHash<QString, QString> parseConnectionString(const QString &text)
{
    QHash<QString, QString> out;
    if (!text.contains(u'=') || text.contains(u"://"_s))
        return out;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            continue;
        QString value = part.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        out.insert(part.left(eq).trimmed().toLower(), value);
    }
    return out;
}

bool looksWindowsPath(const QString &path)
{
    static const QRegularExpression drive(uR"(^[A-Za-z]:[\\/])"_s);
    return drive.match(path).hasMatch() || path.startsWith(u"\\\\"_s) || path.startsWith(u"//"_s);
}

QString describe(const OneCSettings &s)
{
    if (!s.odataUrl.isEmpty())
        return s.odataUrl;
    if (s.isServer())
        return u"%1\\%2"_s.arg(s.server, s.infobaseName);
    return QDir::toNativeSeparators(s.filePath);
}

/// Whether `address` (URL or 1C connection string) names the infobase/publication of `s`.
bool addressMatches(const QString &address, const OneCSettings &s,
                    const ProductionOneCGuard::Resolver &resolver, QStringList *reasons)
{
    const QHash<QString, QString> cs = parseConnectionString(address);
    if (!cs.isEmpty()) {
        if (cs.contains(u"file"_s) && !s.filePath.isEmpty() &&
            ProductionOneCGuard::sameFilePath(cs.value(u"file"_s), s.filePath)) {
            reasons->append(u"file infobase path equals %1"_s.arg(s.filePath));
            return true;
        }
        if (cs.contains(u"srvr"_s) && s.isServer() &&
            ProductionOneCGuard::sameServerBase(cs.value(u"srvr"_s), cs.value(u"ref"_s), s.server,
                                                s.infobaseName, resolver)) {
            reasons->append(u"server infobase equals %1\\%2"_s.arg(s.server, s.infobaseName));
            return true;
        }
        return false;
    }
    if (!s.odataUrl.isEmpty() && ProductionOneCGuard::sameUrl(address, s.odataUrl, resolver)) {
        reasons->append(
                u"publication %1 equals %2"_s.arg(ProductionOneCGuard::normaliseUrl(address),
                                                  ProductionOneCGuard::normaliseUrl(s.odataUrl)));
        return true;
    }
    // A publication on the cluster's own host, named like the infobase: most likely it.
    const ParsedUrl url = parseUrl(address);
    if (url.valid && s.isServer()) {
        const QString clusterHost = s.server.section(u':', 0, 0);
        const QString first = url.path.section(u'/', 1, 1);
        if (!first.isEmpty() && first == s.infobaseName.toLower() &&
            ProductionOneCGuard::sameHost(url.host, clusterHost, resolver)) {
            reasons->append(u"publication %1 is on the cluster host %2 and named like the "
                            u"infobase %3"_s.arg(address, clusterHost, s.infobaseName));
            return true;
        }
    }
    return false;
}

} // namespace

QString ProductionOneCGuard::normaliseUrl(const QString &url)
{
    const ParsedUrl p = parseUrl(url);
    if (!p.valid)
        return url.trimmed().toLower();
    return p.host + (p.port >= 0 ? u":%1"_s.arg(p.port) : QString()) + p.path;
}

bool ProductionOneCGuard::sameHost(const QString &a, const QString &b, const Resolver &resolver)
{
    const QString ha = normaliseHost(a), hb = normaliseHost(b);
    if (ha.isEmpty() || hb.isEmpty())
        return false;
    if (ha == hb)
        return true;
    // "srv1c" and "srv1c.corp.local": one is the short name of the other.
    const bool aShort = !ha.contains(u'.'), bShort = !hb.contains(u'.');
    QHostAddress ignored;
    if (aShort != bShort && !ignored.setAddress(aShort ? hb : ha) &&
        ha.section(u'.', 0, 0) == hb.section(u'.', 0, 0))
        return true;
    const Resolver resolve = resolver ? resolver : Resolver(defaultResolve);
    const QStringList ra = resolve(ha), rb = resolve(hb);
    const QSet<QString> setA(ra.begin(), ra.end());
    for (const QString &address : rb) {
        if (setA.contains(address))
            return true;
    }
    return false;
}

bool ProductionOneCGuard::sameUrl(const QString &a, const QString &b, const Resolver &resolver)
{
    const ParsedUrl pa = parseUrl(a), pb = parseUrl(b);
    if (!pa.valid || !pb.valid)
        return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
    return pa.port == pb.port && pa.path == pb.path && sameHost(pa.host, pb.host, resolver);
}

bool ProductionOneCGuard::sameServerBase(const QString &serverA, const QString &baseA,
                                         const QString &serverB, const QString &baseB,
                                         const Resolver &resolver)
{
    auto split = [](QString server, QString base) {
        server = server.trimmed();
        // "host:port\base" written in one piece.
        const qsizetype slash = server.indexOf(QRegularExpression(u"[\\\\/]"_s));
        if (slash > 0) {
            if (base.isEmpty())
                base = server.mid(slash + 1);
            server = server.left(slash);
        }
        int port = DefaultClusterPort;
        const qsizetype colon = server.lastIndexOf(u':');
        if (colon > 0 && !server.contains(u']') && server.count(u':') == 1) {
            bool ok = false;
            const int p = server.mid(colon + 1).toInt(&ok);
            if (ok) {
                port = p;
                server = server.left(colon);
            }
        }
        return std::tuple{server, port, base.trimmed().toLower()};
    };
    const auto [hostA, portA, nameA] = split(serverA, baseA);
    const auto [hostB, portB, nameB] = split(serverB, baseB);
    return !nameA.isEmpty() && nameA == nameB && portA == portB && sameHost(hostA, hostB, resolver);
}

QString ProductionOneCGuard::normaliseFilePath(const QString &path)
{
    QString p = QDir::fromNativeSeparators(path.trimmed());
    if (p.size() >= 2 && p.startsWith(u'"') && p.endsWith(u'"'))
        p = p.mid(1, p.size() - 2);
    const bool windows = looksWindowsPath(p);
    if (windows)
        p.replace(u'\\', u'/');
    else
        p = QFileInfo(p).absoluteFilePath();
    p = QDir::cleanPath(p);
    const QString canonical = QFileInfo(p).canonicalFilePath(); // resolves symlinks; empty if none
    if (!canonical.isEmpty())
        p = canonical;
    while (p.size() > 1 && p.endsWith(u'/') && !p.endsWith(u":/"_s))
        p.chop(1);
#ifdef Q_OS_WIN
    return p.toLower();
#else
    return windows ? p.toLower() : p;
#endif
}

bool ProductionOneCGuard::sameFilePath(const QString &a, const QString &b)
{
    if (a.trimmed().isEmpty() || b.trimmed().isEmpty())
        return false;
    return normaliseFilePath(a) == normaliseFilePath(b);
}

OneCIsolationVerdict ProductionOneCGuard::checkSettings(const OneCSettings &production,
                                                        const OneCSettings &test,
                                                        const Resolver &resolver)
{
    OneCIsolationVerdict v;
    QStringList &why = v.reasons;
    if (!production.filePath.isEmpty() && sameFilePath(production.filePath, test.filePath))
        why.append(u"file infobase: %1 = %2"_s.arg(production.filePath, test.filePath));
    if (production.isServer() && test.isServer() &&
        sameServerBase(production.server, production.infobaseName, test.server, test.infobaseName,
                       resolver))
        why.append(u"server infobase: %1\\%2 = %3\\%4"_s.arg(
                production.server, production.infobaseName, test.server, test.infobaseName));
    if (!production.odataUrl.isEmpty() && !test.odataUrl.isEmpty() &&
        sameUrl(production.odataUrl, test.odataUrl, resolver))
        why.append(u"publication: %1 = %2"_s.arg(production.odataUrl, test.odataUrl));
    if (!why.isEmpty()) {
        v.verdict = OneCIsolationVerdict::Verdict::PointsAtProduction;
        v.message = tr("The profile's test 1C is the production 1C (%1). Give the test "
                       "environment its own 1C infobase — a copy restored from the backup.")
                            .arg(describe(production));
        return v;
    }
    v.verdict = OneCIsolationVerdict::Verdict::PointsAtTest;
    v.message = tr("The test 1C (%1) differs from the production 1C (%2).")
                        .arg(describe(test), describe(production));
    return v;
}

OneCIsolationVerdict ProductionOneCGuard::checkBeforeIntegration(const OneCSettings &production,
                                                                 const OneCSettings &test,
                                                                 const QString &storedAddress,
                                                                 const Resolver &resolver)
{
    OneCIsolationVerdict settings = checkSettings(production, test, resolver);
    if (!settings.isSafe())
        return settings;
    OneCIsolationVerdict v;
    const QString stored = storedAddress.trimmed();
    if (stored.isEmpty()) {
        v.message = tr("The test site holds no 1C address, so it cannot be confirmed that the "
                       "integration would reach the test 1C. Set the connector's 1C address on "
                       "the test site to %1.")
                            .arg(describe(test));
        v.reasons.append(u"no stored address"_s);
        return v;
    }
    if (addressMatches(stored, production, resolver, &v.reasons)) {
        v.verdict = OneCIsolationVerdict::Verdict::PointsAtProduction;
        v.message = tr("The test site still points at the PRODUCTION 1C (%1). Running the "
                       "integration now would write into production. Re-point the connector's 1C "
                       "address on the test site to the test 1C (%2) first.")
                            .arg(stored, describe(test));
        return v;
    }
    if (addressMatches(stored, test, resolver, &v.reasons)) {
        v.verdict = OneCIsolationVerdict::Verdict::PointsAtTest;
        v.message = tr("The test site points at the test 1C (%1).").arg(stored);
        return v;
    }
    v.message = tr("The test site points at %1, which is neither the test 1C (%2) nor the "
                   "production 1C (%3). Make sure it is not production before running the "
                   "integration.")
                        .arg(stored, describe(test), describe(production));
    v.reasons.append(u"no match for %1"_s.arg(normaliseUrl(stored)));
    return v;
}

} // namespace upgrade
