#include "SandboxIntegration.h"

#include "SandboxDatabase.h"
#include "bpmsoft/SyncHttpClient.h"
#include "util/Log.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace upgrade::sandbox {

namespace {

const QString StatusCompleted = u"815c9586-b6e2-df11-971b-001d60e938c6"_s;
const QString StatusError = u"f942c08d-b6e2-df11-971b-001d60e938c6"_s;
constexpr int PageSize = 500;

bool isIdentifier(const QString &s)
{
    static const QRegularExpression re(u"^[\\w]{1,128}$"_s,
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(s).hasMatch();
}

struct IntegrationObject
{
    QString id;
    QString name;
    QString entity;
    QString oneCObject;
    QString keyColumn;
    QString oneCKeyField;
    bool exportEnabled = false;
    bool deduplicate = false;
};

struct Record
{
    QString name;
    QString key;
};

} // namespace

QString SandboxIntegration::Result::summaryJson() const
{
    QJsonArray list;
    for (const ObjectResult &o : objects)
        list.append(QJsonObject{{u"object"_s, o.object},
                                {u"created"_s, o.created},
                                {u"updated"_s, o.updated},
                                {u"linked"_s, o.linked},
                                {u"exported"_s, o.exported},
                                {u"errors"_s, o.errors},
                                {u"message"_s, o.message}});
    return QString::fromUtf8(
            QJsonDocument(
                    QJsonObject{{u"success"_s, success}, {u"error"_s, error}, {u"objects"_s, list}})
                    .toJson(QJsonDocument::Compact));
}

SandboxIntegration::Result SandboxIntegration::run(const Settings &settings,
                                                   const Cancellation &cancel)
{
    Result result;
    SandboxDatabase db(settings.databaseUrl);
    QString error;
    const auto finishProcess = [&]() {
        QStringList problems;
        if (!result.error.isEmpty())
            problems.append(result.error);
        for (const ObjectResult &o : result.objects)
            if (o.errors > 0)
                problems.append(u"%1: %2"_s.arg(o.object, o.message));
        result.success = problems.isEmpty();
        if (!settings.processLogId.isEmpty() && db.db().isOpen()) {
            const QString now = SandboxDatabase::formatDateTime(QDateTime::currentDateTimeUtc());
            db.exec(u"UPDATE \"SysProcessLog\" SET \"StatusId\" = ?, \"CompleteDate\" = ?, "
                    "\"ModifiedOn\" = ?, \"ErrorDescription\" = ? WHERE \"Id\" = ?"_s,
                    {db.toDb(result.success ? StatusCompleted : StatusError, ColumnType::Guid), now,
                     now, problems.join(u"\n"_s),
                     db.toDb(settings.processLogId, ColumnType::Guid)});
        }
        logInfo(u"sandbox: integration finished: %1"_s.arg(result.summaryJson()));
        return result;
    };
    if (!db.open(&error)) {
        result.error = error;
        return finishProcess();
    }
    // Where the connector talks to 1C.
    auto connection = db.exec(u"SELECT \"SmrUrl\", \"SmrUser\", \"SmrPassword\" FROM "
                              "\"SmrOneCConnection\" WHERE \"SmrIsActive\" = ? ORDER BY "
                              "\"ModifiedOn\" DESC"_s,
                              {db.toDb(true, ColumnType::Boolean)}, &error);
    if (!connection || !connection->next()) {
        result.error = u"Нет активного подключения к 1С (SmrOneCConnection)"_s;
        return finishProcess();
    }
    QSqlQuery &c = *connection;
    QString baseUrl = c.value(0).toString();
    while (baseUrl.endsWith(u'/'))
        baseUrl.chop(1);
    const QByteArray authorization =
            "Basic " + (c.value(1).toString() + u':' + c.value(2).toString()).toUtf8().toBase64();
    result.newConnector = db.hasColumn(SandboxSchema::SyncHistory, u"SmrExternalKey"_s);
    const bool hasDedup =
            db.hasColumn(SandboxSchema::IntegrationObject, SandboxSchema::DeduplicationColumn);

    QList<IntegrationObject> objects;
    {
        auto q = db.exec(
                u"SELECT \"Id\", \"SmrName\", \"SmrEntityName\", \"SmrOneCObject\", "
                "\"SmrKeyColumn\", \"SmrOneCKeyField\", \"SmrExportEnabled\"%1 FROM "
                "\"SmrIntegrationObject\" WHERE \"SmrIsActive\" = ? ORDER BY \"SmrOrder\""_s.arg(
                        hasDedup ? u", \"SmrUseForDeduplication\""_s : QString()),
                {db.toDb(true, ColumnType::Boolean)}, &error);
        if (!q) {
            result.error = error;
            return finishProcess();
        }
        while (q->next()) {
            IntegrationObject o;
            o.id = db.toJson(q->value(0), ColumnType::Guid).toString();
            o.name = q->value(1).toString();
            o.entity = q->value(2).toString();
            o.oneCObject = q->value(3).toString();
            o.keyColumn = q->value(4).toString();
            o.oneCKeyField = q->value(5).toString();
            o.exportEnabled = db.toJson(q->value(6), ColumnType::Boolean).toBool();
            o.deduplicate = hasDedup && db.toJson(q->value(7), ColumnType::Boolean).toBool();
            objects.append(o);
        }
    }

    SyncHttpClient http;
    const QByteArray agent = u"BPMSoft-SmrOneCConnector (%1)"_s.arg(settings.siteUrl).toUtf8();
    for (qsizetype index = 0; index < objects.size() && !cancel.isCancelled(); ++index) {
        const IntegrationObject &o = objects.at(index);
        ObjectResult r;
        r.object = o.name;
        const QDateTime started = QDateTime::currentDateTimeUtc();
        const auto logObject = [&]() {
            const QString now = SandboxDatabase::formatDateTime(QDateTime::currentDateTimeUtc());
            db.insertRows(SandboxSchema::IntegrationLog,
                          {u"Id"_s, u"CreatedOn"_s, u"ModifiedOn"_s, u"SmrIntegrationObjectId"_s,
                           u"SmrProcessLogId"_s, u"SmrStartDate"_s, u"SmrEndDate"_s, u"SmrStatus"_s,
                           u"SmrCreated"_s, u"SmrUpdated"_s, u"SmrLinked"_s, u"SmrExported"_s,
                           u"SmrErrors"_s, u"SmrMessage"_s},
                          {{SandboxDatabase::newGuid(), now, now, o.id,
                            settings.processLogId.isEmpty() ? QVariant() : settings.processLogId,
                            started, now, r.errors ? u"Error"_s : u"Success"_s, r.created,
                            r.updated, r.linked, r.exported, r.errors, r.message}},
                          &error);
            result.objects.append(r);
        };
        if (settings.failObjects && index % 2 == 1) {
            r.errors = 1;
            r.message = u"Ошибка сопоставления полей объекта «%1»: поле «%2» не найдено в 1С"_s.arg(
                    o.name, o.oneCKeyField);
            logObject();
            continue;
        }
        if (!isIdentifier(o.entity) || !isIdentifier(o.keyColumn) || !isIdentifier(o.oneCObject) ||
            !db.hasTable(o.entity)) {
            r.errors = 1;
            r.message = u"Объект интеграции настроен неверно"_s;
            logObject();
            continue;
        }
        // 1. Read the 1C catalog, page by page.
        QList<QJsonObject> oneC;
        bool readFailed = false;
        for (int skip = 0; !readFailed; skip += PageSize) {
            QUrlQuery query;
            query.addQueryItem(u"$format"_s, u"json"_s);
            query.addQueryItem(u"$top"_s, QString::number(PageSize));
            query.addQueryItem(u"$skip"_s, QString::number(skip));
            HttpRequest request;
            request.url = QUrl(baseUrl + u'/' + o.oneCObject);
            request.url.setQuery(query);
            request.timeoutMs = settings.httpTimeoutMs;
            request.headers = {{"Authorization", authorization},
                               {"Accept", "application/json"},
                               {"User-Agent", agent}};
            const HttpResponse response = http.send(request, cancel);
            const QJsonDocument doc = QJsonDocument::fromJson(response.body);
            if (response.status != 200 || !doc.isObject()) {
                r.errors = 1;
                r.message =
                        response.status
                                ? u"1С ответила HTTP %1 на запрос %2"_s.arg(response.status)
                                          .arg(o.oneCObject)
                                : u"1С недоступна (%1): %2"_s.arg(baseUrl, response.errorString);
                readFailed = true;
                break;
            }
            const QJsonArray page = doc.object().value(u"value"_s).toArray();
            for (const QJsonValue &v : page)
                oneC.append(v.toObject());
            if (page.size() < PageSize)
                break;
        }
        if (readFailed) {
            logObject();
            continue;
        }
        // 2. BPMSoft's records and the mapping.
        QHash<QString, Record> records;
        QHash<QString, QStringList> byKey;
        {
            auto q = db.exec(
                    u"SELECT \"Id\", \"Name\", %1 FROM %2 ORDER BY \"CreatedOn\""_s.arg(
                            SandboxSchema::quote(o.keyColumn), SandboxSchema::quote(o.entity)),
                    {}, &error);
            while (q && q->next()) {
                const QString id = db.toJson(q->value(0), ColumnType::Guid).toString();
                records.insert(id, {q->value(1).toString(), q->value(2).toString()});
                byKey[q->value(2).toString()].append(id);
            }
        }
        QSet<QString> mapped;               // BPMSoft records with any mapping row (any structure)
        QHash<QString, QString> byExternal; // 1C Ref_Key -> BPMSoft Id, for this object
        {
            auto q = result.newConnector
                             ? db.exec(u"SELECT \"SmrRecordId\", \"SmrExternalKey\", "
                                       "\"SmrIntegrationObjectId\", \"SmrObjectName\" FROM "
                                       "\"SmrSyncHistory\""_s,
                                       {}, &error)
                             : db.exec(u"SELECT \"SmrRecordId\", \"SmrExternalId\", NULL, "
                                       "\"SmrObjectName\" FROM \"SmrSyncHistory\""_s,
                                       {}, &error);
            while (q && q->next()) {
                const QString record = db.toJson(q->value(0), ColumnType::Guid).toString();
                if (!record.isEmpty())
                    mapped.insert(record);
                const QString external = q->value(1).toString();
                if (external.isEmpty())
                    continue;
                const bool mine =
                        result.newConnector
                                ? db.toJson(q->value(2), ColumnType::Guid).toString() == o.id
                                : q->value(3).toString() == o.entity;
                if (mine)
                    byExternal.insert(external.toLower(), record);
            }
        }
        const QString now = SandboxDatabase::formatDateTime(QDateTime::currentDateTimeUtc());
        const auto mappingRow = [&](const QString &record, const QString &external) {
            return result.newConnector ? QVariantList{SandboxDatabase::newGuid(),
                                                      now,
                                                      now,
                                                      o.entity,
                                                      record,
                                                      QVariant(),
                                                      now,
                                                      o.id,
                                                      external,
                                                      2}
                                       : QVariantList{SandboxDatabase::newGuid(),
                                                      now,
                                                      now,
                                                      o.entity,
                                                      record,
                                                      external,
                                                      now,
                                                      QVariant(),
                                                      QVariant(),
                                                      QVariant()};
        };
        const QStringList mappingColumns =
                result.newConnector ? QStringList{u"Id"_s,
                                                  u"CreatedOn"_s,
                                                  u"ModifiedOn"_s,
                                                  u"SmrObjectName"_s,
                                                  u"SmrRecordId"_s,
                                                  u"SmrExternalId"_s,
                                                  u"SmrSyncDate"_s,
                                                  u"SmrIntegrationObjectId"_s,
                                                  u"SmrExternalKey"_s,
                                                  u"SmrVersion"_s}
                                    : QStringList{u"Id"_s,          u"CreatedOn"_s,
                                                  u"ModifiedOn"_s,  u"SmrObjectName"_s,
                                                  u"SmrRecordId"_s, u"SmrExternalId"_s,
                                                  u"SmrSyncDate"_s};
        const auto trim = [&](QList<QVariantList> rows) {
            if (!result.newConnector)
                for (QVariantList &row : rows)
                    row = row.mid(0, 7);
            return rows;
        };
        // 3. Import.
        QList<QVariantList> newRecords, newMappings;
        QList<QPair<QString, QString>> renames;
        for (const QJsonObject &item : oneC) {
            if (item.value(u"DeletionMark"_s).toBool())
                continue;
            const QString ref = item.value(u"Ref_Key"_s).toString().toLower();
            const QString name = item.value(u"Description"_s).toString();
            const QString key = item.value(o.oneCKeyField).toString();
            const QString existing = byExternal.value(ref);
            if (!existing.isEmpty() && records.contains(existing)) {
                if (records.value(existing).name != name) {
                    renames.append({existing, name});
                    ++r.updated;
                }
                continue;
            }
            QString link;
            if (result.newConnector && o.deduplicate) {
                for (const QString &candidate : byKey.value(key))
                    if (!mapped.contains(candidate)) {
                        link = candidate;
                        break;
                    }
            }
            if (!link.isEmpty()) {
                ++r.linked;
            } else {
                link = SandboxDatabase::newGuid();
                newRecords.append({link, now, now, name, key});
                records.insert(link, {name, key});
                byKey[key].append(link);
                ++r.created;
            }
            mapped.insert(link);
            byExternal.insert(ref, link);
            newMappings.append(mappingRow(link, ref));
        }
        db.transaction();
        bool ok = db.insertRows(o.entity,
                                {u"Id"_s, u"CreatedOn"_s, u"ModifiedOn"_s, u"Name"_s, o.keyColumn},
                                newRecords, &error) &&
                  db.insertRows(SandboxSchema::SyncHistory, mappingColumns, trim(newMappings),
                                &error);
        for (const auto &rename : renames) {
            if (!ok)
                break;
            ok = db.exec(u"UPDATE %1 SET \"Name\" = ?, \"ModifiedOn\" = ? WHERE \"Id\" = ?"_s.arg(
                                 SandboxSchema::quote(o.entity)),
                         {rename.second, now, db.toDb(rename.first, ColumnType::Guid)}, &error)
                         .has_value();
        }
        if (!ok) {
            db.rollback();
            r.errors = 1;
            r.message = u"Ошибка записи в базу BPMSoft: %1"_s.arg(error);
            logObject();
            continue;
        }
        db.commit();
        // 4. Export the BPMSoft records 1C does not know yet.
        if (o.exportEnabled) {
            QHash<QString, QString> oneCByKey; // key -> Ref_Key not mapped yet
            if (result.newConnector && o.deduplicate) {
                QSet<QString> mappedRefs(byExternal.keyBegin(), byExternal.keyEnd());
                for (const QJsonObject &item : oneC) {
                    const QString ref = item.value(u"Ref_Key"_s).toString().toLower();
                    if (!mappedRefs.contains(ref))
                        oneCByKey.insert(item.value(o.oneCKeyField).toString(), ref);
                }
            }
            QList<QVariantList> exportMappings;
            for (auto it = records.begin(); it != records.end() && !cancel.isCancelled(); ++it) {
                if (mapped.contains(it.key()))
                    continue;
                QString ref = oneCByKey.take(it.value().key);
                if (ref.isEmpty()) {
                    HttpRequest post;
                    post.method = "POST";
                    post.url = QUrl(baseUrl + u'/' + o.oneCObject + u"?$format=json"_s);
                    post.timeoutMs = settings.httpTimeoutMs;
                    post.headers = {{"Authorization", authorization},
                                    {"Accept", "application/json"},
                                    {"Content-Type", "application/json"},
                                    {"User-Agent", agent}};
                    post.body = QJsonDocument(QJsonObject{{u"Description"_s, it.value().name},
                                                          {o.oneCKeyField, it.value().key}})
                                        .toJson(QJsonDocument::Compact);
                    const HttpResponse response = http.send(post, cancel);
                    ref = QJsonDocument::fromJson(response.body)
                                  .object()
                                  .value(u"Ref_Key"_s)
                                  .toString()
                                  .toLower();
                    if (response.status != 201 || ref.isEmpty()) {
                        ++r.errors;
                        r.message = u"1С не приняла запись «%1» (HTTP %2)"_s.arg(it.value().name)
                                            .arg(response.status);
                        continue;
                    }
                    ++r.exported;
                } else {
                    ++r.linked;
                }
                mapped.insert(it.key());
                exportMappings.append(mappingRow(it.key(), ref));
            }
            db.transaction();
            if (db.insertRows(SandboxSchema::SyncHistory, mappingColumns, trim(exportMappings),
                              &error))
                db.commit();
            else
                db.rollback();
        }
        if (r.message.isEmpty())
            r.message = u"Синхронизация выполнена: создано %1, обновлено %2, связано %3, "
                        "выгружено в 1С %4"_s.arg(r.created)
                                .arg(r.updated)
                                .arg(r.linked)
                                .arg(r.exported);
        logObject();
        if (settings.workMsPerObject > 0)
            QThread::msleep(ulong(settings.workMsPerObject));
    }
    if (cancel.isCancelled())
        result.error = u"Процесс отменён"_s;
    return finishProcess();
}

} // namespace upgrade::sandbox
