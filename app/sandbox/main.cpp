// bpmsoft-sandbox: the simulated BPMSoft site and 1C, for the demo, training and tests.
#include "CompanionSiteWatcher.h"
#include "SandboxEnvironment.h"
#include "SandboxOptions.h"
#include "util/Log.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace {

std::atomic<int> stopSignal{0};

void onSignal(int signal)
{
    stopSignal.store(signal);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bpmsoft-sandbox"));
    upgrade::Translations::install();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = app.arguments();
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        out << upgrade::sandbox::SandboxOptions::helpText();
        return 0;
    }
    QString error;
    const auto options = upgrade::sandbox::SandboxOptions::parse(arguments, &error);
    if (!options) {
        err << error << Qt::endl << upgrade::sandbox::SandboxOptions::helpText();
        return 2;
    }
    upgrade::LogOptions logOptions;
    logOptions.directory = options->directory + QStringLiteral("/logs");
    logOptions.baseName = QStringLiteral("bpmsoft-sandbox");
    logOptions.console = false;
    logOptions.bus = false;
    upgrade::Log::init(logOptions);

    upgrade::sandbox::SandboxEnvironment sandbox(*options);
    if (!sandbox.start(&error)) {
        err << QCoreApplication::translate("upgrade::sandbox::SandboxEnvironment",
                                           "The sandbox did not start: %1")
                        .arg(error)
            << Qt::endl;
        return 1;
    }
    const auto &info = sandbox.info();
    out << QCoreApplication::translate("upgrade::sandbox::SandboxEnvironment",
                                       "BPMSoft sandbox site (%1, %2, scenario %3): %4")
                    .arg(options->role, options->hosting, sandbox.scenario()->name(),
                         info.siteUrl.toString())
        << Qt::endl;
    if (!options->siteOnly) {
        out << QCoreApplication::translate("upgrade::sandbox::SandboxEnvironment",
                                           "1C OData (production infobase): %1")
                        .arg(info.productionODataUrl.toString())
            << Qt::endl;
        out << QCoreApplication::translate("upgrade::sandbox::SandboxEnvironment",
                                           "Profile: %1\nSecrets: %2\nPackage archive: %3")
                        .arg(info.profilePath, info.secretsPath, info.archivePath)
            << Qt::endl;
    }
    out << QCoreApplication::translate("upgrade::sandbox::SandboxEnvironment",
                                       "Press Ctrl+C to stop.")
        << Qt::endl;
    out.flush();

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, []() {
        if (stopSignal.load() != 0)
            QCoreApplication::quit();
    });
    poll.start(100);
    upgrade::sandbox::CompanionSiteWatcher companion(options->exitWith);
    if (options->exitWith.isValid()) {
        QObject::connect(&companion, &upgrade::sandbox::CompanionSiteWatcher::gone, &app,
                         &QCoreApplication::quit);
        companion.start();
    }
    app.exec();
    sandbox.stop();
    out << QCoreApplication::translate("upgrade::sandbox::SandboxEnvironment", "Stopped.")
        << Qt::endl;
    upgrade::Log::shutdown();
    return 0;
}
