#include "SystemFreeSpace.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace upgrade {

std::optional<qint64> SystemFreeSpace::availableBytes(const QString &directory) const
{
    QString path = QFileInfo(directory).absoluteFilePath();
    // The folder may not exist yet: measure the volume of its nearest existing parent.
    while (!path.isEmpty() && !QFileInfo::exists(path)) {
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path)
            break;
        path = parent;
    }
    const QStorageInfo info(path);
    if (!info.isValid() || !info.isReady())
        return std::nullopt;
    return info.bytesAvailable();
}

} // namespace upgrade
