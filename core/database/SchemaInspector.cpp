#include "SchemaInspector.h"

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

QString currentSchema(DatabaseKind kind)
{
    return kind == DatabaseKind::MsSql ? u"SCHEMA_NAME()"_s : u"current_schema()"_s;
}

} // namespace

SchemaInspector::SchemaInspector(SqlExecutor &sql, SqlDialect dialect)
    : m_sql(sql)
    , m_dialect(dialect)
{}

DbError SchemaInspector::failure(const SqlOutcome &o) const
{
    return DbError(DbError::Code::Failed, tr("The list of tables could not be read."), o.errorText);
}

DbResult<QString> SchemaInspector::resolveTable(const QString &name)
{
    SqlOutcome o;
    if (m_dialect.kind() == DatabaseKind::Sqlite) {
        o = m_sql.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND lower(name) = "
                       "lower(?)"_s,
                       {name});
    } else {
        o = m_sql.exec(u"SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = "
                       "%1 AND TABLE_TYPE = 'BASE TABLE' AND LOWER(TABLE_NAME) = LOWER(?)"_s.arg(
                               currentSchema(m_dialect.kind())),
                       {name});
    }
    if (!o.ok)
        return DbResult<QString>::failure(failure(o));
    QStringList found;
    for (const QVariantList &row : o.rows())
        found.append(row.value(0).toString());
    if (found.contains(name))
        return DbResult<QString>::success(name);
    if (found.size() == 1)
        return DbResult<QString>::success(found.first());
    if (found.size() > 1)
        return DbResult<QString>::failure(
                DbError(DbError::Code::Failed,
                        tr("There are several tables named like %1 (%2); rename the extra ones or "
                           "give the exact name in the profile.")
                                .arg(name, found.join(u", "_s))));
    return DbResult<QString>::success(QString());
}

DbResult<QList<SchemaInspector::Column>> SchemaInspector::columns(const QString &table)
{
    SqlOutcome o;
    if (m_dialect.kind() == DatabaseKind::Sqlite) {
        o = m_sql.exec(u"SELECT name, type FROM pragma_table_info(?) ORDER BY cid"_s, {table});
    } else {
        o = m_sql.exec(u"SELECT COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE "
                       "TABLE_SCHEMA = %1 AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION"_s.arg(
                               currentSchema(m_dialect.kind())),
                       {table});
    }
    if (!o.ok)
        return DbResult<QList<Column>>::failure(failure(o));
    QList<Column> columns;
    for (const QVariantList &row : o.rows())
        columns.append({table, row.value(0).toString(), row.value(1).toString()});
    return DbResult<QList<Column>>::success(columns);
}

QString SchemaInspector::findColumn(const QList<Column> &columns, const QString &name)
{
    QString caseInsensitive;
    for (const Column &c : columns) {
        if (c.name == name)
            return c.name;
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            caseInsensitive = c.name;
    }
    return caseInsensitive;
}

DbResult<QStringList> SchemaInspector::tablesLike(const QString &lowerCasePattern)
{
    SqlOutcome o;
    if (m_dialect.kind() == DatabaseKind::Sqlite) {
        o = m_sql.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND lower(name) LIKE "
                       "? ORDER BY name"_s,
                       {lowerCasePattern});
    } else {
        o = m_sql.exec(u"SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = "
                       "%1 AND TABLE_TYPE = 'BASE TABLE' AND LOWER(TABLE_NAME) LIKE ? ORDER BY "
                       "TABLE_NAME"_s.arg(currentSchema(m_dialect.kind())),
                       {lowerCasePattern});
    }
    if (!o.ok)
        return DbResult<QStringList>::failure(failure(o));
    QStringList tables;
    for (const QVariantList &row : o.rows())
        tables.append(row.value(0).toString());
    return DbResult<QStringList>::success(tables);
}

DbResult<QList<SchemaInspector::Column>>
SchemaInspector::columnsLike(const QString &lowerCasePattern)
{
    SqlOutcome o;
    if (m_dialect.kind() == DatabaseKind::Sqlite) {
        o = m_sql.exec(u"SELECT m.name, p.name, p.type FROM sqlite_master m JOIN "
                       "pragma_table_info(m.name) p WHERE m.type = 'table' AND lower(p.name) LIKE "
                       "? ORDER BY m.name, p.cid"_s,
                       {lowerCasePattern});
    } else {
        o = m_sql.exec(
                u"SELECT c.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE FROM "
                "INFORMATION_SCHEMA.COLUMNS c JOIN INFORMATION_SCHEMA.TABLES t ON "
                "t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME WHERE "
                "c.TABLE_SCHEMA = %1 AND t.TABLE_TYPE = 'BASE TABLE' AND "
                "LOWER(c.COLUMN_NAME) LIKE ? ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION"_s.arg(
                        currentSchema(m_dialect.kind())),
                {lowerCasePattern});
    }
    if (!o.ok)
        return DbResult<QList<Column>>::failure(failure(o));
    QList<Column> columns;
    for (const QVariantList &row : o.rows())
        columns.append({row.value(0).toString(), row.value(1).toString(), row.value(2).toString()});
    return DbResult<QList<Column>>::success(columns);
}

DbResult<QMap<QString, qint64>> SchemaInspector::rowCounts(const QStringList &tables)
{
    using Result = DbResult<QMap<QString, qint64>>;
    QMap<QString, qint64> counts;
    for (const QString &table : tables) {
        if (!SqlDialect::isPlainIdentifier(table))
            return Result::failure(DbError(DbError::Code::InvalidName,
                                           tr("\"%1\" is not a valid table name.").arg(table)));
        const auto real = resolveTable(table);
        if (!real.ok())
            return Result::failure(real.error);
        if (real.value.isEmpty())
            continue;
        const SqlOutcome o =
                m_sql.exec(u"SELECT COUNT(*) FROM %1"_s.arg(m_dialect.quoteIdentifier(real.value)));
        if (!o.ok)
            return Result::failure(DbError(DbError::Code::Failed,
                                           tr("The rows of %1 could not be counted.").arg(table),
                                           o.errorText));
        counts.insert(table, o.scalar().toLongLong());
    }
    return Result::success(counts);
}

} // namespace upgrade
