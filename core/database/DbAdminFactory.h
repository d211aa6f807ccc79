#pragma once

#include "DbAdmin.h"
#include "FreeSpaceProvider.h"
#include "profile/Profile.h"
#include "profile/SecretStore.h"
#include "util/ProcessRunner.h"

#include <QCoreApplication>

#include <memory>

namespace upgrade {

/// What the admins use besides the database; all optional (defaults: a ProcessRunner, the
/// system's free space, the usual tool folders). Must outlive the admins made with it.
struct DbAdminServices
{
    CommandRunner *runner = nullptr;
    const FreeSpaceProvider *freeSpace = nullptr;
    QString postgresToolsDir;
};

/// Makes the DbAdmin for a profile's database: PostgresAdmin, MsSqlAdmin or SqliteAdmin.
/// Stateless; thread-safe.
class DbAdminFactory
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::DbAdminFactory)
public:
    static std::unique_ptr<DbAdmin> create(const DatabaseSettings &settings,
                                           const QString &password,
                                           const DbAdminServices &services = {});
    /// For one environment of a profile, the password read from `secrets` (key
    /// SecretKeys::key(environment, SecretKeys::Database)). nullptr and a translated error when
    /// the environment has no database (cloud hosting) or a needed password is missing.
    static std::unique_ptr<DbAdmin> create(const Profile &profile, EnvironmentKind environment,
                                           SecretStore &secrets, DbError *error,
                                           const DbAdminServices &services = {});
};

} // namespace upgrade
