#include "RollbackStep.h"

#include "StepSupport.h"

#include "plan/Context.h"
#include "plan/RunServices.h"

#include "bpmsoft/BpmSoftClient.h"
#include "database/DbAdmin.h"
#include "onec/OneCAdmin.h"
#include "report/RunValues.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace upgrade {

QString RollbackStep::id() const
{
    return u"production.rollback"_s;
}

QString RollbackStep::title() const
{
    return tr("Restore the production database and 1C infobase from this run's backups");
}

QString RollbackStep::description() const
{
    return tr("If the integrations run incorrectly, restore the working version of the systems "
              "(BPMSoft, 1C) from the backup.");
}

StepTarget RollbackStep::target() const
{
    return {EnvironmentKind::Production,
            StepTarget::Site | StepTarget::Database | StepTarget::Infobase};
}

QList<ArtifactSpec> RollbackStep::backupsNeeded() const
{
    return {{QString::fromUtf16(ArtifactKind::DatabaseBackup), EnvironmentKind::Production},
            {QString::fromUtf16(ArtifactKind::InfobaseBackup), EnvironmentKind::Production}};
}

StepResult RollbackStep::run(Context &context, Progress &progress)
{
    QString error;
    RunServices *s = StepSupport::services(context, &error);
    if (!s)
        return StepResult::failed(error);
    const auto dbBackup = context.verifiedArtifact(
            {QString::fromUtf16(ArtifactKind::DatabaseBackup), EnvironmentKind::Production});
    const auto ibBackup = context.verifiedArtifact(
            {QString::fromUtf16(ArtifactKind::InfobaseBackup), EnvironmentKind::Production});
    if (!dbBackup || !ibBackup)
        return StepResult::failed(tr("This run has no verified backups of the production "
                                     "database and 1C: nothing can be restored automatically."));
    std::unique_ptr<DbAdmin> db = s->database(EnvironmentKind::Production, &error);
    if (!db)
        return StepResult::failed(error);

    progress.setStatus(tr("Restoring %1 from %2")
                               .arg(db->describe(), QDir::toNativeSeparators(dbBackup->path)));
    const RestoreResult restored = db->replaceFromBackup(dbBackup->path, progress);
    for (const QString &a : restored.actions)
        progress.log(a);
    if (!restored.ok())
        return StepResult::failed(
                tr("The production database could not be restored from %1: %2 "
                   "Restore it by hand from that file.")
                        .arg(QDir::toNativeSeparators(dbBackup->path), restored.error.message()),
                restored.error.details());
    progress.setStatus(tr("Restoring the production 1C infobase from %1")
                               .arg(QDir::toNativeSeparators(ibBackup->path)));
    const OneCResult ib = s->oneC(EnvironmentKind::Production)
                                  ->restore(ibBackup->path, progress, ibBackup->sha256);
    if (!ib.succeeded())
        return StepResult::failed(
                tr("The BPMSoft database was restored, but the 1C infobase was "
                   "not: %1 Restore it by hand from %2.")
                        .arg(ib.message, QDir::toNativeSeparators(ibBackup->path)),
                ib.details);

    std::unique_ptr<BpmSoftClient> client = s->client(EnvironmentKind::Production, &error);
    if (!client)
        return StepResult::failed(error);
    progress.setStatus(tr("Restarting the production site"));
    if (!client->restart(progress))
        progress.log(
                tr("The restart request was not confirmed: %1").arg(client->lastError().message));
    if (!client->waitUntilReady(progress))
        return StepResult::failed(tr("The databases were restored, but the production site did "
                                     "not come back: %1 Restart it (IIS / the service).")
                                          .arg(client->lastError().message),
                                  client->lastError().details);
    QJsonArray nowList;
    const auto now = StepSupport::installedVersions(*client, progress, &error, &nowList);
    if (!now)
        return StepResult::failed(tr("The package versions could not be read after the "
                                     "rollback: %1")
                                          .arg(error));
    const QJsonObject before = context.value(u"production.versions-before"_s).toObject();
    QStringList differ;
    for (auto it = before.begin(); it != before.end(); ++it)
        if (now->value(it.key()) != it.value())
            differ << tr("%1 is at %2, was %3")
                              .arg(it.key(), now->value(it.key()).toString(),
                                   it.value().toString());
    context.setValue(u"production.versions-after-rollback"_s, *now);
    // The report shows the production stage's packages as they are now: the old ones.
    context.setValue(RunValues::installedPackagesKey(context.stage()), nowList);
    if (!differ.isEmpty())
        return StepResult::failed(tr("After the rollback not every package is back at its old "
                                     "version: %1")
                                          .arg(differ.join(u", "_s)));
    return StepResult::ok(tr("Production was restored from this run's backups; the site is "
                             "healthy and the old package versions are back."));
}

} // namespace upgrade
