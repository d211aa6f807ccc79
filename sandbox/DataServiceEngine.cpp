#include "DataServiceEngine.h"

#include "SandboxDatabase.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlRecord>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace upgrade::sandbox {

namespace {

struct QueryError : std::runtime_error
{
    explicit QueryError(const QString &message)
        : std::runtime_error(message.toStdString())
        , text(message)
    {}
    QString text;
};

bool isIdentifier(const QString &s)
{
    static const QRegularExpression re(u"^[A-Za-z_][A-Za-z0-9_]{0,127}$"_s);
    return re.match(s).hasMatch();
}

/// Builds SQL for one query on one table.
class SqlBuilder
{
public:
    SqlBuilder(SandboxDatabase &db, const QString &table, const QString &alias)
        : m_db(db)
        , m_table(table)
        , m_alias(alias)
    {
        if (!isIdentifier(table) || !db.hasTable(table))
            throw QueryError(u"Entity schema \"%1\" not found"_s.arg(table));
        m_columns = db.columns(table);
    }

    const QStringList &columns() const { return m_columns; }
    QVariantList binds;
    QStringList joins;

    /// `alias."Column"` and its type for a column path.
    QPair<QString, ColumnType> column(const QString &path)
    {
        const QStringList parts = path.split(u'.');
        if (parts.size() == 1) {
            if (!m_columns.contains(path))
                throw QueryError(u"Column \"%1\" not found in \"%2\""_s.arg(path, m_table));
            return {m_alias + u'.' + SandboxSchema::quote(path),
                    SandboxSchema::typeOf(m_table, path)};
        }
        if (parts.size() != 2 || !isIdentifier(parts[0]) || !isIdentifier(parts[1]))
            throw QueryError(u"Column path \"%1\" is not supported by the sandbox"_s.arg(path));
        const QString lookup = parts[0] + u"Id"_s;
        if (!m_columns.contains(lookup))
            throw QueryError(u"Column \"%1\" not found in \"%2\""_s.arg(lookup, m_table));
        if (!m_db.hasTable(parts[0]) || !m_db.columns(parts[0]).contains(parts[1]))
            throw QueryError(u"Column path \"%1\" not found"_s.arg(path));
        QString joinAlias = m_joinAliases.value(parts[0]);
        if (joinAlias.isEmpty()) {
            joinAlias = u"j%1"_s.arg(m_joinAliases.size());
            m_joinAliases.insert(parts[0], joinAlias);
            joins.append(u"LEFT JOIN %1 %2 ON %2.\"Id\" = %3.%4"_s.arg(
                    SandboxSchema::quote(parts[0]), joinAlias, m_alias,
                    SandboxSchema::quote(lookup)));
        }
        return {joinAlias + u'.' + SandboxSchema::quote(parts[1]),
                SandboxSchema::typeOf(parts[0], parts[1])};
    }

    QVariant parameter(const QJsonObject &expression, ColumnType type)
    {
        if (expression.value(u"expressionType"_s).toInt(-1) != 2)
            throw QueryError(u"Only parameter expressions are supported on the right side"_s);
        const QJsonValue v = expression.value(u"parameter"_s).toObject().value(u"value"_s);
        QVariant value = v.toVariant();
        if (v.isString()) {
            QString s = v.toString();
            if (s.size() >= 2 && s.startsWith(u'"') && s.endsWith(u'"'))
                s = s.mid(1, s.size() - 2); // dates come as a quoted string
            value = s;
        }
        return m_db.toDb(value, type);
    }

