#include "ProductionBackupStep.h"

#include "StepSupport.h"

#include "plan/Context.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace upgrade {

QString ProductionBackupStep::id() const
{
    return u"production.backup"_s;
}

QString ProductionBackupStep::title() const
{
    return tr("Back up the production database and 1C infobase (verified)");
}

QString ProductionBackupStep::description() const
{
    return tr("Make copies of the BPMSoft database and of the 1C database. They are needed to "
              "return to the working version if something goes wrong. We recommend upgrading "
              "outside business hours, as the site is unavailable meanwhile.");
}

StepTarget ProductionBackupStep::target() const
{
    return {EnvironmentKind::Production, StepTarget::Database | StepTarget::Infobase};
}

QList<ArtifactSpec> ProductionBackupStep::produces() const
{
    return {{QString::fromUtf16(ArtifactKind::DatabaseBackup), EnvironmentKind::Production},
            {QString::fromUtf16(ArtifactKind::InfobaseBackup), EnvironmentKind::Production}};
}

Requirements ProductionBackupStep::check(const Context &context) const
{
    Requirements r;
    const Profile &profile = context.profile();
    if (!StepSupport::inMaintenanceWindow(profile, QDateTime::currentDateTime())) {
        const QString message =
                tr("It is outside the maintenance window (%1–%2): the vendor recommends upgrading "
                   "production outside business hours, as the site is unavailable meanwhile.")
                        .arg(profile.maintenanceWindow.from.toString(u"HH:mm"_s),
                             profile.maintenanceWindow.to.toString(u"HH:mm"_s));
        const QString fix = tr("Start the production stage inside the window, or change the "
                               "window in the profile.");
        if (profile.maintenanceWindow.mode == WindowMode::Block)
            r.block(message, fix, u"production.maintenance-window"_s);
        else
            r.warn(message, fix, u"production.maintenance-window"_s);
    }
    if (!profile.production.database)
        r.block(tr("The production database cannot be backed up by this program (cloud "
                   "hosting)."),
                tr("Have the hosting provider make and confirm the backups, then go on."),
                u"production.backup-cloud"_s);
    return r;
}

StepResult ProductionBackupStep::run(Context &context, Progress &progress)
{
    const StepResult db =
            StepSupport::backupDatabase(context, EnvironmentKind::Production, progress);
    if (!db.isOk())
        return db;
    const StepResult ib =
            StepSupport::backupInfobase(context, EnvironmentKind::Production, progress);
    if (!ib.isOk())
        return ib;
    return StepResult::ok(db.message + u' ' + ib.message);
}

} // namespace upgrade
