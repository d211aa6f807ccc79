#pragma once

#include <QString>

namespace upgrade::sandbox {

/// How much data the sandbox seeds, and the deterministic names and ids it gives records, so
/// that the BPMSoft database and the 1C infobase, seeded separately, match (account i is
/// contractor i; its mapping row links the two). Static functions; thread-safe.
class SandboxSeed
{
public:
    struct Sizes
    {
        int accounts = 1500;           ///< accounts mapped to 1C contractors
        int products = 1000;           ///< products mapped to 1C items
        int newAccountsInBpm = 5;      ///< accounts created in BPMSoft, not yet exported
        int newContractorsInOneC = 20; ///< contractors created in 1C, not yet imported
        int newProductsInOneC = 10;
        int integrationLogRuns = 60; ///< past integration runs in the logs
    };

    /// Small sizes for fast tests.
    static Sizes small()
    {
        Sizes s;
        s.accounts = 40;
        s.products = 25;
        s.newAccountsInBpm = 3;
        s.newContractorsInOneC = 4;
        s.newProductsInOneC = 2;
        s.integrationLogRuns = 5;
        return s;
    }

    static QString contractorRef(int i); ///< 1C Ref_Key of contractor i
    static QString productRef(int i);
    static QString accountId(int i); ///< BPMSoft Account.Id mapped to contractor i
    static QString productId(int i);
    static QString newAccountId(int k); ///< the k-th account made in BPMSoft only
    static QString contractorName(int i);
    static QString newAccountName(int k);
    static QString inn(int i);
    static QString newAccountInn(int k);
    static QString productName(int i);
    static QString article(int i);
    /// A stable UUID v5 of `name` in the sandbox's namespace.
    static QString stableId(const QString &name);

    /// The connector as seeded and as shipped by the demo archive.
    static inline const QString OldConnectorVersion = QStringLiteral("2.3.5");
    static inline const QString NewConnectorVersion = QStringLiteral("2.4.0");
    static inline const QString PlatformVersion = QStringLiteral("1.6.0.190");
    /// The connector's packages (sandbox names; the real ones are not public).
    static QStringList connectorPackages();
};

} // namespace upgrade::sandbox
