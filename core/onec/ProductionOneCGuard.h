#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace upgrade {

/// Where the test site's 1C points, as far as the guard can tell.
struct OneCIsolationVerdict
{
    enum class Verdict {
        PointsAtTest,       ///< the test 1C: the integration may run
        PointsAtProduction, ///< the production 1C: never run the integration
        Unknown,            ///< neither recognisably: do not run without the user's word
    };
    Verdict verdict = Verdict::Unknown;
    QString message;     ///< translated: what was found and what to do
    QStringList reasons; ///< raw: which comparison decided
    bool isSafe() const { return verdict == Verdict::PointsAtTest; }
};

/// Safety rule 3 of DESIGN.md: the test site must not talk to the production 1C. Compares
/// 1C addresses written differently but meaning the same thing: OData/HTTP publication URLs
/// (scheme, case, default ports, localhost/127.0.0.1/::1, trailing slashes, `..`, the
/// `/odata/standard.odata`, `/hs/…`, `/ws/…` tails, short vs full host names, and — through
/// the resolver — host names that resolve to the same address), cluster `server\base` names
/// (case, the default port 1541), connection strings (`Srvr=…;Ref=…`, `File=…`) and file
/// infobase paths (separators, `..`, symlinks where the path exists, case on Windows). When
/// in doubt it says "same": a false alarm stops a test run, a miss writes into production.
/// Stateless; thread-safe when the resolver is.
class ProductionOneCGuard
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::ProductionOneCGuard)
public:
    /// A host's IP addresses; empty when unknown. Default: QHostInfo (DNS, blocking).
    using Resolver = std::function<QStringList(const QString &host)>;

    /// Before the integration runs on the test site: `storedAddress` is the 1C address the
    /// test BPMSoft database holds now (the connector's settings, ConnectorSettings).
    static OneCIsolationVerdict checkBeforeIntegration(const OneCSettings &production,
                                                       const OneCSettings &test,
                                                       const QString &storedAddress,
                                                       const Resolver &resolver = {});
    /// Whether the profile's test 1C is the production one (same infobase or publication).
    static OneCIsolationVerdict checkSettings(const OneCSettings &production,
                                              const OneCSettings &test,
                                              const Resolver &resolver = {});

    /// "host[:port]/path" of a 1C publication, scheme and tails dropped, lower-case.
    static QString normaliseUrl(const QString &url);
    static bool sameUrl(const QString &a, const QString &b, const Resolver &resolver = {});
    static bool sameServerBase(const QString &serverA, const QString &baseA, const QString &serverB,
                               const QString &baseB, const Resolver &resolver = {});
    static QString normaliseFilePath(const QString &path);
    static bool sameFilePath(const QString &a, const QString &b);
    static bool sameHost(const QString &a, const QString &b, const Resolver &resolver = {});
};

} // namespace upgrade
