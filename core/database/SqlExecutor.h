#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace upgrade {

/// One result set of a statement, read to the end.
struct SqlResultSet
{
    QStringList columns;
    QList<QVariantList> rows;
};

/// Everything one statement produced: every result set (drained — MS SQL aborts a BACKUP whose
/// messages are not read), the rows affected by the last data-changing part, or the error.
struct SqlOutcome
{
    bool ok = false;
    QList<SqlResultSet> resultSets;
    qint64 rowsAffected = -1;
    QString errorText;       ///< the database's own text
    QString nativeErrorCode; ///< SQLSTATE (PostgreSQL), error number (MS SQL), result code (SQLite)

    /// First column of the first row of the first result set; invalid when there is none.
    QVariant scalar() const
    {
        if (resultSets.isEmpty() || resultSets.first().rows.isEmpty() ||
            resultSets.first().rows.first().isEmpty())
            return {};
        return resultSets.first().rows.first().first();
    }
    /// Rows of the first result set (empty when there is none).
    QList<QVariantList> rows() const
    {
        return resultSets.isEmpty() ? QList<QVariantList>{} : resultSets.first().rows;
    }

    static SqlOutcome failure(QString text, QString code = {})
    {
        SqlOutcome o;
        o.errorText = std::move(text);
        o.nativeErrorCode = std::move(code);
        return o;
    }
};

/// Runs SQL on one open connection to one database. The seam between the database
/// administration code and QtSql: the real one is QtSqlExecutor; tests feed results through a
/// fake. Values are always bound (`?` placeholders), never pasted into the text. Not
/// thread-safe: use it on the thread that opened it.
class SqlExecutor
{
public:
    virtual ~SqlExecutor() = default;
    virtual SqlOutcome exec(const QString &sql, const QVariantList &values = {}) = 0;
    /// Explicit transactions. BACKUP/RESTORE (MS SQL) and CREATE/DROP DATABASE (PostgreSQL)
    /// are never run inside one.
    virtual bool beginTransaction(QString *error) = 0;
    virtual bool commit(QString *error) = 0;
    virtual bool rollback(QString *error) = 0;
};

} // namespace upgrade
