#pragma once

#include "SqlConnector.h"
#include "profile/Profile.h"

namespace upgrade {

/// SqlConnector for MS SQL Server through QODBC (Microsoft's ODBC Driver 17/18 or FreeTDS), with
/// a DSN-less connection string built here (values brace-escaped, so a password with ';' or '}'
/// is safe; Qt's own user/password fields are left empty). Windows authentication when no user
/// is set. $BPMSOFT_UPGRADE_MSSQL_ODBC_EXTRA is appended as is (e.g.
/// "TrustServerCertificate=yes" for a server with a self-signed certificate and Driver 18).
/// Thread-safe: every open() makes its own connection.
class MsSqlConnector : public SqlConnector
{
public:
    static inline const QString DefaultDriver = QStringLiteral("ODBC Driver 18 for SQL Server");

    MsSqlConnector(DatabaseSettings settings, QString password);

    std::unique_ptr<SqlExecutor> open(const QString &database, QString *error,
                                      QString *nativeCode) override;

    /// The ODBC connection string for one database (contains the password: never log it
    /// unredacted — the Redactor masks PWD=).
    static QString connectionString(const DatabaseSettings &settings, const QString &password,
                                    const QString &database);
    /// {value} with '}' doubled, when the value needs it; as is otherwise.
    static QString odbcValue(const QString &value);

private:
    DatabaseSettings m_settings;
    QString m_password;
};

} // namespace upgrade
