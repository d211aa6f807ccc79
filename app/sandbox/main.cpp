// bpmsoft-sandbox: the simulated BPMSoft site and 1C, for the demo, training and tests.
#include "SandboxOptions.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bpmsoft-sandbox"));
    QTextStream err(stderr);
    QString error;
    const auto options = upgrade::sandbox::SandboxOptions::parse(app.arguments(), &error);
    if (!options) {
        err << error << Qt::endl << upgrade::sandbox::SandboxOptions::helpText();
        return 2;
    }
    err << upgrade::sandbox::SandboxOptions::helpText();
    return 2; // the site itself arrives with the sandbox issue
}
