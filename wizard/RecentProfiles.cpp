#include "RecentProfiles.h"

#include "util/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

QString RecentProfiles::filePath()
{
    return QDir(AppPaths::dataDir()).filePath(u"recent-profiles.json"_s);
}

namespace {

QStringList readAll()
{
    QFile file(RecentProfiles::filePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList paths;
    const QJsonArray list =
            QJsonDocument::fromJson(file.read(1 << 20)).object().value(u"profiles"_s).toArray();
    for (const QJsonValue &v : list)
        if (v.isString() && !v.toString().isEmpty())
            paths << v.toString();
    return paths;
}

} // namespace

QStringList RecentProfiles::load()
{
    QStringList paths;
    for (const QString &path : readAll())
        if (QFileInfo(path).isFile() && !paths.contains(path))
            paths << path;
    return paths.mid(0, MaxEntries);
}

bool RecentProfiles::add(const QString &profilePath)
{
    const QString path = QFileInfo(profilePath).absoluteFilePath();
    QStringList paths = readAll();
    paths.removeAll(path);
    paths.prepend(path);
    QJsonArray list;
    for (const QString &p : paths.mid(0, MaxEntries))
        list.append(p);
    if (!AppPaths::ensureDir(AppPaths::dataDir(), nullptr))
        return false;
    QSaveFile file(filePath());
    return file.open(QIODevice::WriteOnly) &&
           file.write(QJsonDocument(QJsonObject{{u"profiles"_s, list}}).toJson()) >= 0 &&
           file.commit();
}

} // namespace upgrade::wizard