    QString filter(const QJsonObject &f)
    {
        if (f.isEmpty() || !f.value(u"isEnabled"_s).toBool(true))
            return u"1=1"_s;
        const int filterType = f.value(u"filterType"_s).toInt(-1);
        const int comparison = f.value(u"comparisonType"_s).toInt(3);
        switch (filterType) {
        case 6: {
            QStringList parts;
            const QJsonObject items = f.value(u"items"_s).toObject();
            for (auto it = items.begin(); it != items.end(); ++it) {
                const QJsonObject item = it.value().toObject();
                if (!item.value(u"isEnabled"_s).toBool(true))
                    continue;
                parts.append(u"("_s + filter(item) + u")"_s);
            }
            if (parts.isEmpty())
                return u"1=1"_s;
            return parts.join(f.value(u"logicalOperation"_s).toInt() == 1 ? u" OR "_s : u" AND "_s);
        }
        case 1: {
            const auto left = column(
                    f.value(u"leftExpression"_s).toObject().value(u"columnPath"_s).toString());
            const QVariant value = parameter(f.value(u"rightExpression"_s).toObject(), left.second);
            static const QMap<int, QString> ops = {{3, u"="_s},  {4, u"<>"_s}, {5, u"<"_s},
                                                   {6, u"<="_s}, {7, u">"_s},  {8, u">="_s}};
            if (ops.contains(comparison)) {
                if (value.isNull())
                    return left.first + (comparison == 4 ? u" IS NOT NULL"_s : u" IS NULL"_s);
                binds.append(value);
                return left.first + u' ' + ops.value(comparison) + u" ?"_s;
            }
            QString pattern = value.toString();
            pattern.replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
            if (comparison == 9)
                pattern = pattern + u'%';
            else if (comparison == 11)
                pattern = u'%' + pattern + u'%';
            else if (comparison == 13)
                pattern = u'%' + pattern;
            else
                throw QueryError(
                        u"Comparison type %1 is not supported by the sandbox"_s.arg(comparison));
            binds.append(pattern);
            return u"CAST(%1 AS TEXT) LIKE ? ESCAPE '\\'"_s.arg(left.first);
        }
        case 2: {
            const auto left = column(
                    f.value(u"leftExpression"_s).toObject().value(u"columnPath"_s).toString());
            const bool isNull =
                    f.contains(u"isNull"_s) ? f.value(u"isNull"_s).toBool() : comparison == 1;
            return left.first + (isNull ? u" IS NULL"_s : u" IS NOT NULL"_s);
        }
        case 4: {
            const auto left = column(
                    f.value(u"leftExpression"_s).toObject().value(u"columnPath"_s).toString());
            QStringList marks;
            for (const QJsonValue &v : f.value(u"rightExpressions"_s).toArray()) {
                binds.append(parameter(v.toObject(), left.second));
                marks.append(u"?"_s);
            }
            if (marks.isEmpty())
                return comparison == 4 ? u"1=1"_s : u"1=0"_s;
            return left.first + (comparison == 4 ? u" NOT IN ("_s : u" IN ("_s) +
                   marks.join(u", "_s) + u")"_s;
        }
        default:
            throw QueryError(u"Filter type %1 is not supported by the sandbox"_s.arg(filterType));
        }
    }

private:
    SandboxDatabase &m_db;
    QString m_table;
    QString m_alias;
    QStringList m_columns;
    QMap<QString, QString> m_joinAliases;
};

QJsonObject failure(const QString &message)
{
    return QJsonObject{{u"responseStatus"_s, QJsonObject{{u"ErrorCode"_s, u"Exception"_s},
                                                         {u"Message"_s, message},
                                                         {u"Errors"_s, QJsonArray()}}},
                       {u"rowsAffected"_s, -1},
                       {u"nextPrcElReady"_s, false},
                       {u"success"_s, false}};
}

} // namespace

DataServiceEngine::DataServiceEngine(SandboxDatabase &database)
    : m_db(database)
{}

