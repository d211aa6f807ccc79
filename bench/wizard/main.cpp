// upgrade-bench-wizard: measurement (e) of issue 9 — the real wizard driven through a whole
// rehearsal on the real sandbox; prints one JSON line. upgrade-bench runs it
// (docs/benchmarks.md). `--speed X`: the sandbox's simulated durations divided by X.
#include "SandboxEnvironmentLauncher.h"
#include "UpgradeWizard.h"
#include "WizardDriver.h"
#include "WizardServices.h"
#include "util/Log.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    // As bpmsoft-upgrade-wizard's main() does.
    QApplication::setApplicationName(u"bpmsoft-upgrade"_s);
    QApplication::setApplicationDisplayName(u"BPMSoft Connector Upgrade"_s);
    upgrade::Translations::install(u"en"_s);
    QCommandLineParser parser;
    const QCommandLineOption speed(u"speed"_s, u"As the wizard's --speed."_s, u"X"_s, u"1"_s);
    parser.addOption(speed);
    parser.process(app);
    upgrade::Log::init({});

    // As `bpmsoft-upgrade-wizard --sandbox --speed X` (app/wizard/main.cpp): the real services,
    // the real sandbox in this process (SandboxEnvironmentLauncher) and the real "upgrade"
    // plan; its test stage starts the test site as a bpmsoft-sandbox process next to this one.
    upgrade::wizard::WizardServices services = upgrade::wizard::WizardServices::defaults();
    services.sandbox = std::make_shared<upgrade::wizard::SandboxEnvironmentLauncher>(
            qMax(1.0, parser.value(speed).toDouble()));
    upgrade::wizard::UpgradeWizard wizard(services);
    upgrade::bench::WizardDriver driver(wizard, sinceStart, 10 * 60 * 1000);
    int exitCode = 1;
    driver.start([&](const upgrade::bench::WizardDriver::Result &r) {
        QJsonObject out{{u"ok"_s, r.ok},
                        {u"error"_s, r.error},
                        {u"firstPaintMs"_s, r.firstPaintMs},
                        {u"longestStallMs"_s, r.longestStallMs},
                        {u"peakResidentBytes"_s, r.peakResidentBytes},
                        {u"upgradeSeconds"_s, r.upgradeSeconds},
                        {u"pages"_s, QJsonArray::fromStringList(r.pages)}};
        std::fprintf(stdout, "%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        exitCode = r.ok ? 0 : 1;
        QApplication::quit();
    });
    app.exec();
    upgrade::Log::shutdown();
    return exitCode;
}
