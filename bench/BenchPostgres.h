#pragma once

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace upgrade::bench {

/// The throwaway PostgreSQL server scripts/bench starts (postgresql://user:pw@host:port/db, the
/// superuser), its tools, and the few administrative statements the benchmarks need.
/// Connections are opened on the calling thread (the benchmark's main thread). Not thread-safe.
class BenchPostgres
{
public:
    /// nullopt and a reason when the URL is not a postgresql:// URL with a user.
    static std::optional<BenchPostgres> fromUrl(const QString &url, const QString &binDir,
                                                QString *error);

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    /// postgresql://user:password@host:port/<database>
    QString url(const QString &database) const;
    /// A tool of the server's version (pg_dump, pg_restore, createdb, psql).
    QString tool(const QString &name) const;
    QString binDir() const { return m_binDir; }
    /// PGPASSWORD for the tools.
    QProcessEnvironment toolEnvironment() const;
    /// -h HOST -p PORT -U USER
    QStringList connectionArguments() const;

    /// An open QPSQL connection to `database` under `connectionName` (reused if it exists).
    QSqlDatabase connect(const QString &database, const QString &connectionName,
                         QString *error) const;
    static void disconnect(const QString &connectionName);

    /// Runs one (possibly multi-statement) SQL text; false and the server's message on error.
    bool exec(const QString &database, const QString &sql, QString *error = nullptr) const;
    /// The first value of the first row, or an invalid QVariant (and `error`).
    QVariant scalar(const QString &database, const QString &sql, QString *error = nullptr) const;

    bool databaseExists(const QString &name) const;
    bool createDatabase(const QString &name, QString *error = nullptr) const;
    /// Ends its sessions; no error when it does not exist.
    bool dropDatabase(const QString &name, QString *error = nullptr) const;
    qint64 databaseSize(const QString &name) const; ///< pg_database_size; -1 on error
    QString serverVersion() const;

    static QString quoteIdentifier(const QString &name);

private:
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_binDir;
};

} // namespace upgrade::bench
