#include "DeduplicateStep.h"

#include "StepSupport.h"

#include "plan/Context.h"
#include "plan/RunServices.h"

#include "bpmsoft/BpmSoftClient.h"
#include "database/ConnectorTables.h"
#include "database/DbAdmin.h"
#include "report/RunValues.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace upgrade {

QString DeduplicateStep::id() const
{
    return toString(m_environment) + u".deduplicate"_s;
}

QString DeduplicateStep::title() const
{
    return tr("Clear the mapping table and set «Use for deduplication» on every integration "
              "object");
}

QString DeduplicateStep::description() const
{
    return tr("After the upgrade check all integration settings and set [Use for deduplication] "
              "on every integration object; if it is not set, the system will have duplicates, "
              "because the way records are stored in the mapping table SmrSyncHistory has "
              "changed. Clear the mapping table SmrSyncHistory in the BPMSoft database.");
}

StepTarget DeduplicateStep::target() const
{
    return {m_environment, StepTarget::Database};
}

QList<ArtifactSpec> DeduplicateStep::backupsNeeded() const
{
    if (isCloud())
        return cloudBackups(m_environment);
    const QString db = QString::fromUtf16(ArtifactKind::DatabaseBackup);
    const QString ib = QString::fromUtf16(ArtifactKind::InfobaseBackup);
    return {{db, EnvironmentKind::Production}, {ib, m_environment}};
}

StepResult DeduplicateStep::runInCloud(Context &context, Progress &progress)
{
    QString error;
    RunServices *s = StepSupport::services(context, &error);
    std::unique_ptr<BpmSoftClient> client = s ? s->client(m_environment, &error) : nullptr;
    if (!client)
        return StepResult::failed(error);
    const ConnectorSettings &c = context.profile().connector;
    if (!client->login(progress))
        return StepResult::failed(client->lastError().message, client->lastError().details);

    // The snapshot first: every row to a file of the run, counted against the table.
    progress.setStatus(
            tr("Copying the mapping table %1 to the run folder").arg(c.syncHistoryTable));
    const auto before = client->count(c.syncHistoryTable, DataFilter::everything(), progress);
    if (!before)
        return StepResult::failed(client->lastError().message, client->lastError().details);
    const QString snapshot =
            QDir(context.runDirectory())
                    .filePath(u"snapshots/%1-%2-%3.jsonl"_s.arg(
                            toString(m_environment), c.syncHistoryTable,
                            QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s)));
    const auto exported = exportRows(*client, c.syncHistoryTable, snapshot, progress, &error);
    if (!exported)
        return StepResult::failed(error);
    if (*exported < *before)
        return StepResult::failed(tr("The snapshot of %1 has %2 rows, the table %3: nothing was "
                                     "deleted. Retry when the integration is not running.")
                                          .arg(c.syncHistoryTable)
                                          .arg(*exported)
                                          .arg(*before));
    progress.log(tr("%1: %2 rows copied to %3.")
                         .arg(c.syncHistoryTable)
                         .arg(*exported)
                         .arg(QDir::toNativeSeparators(snapshot)));

    progress.setStatus(tr("Clearing %1 through DataService").arg(c.syncHistoryTable));
    const auto removed = client->remove(c.syncHistoryTable, DataFilter::everything(), progress);
    if (!removed)
        return StepResult::failed(client->lastError().message, client->lastError().details);
    progress.log(tr("%n row(s) removed from %1.", nullptr, int(*removed)).arg(c.syncHistoryTable));
    const auto after = client->count(c.syncHistoryTable, DataFilter::everything(), progress);
    if (!after)
        return StepResult::failed(client->lastError().message, client->lastError().details);
    context.setValue(toString(m_environment) + u".sync-history-snapshot"_s,
                     QJsonObject{{u"table"_s, QDir::toNativeSeparators(snapshot)},
                                 {u"rows"_s, *exported},
                                 {u"rowsAfter"_s, *after}});
    if (*after != 0)
        return StepResult::failed(
                tr("%1 still has %2 rows after clearing.").arg(c.syncHistoryTable).arg(*after));
    const auto updated = client->update(c.integrationObjectTable,
                                        {{c.deduplicationColumn, DataValue::boolean(true)}},
                                        DataFilter::everything(), progress);
    if (!updated)
        return StepResult::failed(client->lastError().message, client->lastError().details);
    BpmSoftClient::Select select(c.integrationObjectTable, {u"SmrName"_s, c.deduplicationColumn});
    const auto rows = client->select(select, progress);
    if (!rows)
        return StepResult::failed(client->lastError().message, client->lastError().details);
    QJsonArray objects;
    QStringList unset;
    for (const QJsonObject &row : *rows) {
        const bool set = row.value(c.deduplicationColumn).toBool();
        objects.append(
                QJsonObject{{u"name"_s, row.value(u"SmrName"_s).toString()}, {u"flagSet"_s, set}});
        if (!set)
            unset << row.value(u"SmrName"_s).toString();
    }
    context.setValue(RunValues::deduplicationObjectsKey(context.stage()), objects);
    if (!unset.isEmpty())
        return StepResult::failed(
                tr("«Use for deduplication» is still unset on: %1").arg(unset.join(u", "_s)));
    return StepResult::ok(tr("The mapping table is empty and %n integration object(s) have "
                             "«Use for deduplication».",
                             nullptr, int(objects.size())));
}

