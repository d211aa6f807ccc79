#include "RunFolders.h"

#include "Journal.h"

#include "util/AppPaths.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace upgrade {

QString RunFolders::profileFolder(const Profile &profile)
{
    const QString base = profile.workFolder.isEmpty() ? AppPaths::journalDir() : profile.workFolder;
    QString slug = QFileInfo(profile.filePath).completeBaseName();
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    slug.replace(unsafe, u"-"_s);
    if (slug.isEmpty() || slug.startsWith(u'.'))
        slug = u"profile"_s;
    return QDir(base).filePath(slug);
}

QString RunFolders::newRunDirectory(const Profile &profile)
{
    const QDir folder(profileFolder(profile));
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString path = folder.filePath(stamp);
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = folder.filePath(u"%1-%2"_s.arg(stamp).arg(i));
    return path;
}

QStringList RunFolders::runDirectories(const Profile &profile)
{
    const QDir folder(profileFolder(profile));
    QStringList runs;
    const QStringList names =
            folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &name : names)
        if (Journal::exists(folder.filePath(name)))
            runs << folder.filePath(name);
    return runs;
}

QString RunFolders::newRunId()
{
    return u"%1-%2"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s))
            .arg(QRandomGenerator::global()->generate() & 0xffff, 4, 16, QLatin1Char('0'));
}

} // namespace upgrade
