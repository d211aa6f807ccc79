#pragma once

#include "SandboxSchema.h"
#include "SandboxSeed.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace upgrade::sandbox {

/// What the site writes into a new database besides the seed data.
struct SiteSeedContext
{
    QString siteUrl;
    QString oneCUrl; ///< the 1C OData base the connector uses (…/odata/standard.odata)
    QString oneCUser;
    QString oneCPassword;
    QString integrationProcess = QStringLiteral("SmrRunIntegration");
    SandboxSeed::Sizes sizes;
};

/// One connection to a sandbox site's database: SQLite (a file path, or sqlite:PATH) or
/// PostgreSQL (postgresql://user:password@host:port/name; the database is created when
/// missing). Creates and seeds the structure of SandboxSchema on a new database and leaves an
/// existing one (e.g. a restored copy) as it is. SQLite uses the rollback journal (a closed
/// file is complete) and a busy timeout, and is reopened by refresh() so that a file replaced
/// by a restore is picked up. Belongs to the thread that opened it; not thread-safe.
class SandboxDatabase
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::sandbox::SandboxDatabase)
public:
    explicit SandboxDatabase(QString url);
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase &) = delete;
    SandboxDatabase &operator=(const SandboxDatabase &) = delete;

    bool open(QString *error);
    void close();
    /// Before each request: reopens SQLite (cheap) and reconnects a lost PostgreSQL session.
    bool refresh(QString *error = nullptr);

    SqlDialect dialect() const { return m_dialect; }
    QString url() const { return m_url; }
    /// The URL without a password, for messages.
    QString displayUrl() const;
    QSqlDatabase db() const;

    bool isInitialized();
    bool initialize(const SiteSeedContext &context, QString *error);

    QStringList columns(const QString &table);
    bool hasTable(const QString &table);
    bool hasColumn(const QString &table, const QString &column);

    /// Runs a statement with positional (?) values; reconnects once if the connection was lost.
    std::optional<QSqlQuery> exec(const QString &sql, const QVariantList &values = {},
                                  QString *error = nullptr);
    bool transaction();
    bool commit();
    void rollback();
    /// INSERTs rows in batches (multi-row VALUES).
    bool insertRows(const QString &table, const QStringList &columns,
                    const QList<QVariantList> &rows, QString *error);

    /// A value for binding to a column of `type` (uuids lower-case text, SQLite booleans 0/1,
    /// dates as UTC text that both databases convert).
    QVariant toDb(const QVariant &value, ColumnType type) const;
    /// A column value as DataService JSON (uuids as strings, dates "yyyy-MM-ddTHH:mm:ss.zzz").
    QJsonValue toJson(const QVariant &value, ColumnType type) const;
    /// The SELECT expression for a column (PostgreSQL dates and uuids as text).
    QString selectExpression(const QString &qualifiedColumn, ColumnType type) const;

    static QString formatDateTime(const QDateTime &time); ///< "yyyy-MM-dd HH:mm:ss.zzz" UTC
    static QDateTime parseDateTime(const QVariant &value);
    static QString normaliseGuid(const QString &text);
    static QString newGuid();

    /// Parses a --database value. False and a reason when it is neither.
    static bool parseUrl(const QString &url, SqlDialect *dialect, QString *sqlitePath,
                         QString *error);

private:
    bool openConnection(QString *error);
    bool seed(const SiteSeedContext &context, QString *error);

    QString m_url;
    QString m_connection;
    SqlDialect m_dialect = SqlDialect::Sqlite;
    QString m_sqlitePath;
};

} // namespace upgrade::sandbox
