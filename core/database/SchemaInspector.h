#pragma once

#include "DbError.h"
#include "SqlDialect.h"
#include "SqlExecutor.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace upgrade {

/// Finds tables and columns in the current schema of a database as they are really spelled
/// (BPMSoft's "SmrSyncHistory" in PostgreSQL, Quartz's qrtz_triggers or QRTZ_TRIGGERS), and
/// lists candidates by pattern. Names are only ever bound as values here. Works on the
/// SqlExecutor it is given (used on that executor's thread).
class SchemaInspector
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::SchemaInspector)
public:
    struct Column
    {
        QString table;
        QString name;
        QString type;
    };

    SchemaInspector(SqlExecutor &sql, SqlDialect dialect);

    /// The table's real name (exact spelling preferred, else the only case-insensitive match);
    /// an empty value when there is no such table.
    DbResult<QString> resolveTable(const QString &name);
    /// The table's columns in order (real names and types).
    DbResult<QList<Column>> columns(const QString &table);
    /// The real name of a column of `columns` (exact spelling preferred); empty when absent.
    static QString findColumn(const QList<Column> &columns, const QString &name);
    /// Tables whose lower-case name matches a LIKE pattern ("smr%"), sorted.
    DbResult<QStringList> tablesLike(const QString &lowerCasePattern);
    /// Columns whose lower-case name matches a LIKE pattern ("%dedup%"), in any table.
    DbResult<QList<Column>> columnsLike(const QString &lowerCasePattern);

    /// Rows of each table that exists (keyed by the name asked for); names that are not plain
    /// identifiers are refused.
    DbResult<QMap<QString, qint64>> rowCounts(const QStringList &tables);

private:
    DbError failure(const SqlOutcome &o) const;

    SqlExecutor &m_sql;
    SqlDialect m_dialect;
};

} // namespace upgrade
