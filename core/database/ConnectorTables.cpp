#include "ConnectorTables.h"

#include "SchemaInspector.h"

using namespace Qt::StringLiterals;

namespace upgrade {

ConnectorTables::ConnectorTables(SqlExecutor &sql, SqlDialect dialect, ConnectorSettings settings)
    : m_sql(sql)
    , m_dialect(dialect)
    , m_settings(std::move(settings))
{}

DbError ConnectorTables::checkName(const QString &name) const
{
    if (SqlDialect::isPlainIdentifier(name))
        return {};
    return DbError(DbError::Code::InvalidName,
                   tr("\"%1\" is not a valid table or column name (Latin letters, digits and "
                      "underscores only); it is refused.")
                           .arg(name));
}

DbError ConnectorTables::sqlError(const QString &what, const SqlOutcome &o) const
{
    const QString text = o.errorText;
    const bool denied = o.nativeErrorCode == u"42501"_s || o.nativeErrorCode == u"229"_s ||
                        o.nativeErrorCode == u"230"_s || o.nativeErrorCode == u"1088"_s ||
                        text.contains(u"permission denied"_s, Qt::CaseInsensitive) ||
                        text.contains(u"permission was denied"_s, Qt::CaseInsensitive) ||
                        text.contains(u"readonly"_s, Qt::CaseInsensitive);
    if (denied)
        return DbError(DbError::Code::Permission,
                       tr("%1 failed: the database user lacks a right: %2").arg(what, text), text);
    return DbError(DbError::Code::Failed, tr("%1 failed.").arg(what), text);
}

DbResult<QString> ConnectorTables::requireTable(const QString &name)
{
    if (DbError e = checkName(name))
        return DbResult<QString>::failure(e);
    SchemaInspector inspector(m_sql, m_dialect);
    const auto real = inspector.resolveTable(name);
    if (!real.ok())
        return real;
    if (real.value.isEmpty())
        return DbResult<QString>::failure(
                DbError(DbError::Code::NotFound,
                        tr("The table %1 does not exist in this database. Check the connector's "
                           "table names in the profile (or let the program look for candidates).")
                                .arg(name)));
    return real;
}

SyncHistoryClearResult ConnectorTables::snapshotAndClearSyncHistory(Progress &progress,
                                                                    const QDateTime &now)
{
    SyncHistoryClearResult result;
    const auto table = requireTable(m_settings.syncHistoryTable);
    if (!table.ok()) {
        result.error = table.error;
        return result;
    }
    result.table = table.value;
    result.snapshotTable =
            (result.table.left(100) + u"_snap_"_s + now.toString(u"yyyyMMdd_HHmmss"_s));
    SchemaInspector inspector(m_sql, m_dialect);
    const auto clash = inspector.resolveTable(result.snapshotTable);
    if (!clash.ok() || !clash.value.isEmpty()) {
        result.error = clash.ok() ? DbError(DbError::Code::AlreadyExists,
                                            tr("The snapshot table %1 already exists; try again "
                                               "in a second.")
                                                    .arg(result.snapshotTable))
                                  : clash.error;
        return result;
    }
    const QString t = m_dialect.quoteIdentifier(result.table);
    const QString snap = m_dialect.quoteIdentifier(result.snapshotTable);
    const QString what = tr("Clearing the mapping table %1").arg(result.table);

    // TRUNCATE first; where it is not allowed (rights, foreign keys), the same with DELETE.
    for (const bool useTruncate : {m_dialect.kind() != DatabaseKind::Sqlite, false}) {
        QString error;
        if (!m_sql.beginTransaction(&error)) {
            result.error = DbError(DbError::Code::Failed, tr("%1 failed.").arg(what), error);
            return result;
        }
        auto abort = [&](const DbError &e) {
            m_sql.rollback(nullptr);
            result.error = e;
            return result;
        };
        // Writers wait until the end of the transaction; readers go on.
        SqlOutcome o;
        switch (m_dialect.kind()) {
        case DatabaseKind::PostgreSql:
            o = m_sql.exec(u"LOCK TABLE %1 IN EXCLUSIVE MODE"_s.arg(t));
            if (o.ok)
                o = m_sql.exec(u"SELECT COUNT(*) FROM %1"_s.arg(t));
            break;
        case DatabaseKind::MsSql:
            o = m_sql.exec(u"SELECT COUNT_BIG(*) FROM %1 WITH (TABLOCKX, HOLDLOCK)"_s.arg(t));
            break;
        case DatabaseKind::Sqlite: // BEGIN IMMEDIATE holds the write lock already
            o = m_sql.exec(u"SELECT COUNT(*) FROM %1"_s.arg(t));
            break;
        }
        if (!o.ok)
            return abort(sqlError(what, o));
        result.rowsBefore = o.scalar().toLongLong();

        o = m_dialect.kind() == DatabaseKind::MsSql
                    ? m_sql.exec(u"SELECT * INTO %1 FROM %2"_s.arg(snap, t))
                    : m_sql.exec(u"CREATE TABLE %1 AS SELECT * FROM %2"_s.arg(snap, t));
        if (!o.ok)
            return abort(
                    sqlError(tr("Copying %1 to %2").arg(result.table, result.snapshotTable), o));
        o = m_sql.exec(u"SELECT COUNT(*) FROM %1"_s.arg(snap));
        if (!o.ok)
            return abort(sqlError(what, o));
        result.snapshotRows = o.scalar().toLongLong();
        if (result.snapshotRows != result.rowsBefore)
            return abort(DbError(DbError::Code::Failed,
                                 tr("The copy of %1 has %2 rows instead of %3; nothing was "
                                    "cleared.")
                                         .arg(result.table)
                                         .arg(result.snapshotRows)
                                         .arg(result.rowsBefore)));

        o = useTruncate ? m_sql.exec(u"TRUNCATE TABLE %1"_s.arg(t))
                        : m_sql.exec(u"DELETE FROM %1"_s.arg(t));
        if (!o.ok) {
            if (useTruncate) {
                // Retry the whole transaction with DELETE.
                m_sql.rollback(nullptr);
                progress.log(tr("TRUNCATE is not allowed on %1 (%2); using DELETE.")
                                     .arg(result.table, o.errorText));
                continue;
            }
            return abort(sqlError(what, o));
        }
        o = m_sql.exec(u"SELECT COUNT(*) FROM %1"_s.arg(t));
        if (!o.ok)
            return abort(sqlError(what, o));
        result.rowsAfter = o.scalar().toLongLong();
        if (result.rowsAfter != 0)
            return abort(DbError(DbError::Code::Failed,
                                 tr("%1 still has %2 rows after clearing; nothing was changed.")
                                         .arg(result.table)
                                         .arg(result.rowsAfter)));
        if (!m_sql.commit(&error)) {
            m_sql.rollback(nullptr);
            result.error = DbError(DbError::Code::Failed, tr("%1 failed.").arg(what), error);
            return result;
        }
        result.truncated = useTruncate;
        result.error = {};
        break;
    }
    if (result.error)
        return result;
    progress.log(tr("Copied %1 rows of %2 to %3.")
                         .arg(result.snapshotRows)
                         .arg(result.table, result.snapshotTable));
    progress.log(tr("Cleared the mapping table %1: %2 rows before, %3 after.")
                         .arg(result.table)
                         .arg(result.rowsBefore)
                         .arg(result.rowsAfter));
    return result;
}

DeduplicationResult ConnectorTables::setDeduplicationFlag(Progress &progress)
{
    DeduplicationResult result;
    if (DbError e = checkName(m_settings.deduplicationColumn)) {
        result.error = e;
        return result;
    }
    const auto table = requireTable(m_settings.integrationObjectTable);
    if (!table.ok()) {
        result.error = table.error;
        return result;
    }
    result.table = table.value;
    SchemaInspector inspector(m_sql, m_dialect);
    const auto columns = inspector.columns(result.table);
    if (!columns.ok()) {
        result.error = columns.error;
        return result;
    }
    result.column = SchemaInspector::findColumn(columns.value, m_settings.deduplicationColumn);
    if (result.column.isEmpty()) {
        result.error = DbError(DbError::Code::NotFound,
                               tr("The table %1 has no column %2 (\"Использовать для "
                                  "дедупликации\"). It appears when the new connector package is "
                                  "installed; install it first, or check the column name in the "
                                  "profile.")
                                       .arg(result.table, m_settings.deduplicationColumn));
        return result;
    }
    QString label = SchemaInspector::findColumn(columns.value, u"Name"_s);
    if (label.isEmpty())
        label = SchemaInspector::findColumn(columns.value, u"Id"_s);
    const QString t = m_dialect.quoteIdentifier(result.table);
    const QString c = m_dialect.quoteIdentifier(result.column);
    const QString unset = u"(%1 IS NULL OR %1 <> ?)"_s.arg(c);
    const QString what = tr("Setting %1 on every integration object").arg(result.column);

    QString error;
    if (!m_sql.beginTransaction(&error)) {
        result.error = DbError(DbError::Code::Failed, tr("%1 failed.").arg(what), error);
        return result;
    }
    auto abort = [&](const DbError &e) {
        m_sql.rollback(nullptr);
        result.error = e;
        return result;
    };
    SqlOutcome o = m_sql.exec(u"SELECT COUNT(*) FROM %1"_s.arg(t));
    if (!o.ok)
        return abort(sqlError(what, o));
    result.objects = o.scalar().toLongLong();
    if (!label.isEmpty()) {
        o = m_sql.exec(u"SELECT %1 FROM %2 WHERE %3 ORDER BY 1"_s.arg(
                               m_dialect.quoteIdentifier(label), t, unset),
                       {true});
        if (!o.ok)
            return abort(sqlError(what, o));
        for (const QVariantList &row : o.rows())
            result.changed.append(row.value(0).toString());
    }
    o = m_sql.exec(u"UPDATE %1 SET %2 = ? WHERE %3"_s.arg(t, c, unset), {true, true});
    if (!o.ok)
        return abort(sqlError(what, o));
    result.rowsUpdated = o.rowsAffected;
    o = m_sql.exec(u"SELECT COUNT(*) FROM %1 WHERE %2"_s.arg(t, unset), {true});
    if (!o.ok)
        return abort(sqlError(what, o));
    result.unsetAfter = o.scalar().toLongLong();
    if (result.unsetAfter != 0 || (!label.isEmpty() && result.rowsUpdated != result.changed.size()))
        return abort(DbError(DbError::Code::Failed,
                             tr("%1: %2 rows were changed but %3 were expected and %4 remain "
                                "without the flag; nothing was changed.")
                                     .arg(what)
                                     .arg(result.rowsUpdated)
                                     .arg(result.changed.size())
                                     .arg(result.unsetAfter)));
    if (!m_sql.commit(&error)) {
        m_sql.rollback(nullptr);
        result.error = DbError(DbError::Code::Failed, tr("%1 failed.").arg(what), error);
        return result;
    }
    progress.log(tr("Set %1 on %2 of %3 integration objects.")
                         .arg(result.column)
                         .arg(result.rowsUpdated)
                         .arg(result.objects));
    for (const QString &object : std::as_const(result.changed))
        progress.log(tr("  %1: flag set").arg(object));
    return result;
}

DbResult<qint64> ConnectorTables::countWithoutDeduplication()
{
    if (DbError e = checkName(m_settings.deduplicationColumn))
        return DbResult<qint64>::failure(e);
    const auto table = requireTable(m_settings.integrationObjectTable);
    if (!table.ok())
        return DbResult<qint64>::failure(table.error);
    SchemaInspector inspector(m_sql, m_dialect);
    const auto columns = inspector.columns(table.value);
    if (!columns.ok())
        return DbResult<qint64>::failure(columns.error);
    const QString column =
            SchemaInspector::findColumn(columns.value, m_settings.deduplicationColumn);
    if (column.isEmpty())
        return DbResult<qint64>::failure(
                DbError(DbError::Code::NotFound,
                        tr("The table %1 has no column %2 yet.")
                                .arg(table.value, m_settings.deduplicationColumn)));
    const QString c = m_dialect.quoteIdentifier(column);
    const SqlOutcome o = m_sql.exec(u"SELECT COUNT(*) FROM %1 WHERE (%2 IS NULL OR %2 <> ?)"_s.arg(
                                            m_dialect.quoteIdentifier(table.value), c),
                                    {true});
    if (!o.ok)
        return DbResult<qint64>::failure(sqlError(tr("Counting integration objects"), o));
    return DbResult<qint64>::success(o.scalar().toLongLong());
}

DbResult<ConnectorDiscovery> ConnectorTables::discover()
{
    using Result = DbResult<ConnectorDiscovery>;
    SchemaInspector inspector(m_sql, m_dialect);
    ConnectorDiscovery d;
    const auto tables = inspector.tablesLike(u"smr%"_s);
    if (!tables.ok())
        return Result::failure(tables.error);
    for (const QString &name : tables.value) {
        ConnectorDiscovery::Table table;
        table.name = name;
        const auto columns = inspector.columns(name);
        if (columns.ok())
            for (const auto &c : columns.value)
                table.columns.append(c.name);
        const SqlOutcome rows =
                m_sql.exec(u"SELECT COUNT(*) FROM %1"_s.arg(m_dialect.quoteIdentifier(name)));
        if (rows.ok)
            table.rows = rows.scalar().toLongLong();
        d.tables.append(table);
    }
    const auto columns = inspector.columnsLike(u"%dedup%"_s);
    if (!columns.ok())
        return Result::failure(columns.error);
    for (const auto &c : columns.value)
        d.deduplicationColumns.append({c.table, c.name, c.type});
    return Result::success(d);
}

} // namespace upgrade
