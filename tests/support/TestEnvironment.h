#pragma once

#include <QString>
#include <QTemporaryDir>

namespace upgrade::test {

/// Paths and settings that CTest passes to the tests (upgrade_add_test).
class TestEnvironment
{
public:
    static QString binDir();    ///< where bpmsoft-upgrade, bpmsoft-sandbox ... are
    static QString sourceDir(); ///< the repository root
    static QString executable(const QString &name);
    /// Points BPMSOFT_UPGRADE_HOME at a fresh temporary folder for this process, so that
    /// tests never write into the user's real data folder. Called by the test mains.
    static void isolateHome();
    static QString home();
};

} // namespace upgrade::test
