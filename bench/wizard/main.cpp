// upgrade-bench-wizard: measurement (e) of issue 9 — the real wizard driven through a whole
// rehearsal; prints one JSON line. upgrade-bench runs it (docs/benchmarks.md).
#include "UpgradeWizard.h"
#include "WizardDriver.h"
#include "WizardServices.h"
#include "util/Log.h"
#include "util/Translations.h"

#include <QApplication>
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
    upgrade::Log::init({});

    upgrade::wizard::UpgradeWizard wizard(upgrade::wizard::WizardServices::defaults());
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
