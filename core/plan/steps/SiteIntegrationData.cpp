#include "SiteIntegrationData.h"

#include "bpmsoft/BpmSoftClient.h"
#include "util/Progress.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

qint64 number(const QJsonObject &row, const QString &column)
{
    const QJsonValue v = row.value(column);
    return v.isString() ? v.toString().toLongLong() : qint64(v.toDouble());
}

} // namespace

SiteIntegrationData::SiteIntegrationData(std::unique_ptr<BpmSoftClient> client,
                                         ConnectorSettings settings, Progress &progress)
    : m_client(std::move(client))
    , m_settings(std::move(settings))
    , m_progress(progress)
{}

SiteIntegrationData::~SiteIntegrationData() = default;

std::optional<QStringList> SiteIntegrationData::oneCConnectionUrls(QString *error)
{
    const auto rows = m_client->select({m_settings.oneCSettingsTable, {u"SmrUrl"_s}}, m_progress);
    if (!rows) {
        *error = tr("The connector's 1C connections (%1) could not be read: %2")
                         .arg(m_settings.oneCSettingsTable, m_client->lastError().message);
        return std::nullopt;
    }
    QStringList urls;
    for (const QJsonObject &row : *rows)
        urls << row.value(u"SmrUrl"_s).toString();
    return urls;
}

std::optional<QList<IntegrationObjectRow>> SiteIntegrationData::activeObjects(QString *error)
{
    BpmSoftClient::Select select(m_settings.integrationObjectTable,
                                 {u"Id"_s, u"SmrName"_s, u"SmrEntityName"_s, u"SmrKeyColumn"_s,
                                  u"SmrOneCObject"_s, u"SmrOneCKeyField"_s});
    select.filter.equals(u"SmrIsActive"_s, DataValue::boolean(true));
    select.orderBy = u"SmrName"_s;
    const auto rows = m_client->select(select, m_progress);
    if (!rows) {
        *error = tr("The integration objects could not be read: %1")
                         .arg(m_client->lastError().message);
        return std::nullopt;
    }
    QList<IntegrationObjectRow> objects;
    for (const QJsonObject &r : *rows)
        objects.append(
                {r.value(u"Id"_s).toString().toLower(), r.value(u"SmrName"_s).toString(),
                 r.value(u"SmrEntityName"_s).toString(), r.value(u"SmrKeyColumn"_s).toString(),
                 r.value(u"SmrOneCObject"_s).toString(), r.value(u"SmrOneCKeyField"_s).toString()});
    return objects;
}

std::optional<QList<IntegrationLogRow>> SiteIntegrationData::logOfRun(const QString &processLogId,
                                                                      QString *error)
{
    BpmSoftClient::Select select(m_settings.integrationLogTable,
                                 {u"SmrIntegrationObjectId"_s, u"SmrStatus"_s, u"SmrCreated"_s,
                                  u"SmrUpdated"_s, u"SmrLinked"_s, u"SmrExported"_s, u"SmrErrors"_s,
                                  u"SmrMessage"_s});
    select.filter.equals(u"SmrProcessLogId"_s, DataValue::guid(processLogId));
    const auto rows = m_client->select(select, m_progress);
    if (!rows) {
        *error = tr("The connector's log %1 could not be read: %2")
                         .arg(m_settings.integrationLogTable, m_client->lastError().message);
        return std::nullopt;
    }
    QList<IntegrationLogRow> log;
    for (const QJsonObject &r : *rows)
        log.append({r.value(u"SmrIntegrationObjectId"_s).toString().toLower(),
                    r.value(u"SmrStatus"_s).toString(),
                    number(r, u"SmrCreated"_s) + number(r, u"SmrUpdated"_s) +
                            number(r, u"SmrLinked"_s) + number(r, u"SmrExported"_s),
                    number(r, u"SmrErrors"_s), r.value(u"SmrMessage"_s).toString()});
    return log;
}

std::optional<qint64> SiteIntegrationData::duplicates(const QString &entity,
                                                      const QString &keyColumn, QString *error)
{
    // DataService has no GROUP BY ... HAVING: read the key column page by page, ordered so the
    // pages are stable, and count here.
    QHash<QString, qint64> counts;
    BpmSoftClient::Select select(entity, {keyColumn});
    select.filter.isNotNull(keyColumn);
    select.orderBy = keyColumn;
    const bool read =
            m_client->selectPages(select, m_progress, [&](const QList<QJsonObject> &rows) {
                for (const QJsonObject &r : rows) {
                    const QString key = r.value(keyColumn).toVariant().toString();
                    if (!key.isEmpty())
                        ++counts[key];
                }
            });
    if (!read) {
        *error = tr("Duplicates in %1 could not be counted: %2")
                         .arg(entity, m_client->lastError().message);
        return std::nullopt;
    }
    qint64 duplicates = 0;
    for (const qint64 n : std::as_const(counts))
        duplicates += n > 1 ? n - 1 : 0;
    return duplicates;
}

} // namespace upgrade