QJsonObject DataServiceEngine::execute(const QString &operation, const QJsonObject &request)
{
    const QString table = request.value(u"rootSchemaName"_s).toString();
    const QString now = SandboxDatabase::formatDateTime(QDateTime::currentDateTimeUtc());
    try {
        if (operation == u"SelectQuery"_s) {
            SqlBuilder b(m_db, table, u"t"_s);
            struct Out
            {
                QString key;
                ColumnType type;
                bool count;
            };
            QList<Out> outs;
            QStringList selects;
            QMap<int, QString> order; // position -> "expr ASC"
            QJsonObject items = request.value(u"columns"_s).toObject().value(u"items"_s).toObject();
            if (request.value(u"allColumns"_s).toBool(false))
                for (const QString &c : b.columns())
                    if (!items.contains(c))
                        items.insert(c, QJsonObject{{u"expression"_s,
                                                     QJsonObject{{u"expressionType"_s, 0},
                                                                 {u"columnPath"_s, c}}}});
            for (auto it = items.begin(); it != items.end(); ++it) {
                const QJsonObject item = it.value().toObject();
                const QJsonObject e = item.value(u"expression"_s).toObject();
                const int expressionType = e.value(u"expressionType"_s).toInt(0);
                if (expressionType == 1 && e.value(u"functionType"_s).toInt() == 2 &&
                    e.value(u"aggregationType"_s).toInt() == 1) {
                    selects.append(u"COUNT(*)"_s);
                    outs.append({it.key(), ColumnType::Integer, true});
                    continue;
                }
                if (expressionType != 0)
                    throw QueryError(u"Expression type %1 is not supported by the sandbox"_s.arg(
                            expressionType));
                const auto col = b.column(e.value(u"columnPath"_s).toString());
                selects.append(m_db.selectExpression(col.first, col.second));
                outs.append({it.key(), col.second, false});
                const int direction = item.value(u"orderDirection"_s).toInt(0);
                if (direction == 1 || direction == 2)
                    order.insert(item.value(u"orderPosition"_s).toInt(0) * 1000 + int(order.size()),
                                 col.first + (direction == 2 ? u" DESC"_s : u" ASC"_s));
            }
            if (selects.isEmpty())
                throw QueryError(u"No columns to select"_s);
            const QString where = b.filter(request.value(u"filters"_s).toObject());
            QString sql = u"SELECT %1 FROM %2 t %3 WHERE %4"_s.arg(
                    selects.join(u", "_s), SandboxSchema::quote(table), b.joins.join(u' '), where);
            const bool aggregate =
                    std::any_of(outs.begin(), outs.end(), [](const Out &o) { return o.count; });
            if (!order.isEmpty() && !aggregate)
                sql += u" ORDER BY "_s + QStringList(order.values()).join(u", "_s);
            const int rowCount = request.value(u"rowCount"_s).toInt(-1);
            const int offset = request.value(u"isPageable"_s).toBool(false)
                                       ? qMax(0, request.value(u"rowsOffset"_s).toInt(0))
                                       : 0;
            if (rowCount > 0 && !aggregate)
                sql += u" LIMIT %1 OFFSET %2"_s.arg(rowCount).arg(offset);
            QString error;
            auto q = m_db.exec(sql, b.binds, &error);
            if (!q)
                throw QueryError(error);
            QJsonArray rows;
            while (q->next()) {
                QJsonObject row;
                for (int i = 0; i < outs.size(); ++i)
                    row.insert(outs[i].key, outs[i].count ? QJsonValue(q->value(i).toDouble())
                                                          : m_db.toJson(q->value(i), outs[i].type));
                rows.append(row);
            }
            QJsonObject rowConfig;
            for (const Out &o : outs)
                rowConfig.insert(o.key, QJsonObject{{u"dataValueType"_s,
                                                     SandboxSchema::dataValueType(o.type)}});
            return QJsonObject{
                    {u"rowConfig"_s, rowConfig},          {u"rows"_s, rows},
                    {u"notFoundColumns"_s, QJsonArray()}, {u"rowsAffected"_s, rows.size()},
                    {u"nextPrcElReady"_s, false},         {u"success"_s, true}};
        }
        if (operation == u"InsertQuery"_s) {
            SqlBuilder b(m_db, table, SandboxSchema::quote(table));
            const QJsonObject items =
                    request.value(u"columnValues"_s).toObject().value(u"items"_s).toObject();
            QStringList names, marks;
            QString id;
            for (auto it = items.begin(); it != items.end(); ++it) {
                const auto col = b.column(it.key());
                const QVariant v = b.parameter(it.value().toObject(), col.second);
                if (it.key() == u"Id"_s)
                    id = v.toString();
                names.append(SandboxSchema::quote(it.key()));
                marks.append(u"?"_s);
                b.binds.append(v);
            }
            if (b.columns().contains(u"Id"_s) && id.isEmpty()) {
                id = SandboxDatabase::newGuid();
                names.append(u"\"Id\""_s);
                marks.append(u"?"_s);
                b.binds.append(id);
            }
            for (const QString &stamp : {u"CreatedOn"_s, u"ModifiedOn"_s})
                if (b.columns().contains(stamp) && !items.contains(stamp)) {
                    names.append(SandboxSchema::quote(stamp));
                    marks.append(u"?"_s);
                    b.binds.append(now);
                }
            QString error;
            if (!m_db.exec(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(SandboxSchema::quote(table),
                                                                    names.join(u", "_s),
                                                                    marks.join(u", "_s)),
                           b.binds, &error))
                throw QueryError(error);
            return QJsonObject{{u"id"_s, id},
                               {u"rowsAffected"_s, 1},
                               {u"nextPrcElReady"_s, false},
                               {u"success"_s, true}};
        }
        if (operation == u"UpdateQuery"_s || operation == u"DeleteQuery"_s) {
            const bool update = operation == u"UpdateQuery"_s;
            SqlBuilder b(m_db, table, SandboxSchema::quote(table));
            QStringList sets;
            if (update) {
                const QJsonObject items =
                        request.value(u"columnValues"_s).toObject().value(u"items"_s).toObject();
                if (items.isEmpty())
                    throw QueryError(u"UpdateQuery without columnValues"_s);
                for (auto it = items.begin(); it != items.end(); ++it) {
                    const auto col = b.column(it.key());
                    b.binds.append(b.parameter(it.value().toObject(), col.second));
                    sets.append(SandboxSchema::quote(it.key()) + u" = ?"_s);
                }
                if (b.columns().contains(u"ModifiedOn"_s) && !items.contains(u"ModifiedOn"_s)) {
                    sets.append(u"\"ModifiedOn\" = ?"_s);
                    b.binds.append(now);
                }
            }
            const QJsonObject filters = request.value(u"filters"_s).toObject();
            const QString where = b.filter(filters);
            if (!b.joins.isEmpty())
                throw QueryError(
                        u"Column paths are not supported in %1 by the sandbox"_s.arg(operation));
            const QString sql =
                    update ? u"UPDATE %1 SET %2 WHERE %3"_s.arg(SandboxSchema::quote(table),
                                                                sets.join(u", "_s), where)
                           : u"DELETE FROM %1 WHERE %2"_s.arg(SandboxSchema::quote(table), where);
            QString error;
            auto q = m_db.exec(sql, b.binds, &error);
            if (!q)
                throw QueryError(error);
            return QJsonObject{{u"rowsAffected"_s, q->numRowsAffected()},
                               {u"nextPrcElReady"_s, false},
                               {u"success"_s, true}};
        }
        return failure(u"Operation %1 is not supported by the sandbox"_s.arg(operation));
    } catch (const QueryError &e) {
        return failure(e.text);
    }
}

} // namespace upgrade::sandbox