std::optional<qint64> DeduplicateStep::exportRows(BpmSoftClient &client, const QString &table,
                                                  const QString &path, Progress &progress,
                                                  QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the snapshot %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    qint64 rows = 0;
    BpmSoftClient::Select select(table, {u"Id"_s});
    select.allColumns = true;
    select.orderBy = u"Id"_s;
    const bool read = client.selectPages(select, progress, [&](const QList<QJsonObject> &page) {
        for (const QJsonObject &row : page) {
            file.write(QJsonDocument(row).toJson(QJsonDocument::Compact));
            file.write("\n");
        }
        rows += page.size();
    });
    if (!read) {
        *error = tr("The mapping table %1 could not be read for its snapshot: %2")
                         .arg(table, client.lastError().message);
        return std::nullopt; // QSaveFile without commit leaves nothing behind
    }
    if (!file.commit()) {
        *error = tr("Cannot write the snapshot %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return rows;
}

StepResult DeduplicateStep::run(Context &context, Progress &progress)
{
    if (!context.profile().environment(m_environment).database)
        return runInCloud(context, progress);
    QString error;
    RunServices *s = StepSupport::services(context, &error);
    std::unique_ptr<DbAdmin> db = s ? s->database(m_environment, &error) : nullptr;
    if (!db)
        return StepResult::failed(error);
    DbError e;
    std::unique_ptr<SqlExecutor> sql = db->openSql(&e);
    if (!sql)
        return StepResult::failed(e.message(), e.details());
    const ConnectorSettings &c = context.profile().connector;
    ConnectorTables tables(*sql, db->dialect(), c);

    progress.setStatus(tr("Copying and clearing the mapping table %1").arg(c.syncHistoryTable));
    const SyncHistoryClearResult cleared = tables.snapshotAndClearSyncHistory(progress);
    if (!cleared.ok())
        return StepResult::failed(tr("The mapping table %1 could not be cleared: %2")
                                          .arg(c.syncHistoryTable, cleared.error.message()),
                                  cleared.error.details());
    progress.log(tr("%1: %2 rows copied to %3, %4 rows left.")
                         .arg(cleared.table)
                         .arg(cleared.snapshotRows)
                         .arg(cleared.snapshotTable)
                         .arg(cleared.rowsAfter));
    context.setValue(toString(m_environment) + u".sync-history-snapshot"_s,
                     QJsonObject{{u"table"_s, cleared.snapshotTable},
                                 {u"rows"_s, cleared.snapshotRows},
                                 {u"rowsAfter"_s, cleared.rowsAfter}});

    progress.setStatus(tr("Setting «Use for deduplication» on every integration object"));
    const DeduplicationResult flags = tables.setDeduplicationFlag(progress);
    if (!flags.ok())
        return StepResult::failed(
                tr("«Use for deduplication» could not be set: %1").arg(flags.error.message()),
                flags.error.details());
    const SqlDialect d = db->dialect();
    const SqlOutcome listed = sql->exec(u"SELECT %1, %2 FROM %3 ORDER BY %1"_s.arg(
            d.quoteIdentifier(u"SmrName"_s), d.quoteIdentifier(c.deduplicationColumn),
            d.quoteIdentifier(c.integrationObjectTable)));
    if (!listed.ok)
        return StepResult::failed(
                tr("The integration objects could not be read back: %1").arg(listed.errorText));
    QJsonArray objects;
    QStringList unset;
    for (const QVariantList &row : listed.rows()) {
        const bool set = row.value(1).toBool();
        objects.append(QJsonObject{{u"name"_s, row.value(0).toString()}, {u"flagSet"_s, set}});
        progress.log(tr("%1: %2").arg(row.value(0).toString(), set ? tr("set") : tr("NOT set")));
        if (!set)
            unset << row.value(0).toString();
    }
    context.setValue(RunValues::deduplicationObjectsKey(context.stage()), objects);
    const DbResult<qint64> left = tables.countWithoutDeduplication();
    if (!unset.isEmpty() || !left.ok() || left.value != 0)
        return StepResult::failed(
                tr("«Use for deduplication» is still unset on: %1. Set it in "
                   "the integration settings before running the integration.")
                        .arg(unset.isEmpty() ? tr("some objects") : unset.join(u", "_s)));
    return StepResult::ok(tr("The mapping table is empty and all %n integration object(s) have "
                             "«Use for deduplication».",
                             nullptr, int(objects.size())));
}

} // namespace upgrade
