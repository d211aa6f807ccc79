#pragma once

#include "IdentityProvider.h"

#include "database/DbFingerprint.h"

#include <QCoreApplication>

#include <memory>

namespace upgrade {

class RunServices;

/// The IdentityProvider of a real run: server, database name and site URL as the profile and
/// the database say, and as fingerprint only the stable part of the database's DbFingerprint
/// (kind, server, name, system identifier, database id, creation date — never row counts, which
/// change while production runs). A database that cannot be reached cannot be identified, except
/// a test database that does not exist yet (identity without fingerprint). Thread-safe.
class ProfileIdentityProvider : public IdentityProvider
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::ProfileIdentityProvider)
public:
    explicit ProfileIdentityProvider(std::shared_ptr<const RunServices> services);
    std::optional<TargetIdentity> identify(EnvironmentKind environment, Progress &progress,
                                           QString *error) override;
    /// The stable text of a fingerprint: what identifies the database, not what it holds.
    static QString stableFingerprint(const DbFingerprint &fingerprint);

private:
    std::shared_ptr<const RunServices> m_services;
};

} // namespace upgrade
