// gtest main with a QCoreApplication, for tests of core/ and the CLI.
#include "TestEnvironment.h"
#include "util/Translations.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bpmsoft-upgrade-tests"));
    upgrade::test::TestEnvironment::isolateHome();
    upgrade::Translations::install(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
