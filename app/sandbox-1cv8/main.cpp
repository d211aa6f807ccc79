// bpmsoft-sandbox-1cv8: the sandbox's 1C Designer stand-in. Accepts the 1cv8 arguments the
// wizard uses (DESIGNER /F /N /P /Out /DumpIB|/RestoreIB /UC, /@ FILE, CREATEINFOBASE File=)
// and dumps or restores the sandbox's file infobase, so the real process code runs in tests
// and in the demo. docs/onec.md describes it.
#include "DesignerStandIn.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    arguments.removeFirst();
    return upgrade::sandbox::DesignerStandIn(upgrade::sandbox::DesignerArguments::parse(arguments))
            .run();
}
