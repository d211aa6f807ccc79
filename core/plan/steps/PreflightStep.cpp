#include "PreflightStep.h"

#include "StepSupport.h"

#include "plan/Context.h"
#include "plan/RunServices.h"

#include "bpmsoft/BpmSoftClient.h"
#include "database/BackupSpaceCheck.h"
#include "database/DbAdmin.h"
#include "database/SystemFreeSpace.h"
#include "onec/OneCODataCheck.h"
#include "package/PackageArchiveReader.h"
#include "package/PackageComparison.h"
#include "package/PackageVersion.h"
#include "profile/SecretKeys.h"
#include "report/RunValues.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace upgrade {

QString PreflightStep::id() const
{
    return u"preparation.preflight"_s;
}

QString PreflightStep::title() const
{
    return tr("Check versions, the package, disk space and connections");
}

QString PreflightStep::description() const
{
    return tr("These upgrade recommendations are meant for users of BPMSoft version 1.1 and "
              "newer.");
}

StepTarget PreflightStep::target() const
{
    return {EnvironmentKind::Production,
            StepTarget::Site | StepTarget::Database | StepTarget::Infobase};
}

QJsonObject PreflightStep::comparePackages(const Context &context, Progress &progress,
                                           Requirements &r) const
{
    QJsonObject summary;
    const QString path = StepSupport::archivePath(context.profile());
    if (path.isEmpty()) {
        r.block(tr("The profile names no package archive."),
                tr("Set packageArchive in the profile to the archive the vendor gave you."),
                u"preflight.archive"_s);
        return summary;
    }
    const PackageArchiveReader::Result archive = PackageArchiveReader().read(path, progress);
    if (!archive.ok()) {
        r.block(tr("The package archive %1 is not valid: %2")
                        .arg(QDir::toNativeSeparators(path), archive.error.message),
                tr("Ask the vendor for the archive again; do not install a damaged one."),
                u"preflight.archive"_s);
        return summary;
    }
    QString error;
    RunServices *s = StepSupport::services(context, &error);
    std::unique_ptr<BpmSoftClient> client =
            s ? s->client(EnvironmentKind::Production, &error) : nullptr;
    if (!client) {
        r.block(error, tr("Check the profile and the secrets."), u"preflight.site"_s);
        return summary;
    }
    if (!client->login(progress)) {
        r.block(tr("Cannot log in to the production site: %1").arg(client->lastError().message),
                tr("Check the site address, the user and the password, and that the site is "
                   "running."),
                u"preflight.site"_s);
        return summary;
    }
    if (const auto version = client->platformVersion(progress)) {
        const auto parsed = PackageVersion::parse(version->version);
        if (!parsed || *parsed < *PackageVersion::parse(u"1.1"_s))
            r.block(tr("The production site runs BPMSoft %1; the connector's upgrade needs "
                       "BPMSoft 1.1 or newer.")
                            .arg(version->version),
                    tr("Upgrade BPMSoft first."), u"preflight.version"_s);
        else
            progress.log(tr("BPMSoft version: %1").arg(version->version));
    } else {
        r.warn(tr("The BPMSoft version could not be read: %1").arg(client->lastError().message),
               tr("Make sure the site runs BPMSoft 1.1 or newer."), u"preflight.version"_s);
    }
    QList<InstalledPackage> installed;
    if (const auto read = client->installedPackages(progress))
        installed = *read;
    else
        r.warn(tr("The installed packages could not be read: %1").arg(client->lastError().message),
               tr("Check the user's rights to the configuration."), u"preflight.packages"_s);
    const QList<PackageChange> changes =
            PackageComparison::compare(archive.archive->packages, installed);
    bool anyNewer = false;
    for (const PackageChange &c : changes) {
        const QString old = c.installed ? c.installed->version : QString();
        anyNewer = anyNewer || c.kind == PackageChangeKind::Upgrade ||
                   c.kind == PackageChangeKind::New;
        if (c.kind == PackageChangeKind::Downgrade)
            r.block(tr("The archive brings %1 %2, older than the installed %3.")
                            .arg(c.package.name, c.package.version, old),
                    tr("Use the newer archive from the vendor."), u"preflight.downgrade"_s);
        if (c.uidDiffers)
            r.block(tr("The site has another package named %1 (another UId): installing would "
                       "mix two packages up.")
                            .arg(c.package.name),
                    tr("Ask the vendor which package the site has; do not install over it."),
                    u"preflight.uid"_s);
        progress.log(tr("Package %1: installed %2, archive %3 (%4)")
                             .arg(c.package.name, old.isEmpty() ? tr("none") : old,
                                  c.package.version, PackageComparison::describe(c.kind)));
    }
    if (!anyNewer)
        r.block(tr("The archive is not newer than what the production site has installed."),
                tr("Check that you have the right archive; nothing needs to be installed."),
                u"preflight.not-newer"_s);
    return RunValues::toJson(RunValues::summarize(*archive.archive, changes));
}

