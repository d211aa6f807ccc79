#include "RestoreTestDatabaseStep.h"

#include "StepSupport.h"

#include "plan/Context.h"
#include "plan/RunServices.h"

#include "database/DbAdmin.h"
#include "database/TestCopyNeutralizer.h"
#include "onec/ProductionOneCGuard.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace upgrade {

QString RestoreTestDatabaseStep::id() const
{
    return u"test.restore-test-database"_s;
}

QString RestoreTestDatabaseStep::title() const
{
    return tr("Restore it as the test database and make the copy inert");
}

QString RestoreTestDatabaseStep::description() const
{
    return tr("First upgrade the product on a test site with a copy of the current database.");
}

StepTarget RestoreTestDatabaseStep::target() const
{
    return {EnvironmentKind::Test, StepTarget::Database};
}

QList<ArtifactSpec> RestoreTestDatabaseStep::backupsNeeded() const
{
    return {{QString::fromUtf16(ArtifactKind::DatabaseBackup), EnvironmentKind::Production}};
}

StepResult RestoreTestDatabaseStep::run(Context &context, Progress &progress)
{
    QString error;
    RunServices *s = StepSupport::services(context, &error);
    if (!s)
        return StepResult::failed(error);
    const auto backup = context.verifiedArtifact(
            {QString::fromUtf16(ArtifactKind::DatabaseBackup), EnvironmentKind::Production});
    if (!backup)
        return StepResult::failed(tr("There is no verified backup of the production database in "
                                     "this run; run the backup step first."));
    const Profile &profile = context.profile();
    if (!profile.test.database)
        return StepResult::failed(tr("The profile names no test database."));
    std::unique_ptr<DbAdmin> production = s->database(EnvironmentKind::Production, &error);
    std::unique_ptr<DbAdmin> test =
            production ? s->database(EnvironmentKind::Test, &error) : nullptr;
    if (!test)
        return StepResult::failed(error);
    const QString name = profile.test.database->kind == DatabaseKind::Sqlite
                                 ? profile.test.database->path
                                 : profile.test.database->name;
    const DbResult<bool> exists = test->databaseExists(name);
    if (!exists.ok())
        return StepResult::failed(exists.error.message(), exists.error.details());
    // A copy this run restored before (an attempt that failed later) is replaced; any other
    // database of that name is left alone.
    const bool ours = context.value(u"test.database.restored"_s).toString() == name;
    if (exists.value && !ours)
        return StepResult::failed(tr("The test database %1 exists already. Nothing was changed. "
                                     "Remove it (it is not production: check twice), or set "
                                     "another test database name in the profile, and retry.")
                                          .arg(test->describe()));
    progress.setStatus(
            tr("Restoring %1 as %2").arg(QDir::toNativeSeparators(backup->path), test->describe()));
    const RestoreResult restored = exists.value
                                           ? test->replaceFromBackup(backup->path, progress)
                                           : production->restoreAs(backup->path, name, progress);
    if (restored.restored)
        context.setValue(u"test.database.restored"_s, name);
    for (const QString &a : restored.actions)
        progress.log(a);
    if (!restored.ok())
        return StepResult::failed(
                tr("The test database could not be restored: %1").arg(restored.error.message()),
                restored.error.details());

    DbError e;
    std::unique_ptr<SqlExecutor> sql = test->openSql(&e);
    if (!sql)
        return StepResult::failed(e.message(), e.details());
    TestCopyNeutralizer neutralizer(*sql, test->dialect(), profile.connector);
    NeutralizeOptions options;
    options.testOneCUrl = profile.test.onec.odataUrl;
    options.testOneCUser = profile.test.onec.odataUser.isEmpty() ? profile.test.onec.user
                                                                 : profile.test.onec.odataUser;
    options.productionOneCUrl = profile.production.onec.odataUrl;
    options.testSiteUrl = profile.test.siteUrl;
    progress.setStatus(tr("Making the test copy inert"));
    const NeutralizeResult result = neutralizer.neutralize(options, progress);
    if (!result.ok())
        return StepResult::failed(tr("The test copy could not be made inert: %1. Do not start "
                                     "its site; fix the cause and retry.")
                                          .arg(result.error.message()),
                                  result.error.details());
    for (const NeutralizeChange &c : result.changes)
        progress.log(c.description);
    for (const QString &skipped : result.skipped)
        progress.log(skipped);

    const DbResult<QList<OneCConnectionRow>> connections = neutralizer.oneCConnections();
    if (!connections.ok())
        return StepResult::failed(connections.error.message(), connections.error.details());
    for (const OneCConnectionRow &row : connections.value) {
        const OneCIsolationVerdict verdict = ProductionOneCGuard::checkBeforeIntegration(
                profile.production.onec, profile.test.onec, row.url);
        if (!verdict.isSafe())
            return StepResult::failed(tr("The test copy's 1C connection %1 is not the test 1C: %2 "
                                         "The test site must not be started like this.")
                                              .arg(row.url, verdict.message),
                                      verdict.reasons.join(u'\n'));
    }
    return StepResult::ok(tr("The test database %1 was restored and made inert; its 1C "
                             "connection points at the test 1C.")
                                  .arg(test->describe()));
}

} // namespace upgrade
