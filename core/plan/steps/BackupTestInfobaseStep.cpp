#include "BackupTestInfobaseStep.h"

#include "StepSupport.h"

#include "plan/Context.h"
#include "plan/RunServices.h"

#include "onec/OneCODataCheck.h"
#include "profile/SecretKeys.h"

using namespace Qt::StringLiterals;

namespace upgrade {

QString BackupTestInfobaseStep::id() const
{
    return u"test.backup-infobase"_s;
}

QString BackupTestInfobaseStep::title() const
{
    return tr("Back up the test 1C infobase");
}

QString BackupTestInfobaseStep::description() const
{
    return tr("Make a copy of the 1C database. It is needed to return to the working version "
              "if something goes wrong. We recommend connecting to a test 1C with a copy of the "
              "current database.");
}

StepTarget BackupTestInfobaseStep::target() const
{
    return {EnvironmentKind::Test, StepTarget::Infobase};
}

QList<ArtifactSpec> BackupTestInfobaseStep::produces() const
{
    return {{QString::fromUtf16(ArtifactKind::InfobaseBackup), EnvironmentKind::Test}};
}

StepResult BackupTestInfobaseStep::run(Context &context, Progress &progress)
{
    const StepResult backup = StepSupport::backupInfobase(context, EnvironmentKind::Test, progress);
    if (!backup.isOk())
        return backup;
    QString error;
    RunServices *s = StepSupport::services(context, &error);
    const OneCSettings &onec = context.profile().test.onec;
    if (onec.odataUrl.isEmpty())
        return StepResult::failed(tr("The profile gives no OData address of the test 1C "
                                     "(onec.odataUrl): the test integration cannot run."));
    QString password = s->secret(EnvironmentKind::Test, SecretKeys::OData);
    if (password.isEmpty())
        password = s->secret(EnvironmentKind::Test, SecretKeys::OneC);
    progress.setStatus(tr("Checking that the test 1C answers"));
    const ODataCheckResult odata = OneCODataCheck::check(
            onec.odataUrl, onec.odataUser.isEmpty() ? onec.user : onec.odataUser, password,
            progress.cancellation());
    if (!odata.ok())
        return StepResult::failed(
                tr("The test 1C does not answer at %1: %2").arg(onec.odataUrl, odata.message),
                odata.details);
    return StepResult::ok(backup.message + u' ' + tr("The test 1C answers over OData."));
}

} // namespace upgrade
