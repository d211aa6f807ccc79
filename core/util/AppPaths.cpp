#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace upgrade {

QString AppPaths::dataDir()
{
    const QString overridden = qEnvironmentVariable("BPMSOFT_UPGRADE_HOME");
    if (!overridden.isEmpty())
        return QDir::cleanPath(overridden);
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (dir.isEmpty())
        dir = QDir::home().filePath(u".bpmsoft-upgrade"_s);
    return dir;
}

QString AppPaths::logDir()
{
    return dataDir() + u"/logs"_s;
}

QString AppPaths::journalDir()
{
    return dataDir() + u"/runs"_s;
}

bool AppPaths::ensureDir(const QString &path, QString *error)
{
    if (QDir().mkpath(path))
        return true;
    if (error)
        *error = QCoreApplication::translate("upgrade::AppPaths", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(path));
    return false;
}

} // namespace upgrade
