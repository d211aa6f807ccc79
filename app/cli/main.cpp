// bpmsoft-upgrade: the command line. All of it is in cli/CommandLine.
#include "CommandLine.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bpmsoft-upgrade"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UPGRADE_VERSION));
    return upgrade::cli::CommandLine().exec(QCoreApplication::arguments());
}
