#include "VerifyIntegrationStep.h"

#include "IntegrationData.h"
#include "StepSupport.h"

#include "plan/Context.h"
#include "plan/RunServices.h"

#include "bpmsoft/BpmSoftClient.h"
#include "bpmsoft/SyncHttpClient.h"
#include "onec/ProductionOneCGuard.h"
#include "profile/SecretKeys.h"
#include "report/RunValues.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

constexpr int ProcessTimeoutMs = 90 * 60 * 1000;

/// Records of a 1C catalog sharing a key (not marked for deletion), read page by page over
/// the standard OData interface; nullopt and `error` when it cannot be read.
std::optional<qint64> oneCDuplicates(const OneCSettings &onec, const QString &password,
                                     const QString &entitySet, const QString &keyField,
                                     const Cancellation &cancel, QString *error)
{
    QString base = onec.odataUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    const QString user = onec.odataUser.isEmpty() ? onec.user : onec.odataUser;
    const QByteArray auth = "Basic " + (user + u':' + password).toUtf8().toBase64();
    SyncHttpClient http;
    QHash<QString, qint64> counts;
    constexpr int Page = 1000;
    for (int skip = 0;; skip += Page) {
        QUrl url(base + u'/' + entitySet);
        QUrlQuery query;
        query.addQueryItem(u"$format"_s, u"json"_s);
        query.addQueryItem(u"$top"_s, QString::number(Page));
        query.addQueryItem(u"$skip"_s, QString::number(skip));
        url.setQuery(query);
        HttpRequest request;
        request.url = url;
        request.headers.append({QByteArrayLiteral("Authorization"), auth});
        request.headers.append(
                {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
        request.timeoutMs = 60'000;
        const HttpResponse response = http.send(request, cancel);
        if (!response.isSuccess()) {
            *error = response.status ? u"HTTP %1"_s.arg(response.status) : response.errorString;
            return std::nullopt;
        }
        const QJsonArray rows =
                QJsonDocument::fromJson(response.body).object().value(u"value"_s).toArray();
        for (const QJsonValue &row : rows) {
            const QJsonObject o = row.toObject();
            const QString key = o.value(keyField).toVariant().toString().trimmed();
            if (!key.isEmpty() && !o.value(u"DeletionMark"_s).toBool())
                ++counts[key];
        }
        if (rows.size() < Page)
            break;
    }
    qint64 duplicates = 0;
    for (qint64 n : std::as_const(counts))
        duplicates += n > 1 ? n - 1 : 0;
    return duplicates;
}

} // namespace

QString VerifyIntegrationStep::id() const
{
    return toString(m_environment) + u".verify"_s;
}

QString VerifyIntegrationStep::title() const
{
    return m_environment == EnvironmentKind::Test
                   ? tr("Run the integration on the test site and check it")
                   : tr("Run the integration on production and check it");
}

QString VerifyIntegrationStep::description() const
{
    return tr("Run the integration: if the main and most used integrations run without errors, "
              "you may go on. If the integrations run incorrectly, restore the working version "
              "of the systems (BPMSoft, 1C) from the backup.");
}

StepTarget VerifyIntegrationStep::target() const
{
    return {m_environment, StepTarget::Site | StepTarget::Database | StepTarget::Infobase};
}

QList<ArtifactSpec> VerifyIntegrationStep::backupsNeeded() const
{
    if (isCloud())
        return cloudBackups(m_environment);
    const QString db = QString::fromUtf16(ArtifactKind::DatabaseBackup);
    const QString ib = QString::fromUtf16(ArtifactKind::InfobaseBackup);
    return {{db, EnvironmentKind::Production}, {ib, m_environment}};
}

StepResult VerifyIntegrationStep::run(Context &context, Progress &progress)
{
    QString error;
    RunServices *s = StepSupport::services(context, &error);
    if (!s)
        return StepResult::failed(error);
    const Profile &profile = context.profile();
    const ConnectorSettings &c = profile.connector;
    std::unique_ptr<IntegrationData> data =
            IntegrationData::open(context, m_environment, progress, &error);
    if (!data)
        return StepResult::failed(tr("The integration check cannot read the %1 site's data: %2")
                                          .arg(toString(m_environment), error));

    // Safety rule 3: never let the test site talk to the production 1C.
    if (m_environment == EnvironmentKind::Test) {
        const auto urls = data->oneCConnectionUrls(&error);
        if (!urls)
            return StepResult::failed(error);
        for (const QString &url : *urls) {
            const OneCIsolationVerdict verdict = ProductionOneCGuard::checkBeforeIntegration(
                    profile.production.onec, profile.test.onec, url);
            if (!verdict.isSafe())
                return StepResult::failed(tr("The integration was not run: the test site's 1C "
                                             "connection %1 is not the test 1C. %2")
                                                  .arg(url, verdict.message),
                                          verdict.reasons.join(u'\n'));
        }
    }

    // The integration objects: name, entity and key (for duplicates).
    const auto listed = data->activeObjects(&error);
    if (!listed)
        return StepResult::failed(error);
    const QList<IntegrationObjectRow> &objects = *listed;

    std::unique_ptr<BpmSoftClient> client = s->client(m_environment, &error);
    if (!client)
        return StepResult::failed(error);
    QStringList processErrors;
    QStringList runIds;
    const int count = int(c.integrationProcesses.size());
    for (int i = 0; i < count; ++i) {
        const QString &process = c.integrationProcesses[i];
        progress.setStatus(
                tr("Running the integration %1 (%2 of %3)").arg(process).arg(i + 1).arg(count));
        const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-2);
        if (!client->executeProcess(process, {}, {}, progress))
            return StepResult::failed(tr("The integration process %1 could not be started: %2")
                                              .arg(process, client->lastError().message),
                                      client->lastError().details);
        const auto entry = client->waitForProcess(process, since, ProcessTimeoutMs, 300, progress);
        if (!entry) {
            if (progress.isCancelled())
                return StepResult::cancelled();
            return StepResult::failed(tr("The integration process %1 did not finish: %2")
                                              .arg(process, client->lastError().message),
                                      client->lastError().details);
        }
        runIds << entry->id.toLower();
        progress.log(tr("Process %1 ended: %2").arg(process, entry->statusId));
        if (entry->status != ProcessLogEntry::Status::Completed)
            processErrors << tr("%1: %2").arg(process, entry->errorDescription.isEmpty()
                                                               ? tr("ended with an error")
                                                               : entry->errorDescription);
        progress.setFraction(double(i + 1) / count * 0.8);
    }

    // The connector's log of these runs, per integration object.
    struct Totals
    {
        qint64 records = 0, errors = 0;
        QStringList messages;
    };
    QHash<QString, Totals> totals;
    for (const QString &runId : runIds) {
        const auto log = data->logOfRun(runId, &error);
        if (!log)
            return StepResult::failed(error);
        for (const IntegrationLogRow &row : *log) {
            Totals &t = totals[row.objectId];
            t.records += row.records;
            qint64 errors = row.errors;
            if (row.status.compare(u"Error"_s, Qt::CaseInsensitive) == 0)
                errors = qMax<qint64>(errors, 1);
            t.errors += errors;
            if (errors > 0 && !row.message.isEmpty())
                t.messages << row.message;
        }
    }

    // Duplicates: records of the synced entity sharing the object's key.
    QJsonArray results;
    QStringList failing;
    for (const IntegrationObjectRow &o : objects) {
        qint64 duplicates = 0;
        if (IntegrationData::isPlainName(o.entity) && IntegrationData::isPlainName(o.keyColumn)) {
            const auto counted = data->duplicates(o.entity, o.keyColumn, &error);
            if (!counted)
                return StepResult::failed(error);
            duplicates = *counted;
        }
        // ... and in 1C (the flag unset makes the export create them there).
        qint64 oneC = 0;
        const OneCSettings &onec = profile.environment(m_environment).onec;
        if (!o.oneCObject.isEmpty() && !o.oneCKey.isEmpty() && !onec.odataUrl.isEmpty()) {
            QString password = s->secret(m_environment, SecretKeys::OData);
            if (password.isEmpty())
                password = s->secret(m_environment, SecretKeys::OneC);
            QString oneCError;
            const auto counted = oneCDuplicates(onec, password, o.oneCObject, o.oneCKey,
                                                progress.cancellation(), &oneCError);
            if (counted) {
                oneC = *counted;
                progress.log(
                        tr("1C %1 by %2: %3 duplicates").arg(o.oneCObject, o.oneCKey).arg(oneC));
            } else
                progress.log(tr("Duplicates in 1C (%1) could not be counted: %2")
                                     .arg(o.oneCObject, oneCError));
        }
        const Totals t = totals.value(o.id);
        results.append(QJsonObject{{u"name"_s, o.name},
                                   {u"records"_s, t.records},
                                   {u"errors"_s, t.errors},
                                   {u"duplicates"_s, duplicates + oneC},
                                   {u"duplicatesInBpmSoft"_s, duplicates},
                                   {u"duplicatesIn1C"_s, oneC}});
        duplicates += oneC;
        progress.log(tr("%1: %2 records, %3 errors, %4 duplicates")
                             .arg(o.name)
                             .arg(t.records)
                             .arg(t.errors)
                             .arg(duplicates));
        if (t.errors > 0 || duplicates > 0)
            failing << tr("%1 (%2 errors, %3 duplicates%4)")
                               .arg(o.name)
                               .arg(t.errors)
                               .arg(duplicates)
                               .arg(t.messages.isEmpty() ? QString()
                                                         : u": "_s + t.messages.first());
    }
    context.setValue(RunValues::integrationResultsKey(context.stage()), results);
    progress.setFraction(1.0);
    if (!failing.isEmpty() || !processErrors.isEmpty())
        return StepResult::failed(
                tr("The integration check failed on the %1 site: %2. Do not go on; find the "
                   "cause in the connector's log.")
                        .arg(toString(m_environment),
                             (failing.isEmpty() ? processErrors : failing).join(u"; "_s)),
                processErrors.join(u'\n'));
    return StepResult::ok(tr("The integration ran without errors and without duplicates "
                             "(%n integration object(s)).",
                             nullptr, int(objects.size())));
}

} // namespace upgrade
