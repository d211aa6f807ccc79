// bpmsoft-upgrade-wizard: the desktop wizard.
//
// Where the real services plug in (WizardServices, wizard/WizardServices.h): the Connections
// page's Check buttons (connectionChecker), the installed versions (installedPackages), the
// run's core services (runServices), the report and support bundle (reports), the cloud
// requests (supportRequests) and the sandbox (sandbox) — replace the defaults below when the
// BPMSoft, database, 1C, site and report modules are merged.
#include "EventLoopWatchdog.h"
#include "SandboxLauncher.h"
#include "ScreenshotTour.h"
#include "StateIcons.h"
#include "UpgradeWizard.h"
#include "WelcomeViewModel.h"
#include "WizardServices.h"
#include "util/Log.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"bpmsoft-upgrade"_s);
    QApplication::setApplicationDisplayName(u"BPMSoft Connector Upgrade"_s);
    QApplication::setApplicationVersion(QStringLiteral(UPGRADE_VERSION));
    QApplication::setWindowIcon(upgrade::wizard::StateIcons::application());

    QCommandLineParser parser;
    const QCommandLineOption sandbox(
            u"sandbox"_s, QApplication::translate("main", "Rehearse on the embedded sandbox."));
    const QCommandLineOption scenario(
            u"scenario"_s, QApplication::translate("main", "The sandbox scenario."), u"NAME"_s);
    const QCommandLineOption lang(
            u"lang"_s, QApplication::translate("main", "ru or en; default: the system's."),
            u"LANG"_s);
    const QCommandLineOption profile(
            u"profile"_s, QApplication::translate("main", "Open this profile."), u"FILE"_s);
    QCommandLineOption screenshots(u"screenshots"_s,
                                   u"Write every page to DIR (scripts/screenshots)."_s, u"DIR"_s);
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({sandbox, scenario, lang, profile, screenshots});
    parser.process(app);
    QTextStream err(stderr);

    upgrade::wizard::WelcomeViewModel::installLanguage(parser.value(lang));

    if (parser.isSet(screenshots)) {
        // One look for every page, whatever the desktop's theme.
        QApplication::setStyle(u"Fusion"_s);
        const auto result =
                upgrade::wizard::ScreenshotTour::run(parser.value(screenshots), {u"en"_s, u"ru"_s});
        for (const QString &file : result.files)
            err << QDir::toNativeSeparators(file) << Qt::endl;
        for (const QString &problem : result.problems)
            err << u"PROBLEM "_s << problem << Qt::endl;
        return result.problems.isEmpty() ? 0 : 1;
    }

    upgrade::Log::init({});
    upgrade::wizard::EventLoopWatchdog watchdog(100, 1000);
    watchdog.start();

    upgrade::wizard::WizardServices services = upgrade::wizard::WizardServices::defaults();
    upgrade::wizard::UpgradeWizard wizard(services);
    upgrade::wizard::WelcomeViewModel *welcome = wizard.welcomeModel();
    if (parser.isSet(sandbox)) {
        const QString name = parser.value(scenario);
        if (!name.isEmpty() && !welcome->scenarios().contains(name)) {
            err << QApplication::translate("main", "Unknown scenario \"%1\". Known: %2.")
                            .arg(name, welcome->scenarios().join(u", "_s))
                << Qt::endl;
            return 2;
        }
        welcome->setMode(upgrade::wizard::WelcomeViewModel::Sandbox);
        if (!name.isEmpty())
            welcome->setScenario(name);
        welcome->loadRecentProfiles(false);
        welcome->startSandbox(); // in-process, in the background; Next goes on when it is ready
    } else {
        welcome->loadRecentProfiles(!parser.isSet(profile));
        if (parser.isSet(profile))
            welcome->openProfile(QFileInfo(parser.value(profile)).absoluteFilePath());
    }
    QObject::connect(&wizard, &QWizard::finished, &app, &QApplication::quit);
    wizard.show();
    return app.exec();
}
