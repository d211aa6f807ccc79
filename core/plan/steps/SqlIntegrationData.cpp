#include "SqlIntegrationData.h"

#include "database/DbAdmin.h"
#include "database/SqlExecutor.h"
#include "database/TestCopyNeutralizer.h"

using namespace Qt::StringLiterals;

namespace upgrade {

SqlIntegrationData::SqlIntegrationData(std::unique_ptr<DbAdmin> db,
                                       std::unique_ptr<SqlExecutor> sql, ConnectorSettings settings)
    : m_db(std::move(db))
    , m_sql(std::move(sql))
    , m_dialect(m_db->dialect())
    , m_settings(std::move(settings))
{}

SqlIntegrationData::~SqlIntegrationData() = default;

std::optional<QStringList> SqlIntegrationData::oneCConnectionUrls(QString *error)
{
    TestCopyNeutralizer neutralizer(*m_sql, m_dialect, m_settings);
    const auto connections = neutralizer.oneCConnections();
    if (!connections.ok()) {
        *error = connections.error.message();
        return std::nullopt;
    }
    QStringList urls;
    for (const OneCConnectionRow &row : connections.value)
        urls << row.url;
    return urls;
}

std::optional<QList<IntegrationObjectRow>> SqlIntegrationData::activeObjects(QString *error)
{
    const SqlOutcome listed =
            m_sql->exec(u"SELECT %1, %2, %3, %4, %5, %6 FROM %7 WHERE %8 = %9 ORDER BY %2"_s.arg(
                    q(u"Id"_s), q(u"SmrName"_s), q(u"SmrEntityName"_s), q(u"SmrKeyColumn"_s),
                    q(u"SmrOneCObject"_s), q(u"SmrOneCKeyField"_s),
                    q(m_settings.integrationObjectTable), q(u"SmrIsActive"_s),
                    m_dialect.trueLiteral()));
    if (!listed.ok) {
        *error = tr("The integration objects could not be read: %1").arg(listed.errorText);
        return std::nullopt;
    }
    QList<IntegrationObjectRow> objects;
    for (const QVariantList &row : listed.rows())
        objects.append({row.value(0).toString().toLower(), row.value(1).toString(),
                        row.value(2).toString(), row.value(3).toString(), row.value(4).toString(),
                        row.value(5).toString()});
    return objects;
}

std::optional<QList<IntegrationLogRow>> SqlIntegrationData::logOfRun(const QString &processLogId,
                                                                     QString *error)
{
    const SqlOutcome log = m_sql->exec(
            u"SELECT %1, %2, %3, %4, %5, %6, %7, %8 FROM %9 WHERE LOWER(CAST(%10 AS TEXT)) = ?"_s
                    .arg(q(u"SmrIntegrationObjectId"_s), q(u"SmrStatus"_s), q(u"SmrCreated"_s),
                         q(u"SmrUpdated"_s), q(u"SmrLinked"_s), q(u"SmrExported"_s),
                         q(u"SmrErrors"_s), q(u"SmrMessage"_s), q(m_settings.integrationLogTable),
                         q(u"SmrProcessLogId"_s)),
            {processLogId.toLower()});
    if (!log.ok) {
        *error = tr("The connector's log %1 could not be read: %2")
                         .arg(m_settings.integrationLogTable, log.errorText);
        return std::nullopt;
    }
    QList<IntegrationLogRow> rows;
    for (const QVariantList &row : log.rows())
        rows.append({row.value(0).toString().toLower(), row.value(1).toString(),
                     row.value(2).toLongLong() + row.value(3).toLongLong() +
                             row.value(4).toLongLong() + row.value(5).toLongLong(),
                     row.value(6).toLongLong(), row.value(7).toString()});
    return rows;
}

std::optional<qint64> SqlIntegrationData::duplicates(const QString &entity,
                                                     const QString &keyColumn, QString *error)
{
    const SqlOutcome dup = m_sql->exec(
            u"SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM %1 WHERE %2 "
            u"IS NOT NULL AND %2 <> '' GROUP BY %2 HAVING COUNT(*) > 1) t"_s.arg(q(entity),
                                                                                 q(keyColumn)));
    if (!dup.ok) {
        *error = tr("Duplicates in %1 could not be counted: %2").arg(entity, dup.errorText);
        return std::nullopt;
    }
    return dup.scalar().toLongLong();
}

} // namespace upgrade
