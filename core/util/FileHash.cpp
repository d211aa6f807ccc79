#include "FileHash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace upgrade {

std::optional<QString> FileHash::sha256(const QString &path, const Cancellation &cancel,
                                        const std::function<void(qint64, qint64)> &onProgress,
                                        QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("upgrade::FileHash", "Cannot read %1: %2.")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 total = file.size();
    qint64 done = 0;
    QByteArray block(4 * 1024 * 1024, Qt::Uninitialized);
    while (true) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0) {
            if (error)
                *error = QCoreApplication::translate("upgrade::FileHash", "Cannot read %1: %2.")
                                 .arg(QDir::toNativeSeparators(path), file.errorString());
            return std::nullopt;
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
        done += n;
        if (onProgress)
            onProgress(done, total);
        if (cancel.isCancelled()) {
            if (error)
                *error = QCoreApplication::translate("upgrade::FileHash", "Cancelled.");
            return std::nullopt;
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace upgrade