Requirements PreflightStep::check(const Context &context) const
{
    Requirements r;
    LogProgress progress;
    const Profile &profile = context.profile();
    if (profile.production.hosting == Hosting::Cloud)
        r.warn(tr("The production site is in the cloud: the databases and 1C cannot be backed up "
                  "by this program."),
               tr("Ask the hosting provider's support desk for a test environment with a current "
                  "copy of production and to agree the upgrade plan."),
               u"preflight.cloud"_s);
    comparePackages(context, progress, r);

    QString error;
    RunServices *s = StepSupport::services(context, &error);
    if (!s)
        return r.block(error, {}, u"preflight.services"_s);
    if (profile.production.database) {
        std::unique_ptr<DbAdmin> db = s->database(EnvironmentKind::Production, &error);
        if (!db) {
            r.block(error, tr("Check the database settings and password."),
                    u"preflight.database"_s);
        } else if (const auto f = db->fingerprint(QStringList()); !f.ok()) {
            r.block(tr("Cannot reach %1: %2").arg(db->describe(), f.error.message()),
                    tr("Check that the database server runs and the login is right."),
                    u"preflight.database"_s);
        } else if (const DbResult<qint64> size = db->databaseSize(); size.ok()) {
            // Both backups (for the test copy and before production) and the test copy itself.
            QString note;
            const QString folder = StepSupport::backupFolder(context, EnvironmentKind::Production);
            const DbError space =
                    BackupSpaceCheck::check(SystemFreeSpace(), folder, size.value * 3, 1.0, &note);
            if (space.isError())
                r.block(space.message(),
                        tr("Free disk space or set another backupFolder in the profile."),
                        u"preflight.disk-space"_s);
            else if (!note.isEmpty())
                r.warn(note, tr("Make sure there is room for two backups and the test copy."),
                       u"preflight.disk-space"_s);
        }
    }
    const OneCSettings &onec = profile.production.onec;
    if (!onec.odataUrl.isEmpty()) {
        QString password = s->secret(EnvironmentKind::Production, SecretKeys::OData);
        if (password.isEmpty())
            password = s->secret(EnvironmentKind::Production, SecretKeys::OneC);
        const ODataCheckResult odata = OneCODataCheck::check(
                onec.odataUrl, onec.odataUser.isEmpty() ? onec.user : onec.odataUser, password,
                progress.cancellation());
        if (!odata.ok())
            r.block(tr("The production 1C does not answer: %1").arg(odata.message),
                    tr("Check the 1C publication's address, user and password."),
                    u"preflight.onec"_s);
    } else {
        r.warn(tr("No 1C OData address in the profile: the 1C connection is not checked."),
               tr("Add onec.odataUrl to the profile."), u"preflight.onec"_s);
    }
    return r;
}

StepResult PreflightStep::run(Context &context, Progress &progress)
{
    Requirements r;
    const QJsonObject summary = comparePackages(context, progress, r);
    context.setValue(RunValues::packageArchiveKey(), summary);
    const qsizetype packages = summary.value(u"packages"_s).toArray().size();
    if (r.isBlocked())
        return StepResult::failed(r.findings.first().message, r.findings.first().howToFix);
    return StepResult::ok(tr("Ready: %n package(s) to install.", nullptr, int(packages)));
}

} // namespace upgrade
