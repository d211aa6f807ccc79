#include "InstallPackageStep.h"

#include "StepSupport.h"

#include "plan/Context.h"
#include "plan/RunServices.h"

#include "bpmsoft/BpmSoftClient.h"
#include "package/PackageArchiveReader.h"
#include "report/RunValues.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace upgrade {

QString InstallPackageStep::id() const
{
    return m_environment == EnvironmentKind::Test ? u"test.install-package"_s
                                                  : u"production.install-package"_s;
}

QString InstallPackageStep::title() const
{
    return m_environment == EnvironmentKind::Test ? tr("Install the package on the test site")
                                                  : tr("Install the package on production");
}

QString InstallPackageStep::description() const
{
    return tr("To install packages, go to [System Designer] and choose [Installed "
              "applications]. On the [Installed applications] page click [Install from file] and "
              "give the archive you were provided. Updating the package takes about 10 minutes.");
}

StepTarget InstallPackageStep::target() const
{
    return {m_environment, StepTarget::Site | StepTarget::Database};
}

QList<ArtifactSpec> InstallPackageStep::backupsNeeded() const
{
    if (isCloud())
        return cloudBackups(m_environment);
    const QString db = QString::fromUtf16(ArtifactKind::DatabaseBackup);
    const QString ib = QString::fromUtf16(ArtifactKind::InfobaseBackup);
    if (m_environment == EnvironmentKind::Test)
        return {{db, EnvironmentKind::Production}};
    return {{db, EnvironmentKind::Production}, {ib, EnvironmentKind::Production}};
}

StepResult InstallPackageStep::run(Context &context, Progress &progress)
{
    QString error;
    RunServices *s = StepSupport::services(context, &error);
    std::unique_ptr<BpmSoftClient> client = s ? s->client(m_environment, &error) : nullptr;
    if (!client)
        return StepResult::failed(error);
    const QString env = toString(m_environment);
    const QString archivePath = StepSupport::archivePath(context.profile());
    const PackageArchiveReader::Result archive = PackageArchiveReader().read(archivePath, progress);
    if (!archive.ok())
        return StepResult::failed(
                tr("The package archive %1 is not valid: %2")
                        .arg(QDir::toNativeSeparators(archivePath), archive.error.message));
    if (!client->login(progress))
        return StepResult::failed(
                tr("Cannot log in to the %1 site: %2").arg(env, client->lastError().message),
                client->lastError().details);
    const auto before = StepSupport::installedVersions(*client, progress, &error);
    if (!before)
        return StepResult::failed(tr("The installed packages could not be read: %1").arg(error));
    context.setValue(env + u".versions-before"_s, *before);

    progress.setStatus(tr("Uploading %1").arg(QFileInfo(archivePath).fileName()));
    const auto uploaded = client->uploadPackage(archivePath, progress);
    if (!uploaded)
        return StepResult::failed(tr("The archive could not be uploaded to the %1 site: %2")
                                          .arg(env, client->lastError().message),
                                  client->lastError().details);
    progress.setStatus(tr("Installing the package (about 10 minutes on a real site)"));
    const InstallOutcome outcome = client->installPackage(*uploaded, progress);
    if (outcome.status == InstallOutcome::Status::Cancelled)
        return StepResult::cancelled(outcome.message);
    if (!outcome.isSuccess())
        return StepResult::failed(tr("The installation on the %1 site failed: %2 %3")
                                          .arg(env, outcome.message, outcome.errors.join(u"; "_s)),
                                  outcome.responseDetails + u"\n\n"_s + outcome.log);
    for (const QString &w : outcome.warnings)
        progress.log(tr("Installation warning: %1").arg(w));

    progress.setStatus(tr("Restarting the %1 site").arg(env));
    if (!client->restart(progress))
        progress.log(
                tr("The restart request was not confirmed: %1").arg(client->lastError().message));
    if (!client->waitUntilReady(progress))
        return StepResult::failed(tr("The %1 site did not come back after the restart: %2 Check "
                                     "the site (IIS / the service) and its log.")
                                          .arg(env, client->lastError().message),
                                  client->lastError().details);
    QJsonArray afterList;
    const auto after = StepSupport::installedVersions(*client, progress, &error, &afterList);
    if (!after)
        return StepResult::failed(tr("The installed packages could not be read after the "
                                     "install: %1")
                                          .arg(error));
    context.setValue(env + u".versions-after"_s, *after);
    context.setValue(RunValues::installedPackagesKey(context.stage()), afterList);
    QStringList wrong;
    for (const PackageInfo &p : archive.archive->packages) {
        const QString now = after->value(p.name).toString();
        progress.log(tr("%1: %2 → %3").arg(p.name, before->value(p.name).toString(), now));
        if (now != p.version)
            wrong << tr("%1 is at %2 instead of %3")
                             .arg(p.name, now.isEmpty() ? tr("none") : now, p.version);
    }
    if (!wrong.isEmpty())
        return StepResult::failed(tr("The installation reported success, but %1. Look at the "
                                     "installation log.")
                                          .arg(wrong.join(u", "_s)),
                                  outcome.log);
    return StepResult::ok(tr("The package was installed on the %1 site; the site is healthy and "
                             "every package has the archive's version.")
                                  .arg(env));
}

} // namespace upgrade
