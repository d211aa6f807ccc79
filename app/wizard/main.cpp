// bpmsoft-upgrade-wizard: the desktop wizard.
//
// Where the services plug in (WizardServices, wizard/WizardServices.h): the Connections page's
// Check buttons (connectionChecker), the installed versions (installedPackages), the run's core
// services (runServices) and the sandbox (sandbox). Reports, the support bundle and the cloud
// requests come from core/report; PDF reports need the renderer installed below.
#include "EventLoopWatchdog.h"
#include "SandboxEnvironmentLauncher.h"
#include "SandboxLauncher.h"
#include "ScreenshotTour.h"
#include "StateIcons.h"
#include "UpgradeWizard.h"
#include "WelcomeViewModel.h"
#include "WizardServices.h"

#include "QtPdfRenderer.h"
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
    const QCommandLineOption speed(
            u"speed"_s,
            QApplication::translate("main",
                                    "With --sandbox: divide the sandbox's simulated durations "
                                    "by X (default 1)."),
            u"X"_s, u"1"_s);
    QCommandLineOption screenshots(u"screenshots"_s,
                                   u"Write every page to DIR (scripts/screenshots)."_s, u"DIR"_s);
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({sandbox, scenario, speed, lang, profile, screenshots});
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
    // report.pdf next to report.json and report.html (laid out on this, the GUI, thread).
    upgrade::QtPdfRenderer::install();
    upgrade::wizard::EventLoopWatchdog watchdog(100, 1000);
    watchdog.start();

    upgrade::wizard::WizardServices services = upgrade::wizard::WizardServices::defaults();
    // The real sandbox (sandbox::SandboxEnvironment, in this process) and the real "upgrade"
    // plan on it; the sample launcher stays for the fast GUI flow tests.
    bool speedOk = false;
    const double sandboxSpeed = parser.value(speed).toDouble(&speedOk);
    if (!speedOk || sandboxSpeed <= 0) {
        err << QApplication::translate("main", "--speed wants a positive number, not \"%1\".")
                        .arg(parser.value(speed))
            << Qt::endl;
        return 2;
    }
    services.sandbox = std::make_shared<upgrade::wizard::SandboxEnvironmentLauncher>(sandboxSpeed);
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
