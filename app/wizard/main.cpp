// bpmsoft-upgrade-wizard: the desktop wizard.
#include "UpgradeWizard.h"
#include "WelcomeViewModel.h"
#include "util/Log.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"bpmsoft-upgrade"_s);
    QApplication::setApplicationDisplayName(u"BPMSoft Connector Upgrade"_s);
    QApplication::setApplicationVersion(QStringLiteral(UPGRADE_VERSION));

    QCommandLineParser parser;
    const QCommandLineOption sandbox(
            u"sandbox"_s, QApplication::translate("main", "Rehearse on the embedded sandbox."));
    const QCommandLineOption scenario(
            u"scenario"_s, QApplication::translate("main", "The sandbox scenario."), u"NAME"_s);
    const QCommandLineOption lang(
            u"lang"_s, QApplication::translate("main", "ru or en; default: the system's."),
            u"LANG"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({sandbox, scenario, lang});
    parser.process(app);

    upgrade::Translations::install(parser.value(lang));
    upgrade::Log::init({});

    upgrade::wizard::UpgradeWizard wizard;
    if (parser.isSet(sandbox))
        wizard.welcomeModel()->setMode(upgrade::wizard::WelcomeViewModel::Sandbox);
    wizard.show();
    return app.exec();
}
