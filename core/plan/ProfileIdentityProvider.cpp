#include "ProfileIdentityProvider.h"

#include "RunServices.h"

#include "database/DbAdmin.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace upgrade {

ProfileIdentityProvider::ProfileIdentityProvider(std::shared_ptr<const RunServices> services)
    : m_services(std::move(services))
{}

QString ProfileIdentityProvider::stableFingerprint(const DbFingerprint &f)
{
    return u"%1|%2|%3|%4|%5|%6"_s.arg(
            toString(f.kind), f.server, f.database, f.systemIdentifier, f.databaseId,
            f.createdOn.isValid() ? f.createdOn.toString(Qt::ISODateWithMs) : QString());
}

std::optional<TargetIdentity> ProfileIdentityProvider::identify(EnvironmentKind environment,
                                                                Progress &progress, QString *error)
{
    TargetIdentity identity = TargetIdentity::expected(m_services->profile(), environment);
    const EnvironmentSettings &env = m_services->profile().environment(environment);
    if (!env.database)
        return identity; // cloud: no database to fingerprint
    if (progress.isCancelled()) {
        *error = tr("cancelled");
        return std::nullopt;
    }
    QString e;
    std::unique_ptr<DbAdmin> admin = m_services->database(environment, &e);
    if (!admin) {
        *error = e;
        return std::nullopt;
    }
    if (environment == EnvironmentKind::Test) {
        const QString name = env.database->kind == DatabaseKind::Sqlite ? env.database->path
                                                                        : env.database->name;
        const DbResult<bool> exists = admin->databaseExists(name);
        if (exists.ok() && !exists.value)
            return identity; // not restored yet: nothing to fingerprint
    }
    const DbResult<DbFingerprint> fingerprint = admin->fingerprint(QStringList());
    if (!fingerprint.ok()) {
        *error = tr("%1 cannot be read: %2").arg(admin->describe(), fingerprint.error.message());
        return std::nullopt;
    }
    if (env.database->kind != DatabaseKind::Sqlite && !fingerprint.value.database.isEmpty())
        identity.database = fingerprint.value.database;
    identity.fingerprint = stableFingerprint(fingerprint.value);
    return identity;
}

} // namespace upgrade
