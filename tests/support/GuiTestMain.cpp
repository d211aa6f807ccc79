// gtest main with a QApplication, for the wizard's tests (offscreen or under Xvfb).
#include "TestEnvironment.h"
#include "util/Translations.h"

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bpmsoft-upgrade-tests"));
    upgrade::test::TestEnvironment::isolateHome();
    upgrade::Translations::install(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
