#include "BackupSpaceCheck.h"

#include <QDir>
#include <QLocale>

#include <cmath>

namespace upgrade {

qint64 BackupSpaceCheck::requiredBytes(qint64 estimatedBytes, double factor)
{
    return qint64(std::ceil(double(qMax<qint64>(estimatedBytes, 0)) * factor)) + MarginBytes;
}

DbError BackupSpaceCheck::check(const FreeSpaceProvider &provider, const QString &directory,
                                qint64 estimatedBytes, double factor, QString *note)
{
    const auto available = provider.availableBytes(directory);
    if (!available) {
        if (note)
            *note = tr("The free space in %1 could not be measured; the backup is attempted "
                       "anyway.")
                            .arg(QDir::toNativeSeparators(directory));
        return {};
    }
    const qint64 required = requiredBytes(estimatedBytes, factor);
    if (*available >= required)
        return {};
    return DbError(DbError::Code::NotEnoughSpace,
                   tr("Not enough free space for the backup in %1: about %2 is needed (the "
                      "database is %3), %4 is free. Free some space or choose another folder.")
                           .arg(QDir::toNativeSeparators(directory), formatBytes(required),
                                formatBytes(estimatedBytes), formatBytes(*available)));
}

QString BackupSpaceCheck::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace upgrade
