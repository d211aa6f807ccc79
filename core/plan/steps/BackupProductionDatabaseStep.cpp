#include "BackupProductionDatabaseStep.h"

#include "StepSupport.h"

using namespace Qt::StringLiterals;

namespace upgrade {

QString BackupProductionDatabaseStep::id() const
{
    return u"test.backup-production-database"_s;
}

QString BackupProductionDatabaseStep::title() const
{
    return tr("Back up the production database (copy-only, verified)");
}

QString BackupProductionDatabaseStep::description() const
{
    return tr("Make a copy of the production site's database; it is needed to deploy the test "
              "site.");
}

StepTarget BackupProductionDatabaseStep::target() const
{
    return {EnvironmentKind::Production, StepTarget::Database};
}

QList<ArtifactSpec> BackupProductionDatabaseStep::produces() const
{
    return {{QString::fromUtf16(ArtifactKind::DatabaseBackup), EnvironmentKind::Production}};
}

StepResult BackupProductionDatabaseStep::run(Context &context, Progress &progress)
{
    return StepSupport::backupDatabase(context, EnvironmentKind::Production, progress);
}

} // namespace upgrade
