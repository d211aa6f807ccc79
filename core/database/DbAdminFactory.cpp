#include "DbAdminFactory.h"

#include "MsSqlAdmin.h"
#include "PostgresAdmin.h"
#include "SqliteAdmin.h"
#include "profile/SecretKeys.h"
#include "util/Log.h"

using namespace Qt::StringLiterals;

namespace upgrade {

std::unique_ptr<DbAdmin> DbAdminFactory::create(const DatabaseSettings &settings,
                                                const QString &password,
                                                const DbAdminServices &services)
{
    switch (settings.kind) {
    case DatabaseKind::PostgreSql: {
        PostgresAdmin::Options options;
        options.runner = services.runner;
        options.freeSpace = services.freeSpace;
        options.toolsDir = services.postgresToolsDir;
        return std::make_unique<PostgresAdmin>(settings, password, options);
    }
    case DatabaseKind::MsSql:
        return std::make_unique<MsSqlAdmin>(settings, password);
    case DatabaseKind::Sqlite: {
        SqliteAdmin::Options options;
        options.freeSpace = services.freeSpace;
        return std::make_unique<SqliteAdmin>(settings, options);
    }
    }
    return nullptr;
}

std::unique_ptr<DbAdmin> DbAdminFactory::create(const Profile &profile, EnvironmentKind environment,
                                                SecretStore &secrets, DbError *error,
                                                const DbAdminServices &services)
{
    const EnvironmentSettings &env = profile.environment(environment);
    if (!env.database) {
        if (error)
            *error = DbError(DbError::Code::Unsupported,
                             tr("The %1 environment has no database settings (cloud hosting: the "
                                "provider manages the database).")
                                     .arg(toString(environment)));
        return nullptr;
    }
    const DatabaseSettings &db = *env.database;
    QString password;
    if (db.kind != DatabaseKind::Sqlite && !db.user.isEmpty()) {
        const QString key = SecretKeys::key(environment, SecretKeys::Database);
        QString readError;
        const auto secret = secrets.get(key, &readError);
        if (secret) {
            password = *secret;
        } else if (!readError.isEmpty() || db.kind == DatabaseKind::MsSql) {
            if (error)
                *error = DbError(DbError::Code::Connection,
                                 tr("The password of the database user «%1» is missing: give the "
                                    "secret %2 (%3).")
                                         .arg(db.user, key, secrets.describe()),
                                 readError);
            return nullptr;
        } else {
            // PostgreSQL may still log in through ~/.pgpass or trust/peer authentication.
            logInfo(u"no secret %1: connecting without a password"_s.arg(key));
        }
    }
    return create(db, password, services);
}

} // namespace upgrade
