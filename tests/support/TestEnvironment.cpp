#include "TestEnvironment.h"

#include <QDir>

#include <memory>

using namespace Qt::StringLiterals;

namespace upgrade::test {

namespace {
std::unique_ptr<QTemporaryDir> homeDir;
}

QString TestEnvironment::binDir()
{
    return qEnvironmentVariable("BPMSOFT_UPGRADE_BIN_DIR");
}

QString TestEnvironment::sourceDir()
{
    return qEnvironmentVariable("BPMSOFT_UPGRADE_SOURCE_DIR");
}

QString TestEnvironment::executable(const QString &name)
{
#ifdef Q_OS_WIN
    return QDir(binDir()).filePath(name + u".exe"_s);
#else
    return QDir(binDir()).filePath(name);
#endif
}

void TestEnvironment::isolateHome()
{
    homeDir = std::make_unique<QTemporaryDir>();
    qputenv("BPMSOFT_UPGRADE_HOME", homeDir->path().toLocal8Bit());
}

QString TestEnvironment::home()
{
    return homeDir ? homeDir->path() : QString();
}

} // namespace upgrade::test
