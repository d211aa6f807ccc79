#pragma once

#include "SqlExecutor.h"

#include <QSqlDatabase>

namespace upgrade {

/// Where to connect through QtSql.
struct SqlConnectionSpec
{
    QString driver; ///< "QPSQL", "QODBC", "QSQLITE"
    QString host;
    int port = 0;
    QString database; ///< database name; the whole connection string for QODBC; file for SQLite
    QString user;
    QString password;
    QString connectOptions; ///< QSqlDatabase::setConnectOptions
};

/// SqlExecutor on a QSqlDatabase connection of its own (a unique connection name), opened on
/// and used from one thread; the connection is closed and removed when it is destroyed. Reads
/// every result set of a statement (QSqlQuery::nextResult) before it lets the statement go.
class QtSqlExecutor : public SqlExecutor
{
public:
    QtSqlExecutor() = default;
    ~QtSqlExecutor() override;
    QtSqlExecutor(const QtSqlExecutor &) = delete;
    QtSqlExecutor &operator=(const QtSqlExecutor &) = delete;

    /// Opens the connection; false with the driver's text (and native code) on failure.
    bool open(const SqlConnectionSpec &spec, QString *error, QString *nativeCode = nullptr);
    QSqlDatabase database() const;

    SqlOutcome exec(const QString &sql, const QVariantList &values = {}) override;
    bool beginTransaction(QString *error) override;
    bool commit(QString *error) override;
    bool rollback(QString *error) override;

private:
    QString m_connectionName;
    bool m_sqlite = false;
};

} // namespace upgrade
