#include "TestSiteProvisioner.h"

#include "ConnectionStringsConfig.h"
#include "IisSiteProvisioner.h"
#include "LinuxSiteProvisioner.h"
#include "SiteFolderCopier.h"
#include "SiteHealthProbe.h"
#include "SiteHealthWaiter.h"
#include "util/Progress.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace upgrade {

TestSiteProvisioner::TestSiteProvisioner(CommandRunner &runner, SiteHealthProbe &probe,
                                         Options options)
    : m_runner(runner)
    , m_probe(probe)
    , m_options(std::move(options))
{}

QStringList TestSiteProvisioner::connectionStringsFiles(const QString &siteFolder)
{
    QStringList files;
    for (const QString &relative :
         {u"ConnectionStrings.config"_s, u"BPMSoft.WebApp/ConnectionStrings.config"_s,
          u"Terrasoft.WebApp/ConnectionStrings.config"_s}) {
        const QString path = QDir(siteFolder).filePath(relative);
        if (QFileInfo(path).isFile())
            files.append(path);
    }
    return files;
}

TestSiteProvisioner::Result TestSiteProvisioner::provision(const Profile &profile,
                                                           Progress &progress)
{
    Result result;
    const EnvironmentSettings &production = profile.production;
    const EnvironmentSettings &test = profile.test;
    if (test.hosting != Hosting::IisNetFramework && test.hosting != Hosting::NetCoreLinux) {
        result.message = tr("This program creates test sites on IIS and on Linux (.NET 8) only; "
                            "for \"%1\" hosting the test site comes from elsewhere.")
                                 .arg(toString(test.hosting));
        return result;
    }
    if (!test.database || test.database->name.isEmpty()) {
        result.message = tr("The test environment has no database name (database.name).");
        return result;
    }
    auto stopped = [&](const QString &message) {
        result.outcome =
                progress.isCancelled() ? Result::Outcome::Cancelled : Result::Outcome::Failed;
        result.message = message;
        return result;
    };

    // 0. Refusals first: nothing is copied for a site that could not be created.
    const QString folderProblem =
            SiteFolderCopier::checkTarget(production.site.folder, test.site.folder);
    if (!folderProblem.isEmpty())
        return stopped(folderProblem);
    IisSiteProvisioner iis(m_runner, m_options.appcmdPath.isEmpty()
                                             ? IisSiteProvisioner::defaultAppcmdPath()
                                             : m_options.appcmdPath);
    LinuxSiteProvisioner systemd(m_runner, {m_options.unitDirectory, m_options.systemctl,
                                            m_options.stagingDirectory, 120000});
    if (test.hosting == Hosting::IisNetFramework) {
        QString error;
        const auto inventory = iis.inventory(&error, progress.cancellation());
        if (!inventory)
            return stopped(error);
        const QString refusal = IisSiteProvisioner::plan(*inventory, production, test).refusal;
        if (!refusal.isEmpty())
            return stopped(refusal);
    } else {
        const QString refusal = systemd.check(production, test);
        if (!refusal.isEmpty())
            return stopped(refusal);
    }

    // 1. The folder.
    progress.setStatus(tr("Copying the production site folder..."));
    const SiteFolderCopier::Result copied =
            SiteFolderCopier::copy(production.site.folder, test.site.folder, progress);
    if (!copied.ok)
        return stopped(copied.message);

    // 2. Its connection strings.
    const QStringList configs = connectionStringsFiles(test.site.folder);
    if (configs.isEmpty())
        return stopped(tr("The copied site has no ConnectionStrings.config in %1.")
                               .arg(QDir::toNativeSeparators(test.site.folder)));
    for (const QString &path : configs) {
        QString error;
        auto config = ConnectionStringsConfig::load(path, &error);
        if (!config)
            return stopped(error);
        ConnectionStringsConfig::TestRetarget retarget;
        retarget.databaseName = test.database->name;
        retarget.databaseHost = test.database->host;
        retarget.databasePort = test.database->port;
        retarget.databaseUser = test.database->user;
        retarget.redisDb = test.site.redisDb;
        retarget.usedRedisDbs = m_options.usedRedisDbs;
        retarget.productionFolder = production.site.folder;
        retarget.testFolder = test.site.folder;
        QStringList changes;
        if (!config->retargetForTest(retarget, &changes, &error) || !config->save(path, &error))
            return stopped(error);
        for (const QString &change : changes) {
            const QString line = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), change);
            result.changes.append(line);
            progress.log(line);
        }
    }

    // 3. The hosting.
    if (test.hosting == Hosting::IisNetFramework) {
        QString error;
        if (!iis.createTestSite(production, test, progress, &error))
            return stopped(error);
    } else {
        const LinuxSiteProvisioner::Result r = systemd.provision(production, test, progress);
        if (r.outcome == LinuxSiteProvisioner::Result::Outcome::Failed)
            return stopped(r.message);
        if (r.outcome == LinuxSiteProvisioner::Result::Outcome::ManualStepsNeeded) {
            result.outcome = Result::Outcome::ManualStepsNeeded;
            result.message = r.message;
            result.manualCommands = r.manualCommands;
            return result;
        }
    }

    // 4. Up and healthy.
    const HealthWaitResult health = SiteHealthWaiter::waitUntilHealthy(
            m_probe, progress, m_options.healthTimeoutMs, m_options.healthIntervalMs);
    if (!health.healthy)
        return stopped(health.message);
    result.outcome = Result::Outcome::Done;
    result.message = tr("The test site %1 is ready: %2").arg(test.siteUrl, health.message);
    progress.log(result.message);
    return result;
}

} // namespace upgrade
