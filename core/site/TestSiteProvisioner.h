#pragma once

#include "profile/Profile.h"
#include "util/ProcessRunner.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace upgrade {

class Progress;
class SiteHealthProbe;

/// Step T3 in one call: copy the production site's folder to the test folder, rewrite its
/// ConnectionStrings.config (test database, own Redis number, paths), create the IIS site or
/// the systemd service, and wait until the test site answers healthy. Each part is its own
/// class (SiteFolderCopier, ConnectionStringsConfig, IisSiteProvisioner, LinuxSiteProvisioner,
/// SiteHealthWaiter); this only strings them together for the hosting the profile names.
/// Synchronous, for the worker thread; borrows the runner and the probe.
class TestSiteProvisioner
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::TestSiteProvisioner)
public:
    struct Options
    {
        QString appcmdPath; ///< empty: IisSiteProvisioner::defaultAppcmdPath()
        QString unitDirectory = QStringLiteral("/etc/systemd/system");
        QString systemctl = QStringLiteral("systemctl");
        QString stagingDirectory; ///< for a unit that cannot be installed directly
        QList<int> usedRedisDbs;  ///< of other sites on the same Redis
        int healthTimeoutMs = 10 * 60 * 1000;
        int healthIntervalMs = 5000;
    };
    struct Result
    {
        enum class Outcome { Done, ManualStepsNeeded, Failed, Cancelled };
        Outcome outcome = Outcome::Failed;
        QString message;            ///< translated
        QStringList changes;        ///< what was changed in the copy, translated
        QStringList manualCommands; ///< ManualStepsNeeded: run these as root, then wait again
    };

    TestSiteProvisioner(CommandRunner &runner, SiteHealthProbe &probe, Options options);

    Result provision(const Profile &profile, Progress &progress);

    /// The ConnectionStrings.config files of a site folder: the root one, and the one in
    /// BPMSoft.WebApp / Terrasoft.WebApp where there is one.
    static QStringList connectionStringsFiles(const QString &siteFolder);

private:
    CommandRunner &m_runner;
    SiteHealthProbe &m_probe;
    Options m_options;
};

} // namespace upgrade
