#include "PartialFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace upgrade {

PartialFile::PartialFile(QString finalPath)
    : m_finalPath(std::move(finalPath))
{}

PartialFile::~PartialFile()
{
    if (!m_committed)
        discard();
}

bool PartialFile::prepare(QString *error)
{
    const QString tmp = temporaryPath();
    if (QFileInfo::exists(tmp) && !QFile::remove(tmp)) {
        if (error)
            *error = tr("The unfinished file %1 of an earlier attempt cannot be removed.")
                             .arg(QDir::toNativeSeparators(tmp));
        return false;
    }
    return true;
}

bool PartialFile::syncToDisk(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_WIN
    return _commit(f.handle()) == 0;
#else
    return ::fsync(f.handle()) == 0;
#endif
}

bool PartialFile::commit(bool overwrite, QString *error)
{
    const QString tmp = temporaryPath();
    if (!syncToDisk(tmp)) {
        if (error)
            *error = tr("The backup %1 could not be written to the disk completely.")
                             .arg(QDir::toNativeSeparators(tmp));
        return false;
    }
    if (QFileInfo::exists(m_finalPath)) {
        if (!overwrite || !QFile::remove(m_finalPath)) {
            if (error)
                *error = tr("The file %1 already exists.")
                                 .arg(QDir::toNativeSeparators(m_finalPath));
            return false;
        }
    }
    if (!QFile::rename(tmp, m_finalPath)) {
        if (error)
            *error = tr("The finished backup could not be renamed from %1 to %2.")
                             .arg(QDir::toNativeSeparators(tmp),
                                  QDir::toNativeSeparators(m_finalPath));
        return false;
    }
    m_committed = true;
    return true;
}

void PartialFile::discard()
{
    const QString tmp = temporaryPath();
    const QFileInfo info(tmp);
    if (info.isDir())
        QDir(tmp).removeRecursively();
    else if (info.exists() || info.isSymLink())
        QFile::remove(tmp);
}

} // namespace upgrade
