// bpmsoft-upgrade: the command line. All of it is in cli/CommandLine.
#include "CommandLine.h"
#include "QtPdfRenderer.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // PDF reports need Qt's font system, i.e. a QGuiApplication (offscreen: no display needed);
    // every other command runs on a plain QCoreApplication.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (upgrade::cli::CommandLine::needsGuiApplication(rawArguments)) {
        upgrade::QtPdfRenderer::prepareEnvironment();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    upgrade::QtPdfRenderer::install();
    QCoreApplication::setApplicationName(QStringLiteral("bpmsoft-upgrade"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UPGRADE_VERSION));
    return upgrade::cli::CommandLine().exec(QCoreApplication::arguments());
}
