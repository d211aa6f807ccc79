#include "SandboxDtArchive.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace Qt::StringLiterals;

// The texts here imitate what the Russian 1C:Enterprise Designer writes: simulated tool
// output (data), not this program's user interface, hence not translated.

namespace upgrade::sandbox {

namespace {

const QString ManifestName = u"manifest.json"_s;
const QString DataName = u"infobase.sqlite"_s;
constexpr qint64 BlockSize = 1024 * 1024;

QString sha256Of(const QString &path, qint64 *size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    if (size)
        *size = file.size();
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

bool SandboxDtArchive::write(const QString &sqlitePath, const QString &sourceName,
                             const QString &dtPath, QString *error)
{
    qint64 size = 0;
    const QString digest = sha256Of(sqlitePath, &size);
    QFile data(sqlitePath);
    if (digest.isEmpty() || !data.open(QIODevice::ReadOnly)) {
        *error = u"Ошибка чтения данных информационной базы: %1"_s.arg(data.errorString());
        return false;
    }
    QuaZip zip(dtPath);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = u"Ошибка создания файла выгрузки %1 (код %2)"_s.arg(dtPath).arg(zip.getZipError());
        return false;
    }
    const QJsonObject manifest{
            {u"magic"_s, QString::fromUtf16(Magic)},
            {u"format"_s, FormatVersion},
            {u"source"_s, sourceName},
            {u"created"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {u"dataSize"_s, QString::number(size)},
            {u"dataSha256"_s, digest}};
    bool ok = true;
    {
        QuaZipFile entry(&zip);
        ok = entry.open(QIODevice::WriteOnly, QuaZipNewInfo(ManifestName)) &&
             entry.write(QJsonDocument(manifest).toJson()) >= 0;
        entry.close();
        ok = ok && entry.getZipError() == UNZ_OK;
    }
    if (ok) {
        QuaZipFile entry(&zip);
        ok = entry.open(QIODevice::WriteOnly, QuaZipNewInfo(DataName, sqlitePath));
        while (ok && !data.atEnd()) {
            const QByteArray block = data.read(BlockSize);
            ok = !block.isEmpty() && entry.write(block) == block.size();
        }
        entry.close();
        ok = ok && entry.getZipError() == UNZ_OK;
    }
    zip.close();
    ok = ok && zip.getZipError() == UNZ_OK;
    if (!ok)
        *error = u"Ошибка записи файла выгрузки %1"_s.arg(dtPath);
    return ok;
}

bool SandboxDtArchive::extract(const QString &dtPath, const QString &sqlitePath, QString *error)
{
    const QString foreign =
            u"Файл %1 не является файлом выгрузки информационной базы"_s.arg(dtPath);
    const QString damaged = u"Файл выгрузки информационной базы %1 поврежден"_s.arg(dtPath);
    if (!QFile::exists(dtPath)) {
        *error = u"Файл не обнаружен: %1"_s.arg(dtPath);
        return false;
    }
    QuaZip zip(dtPath);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = foreign;
        return false;
    }
    QJsonObject manifest;
    {
        if (!zip.setCurrentFile(ManifestName)) {
            *error = foreign;
            return false;
        }
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::ReadOnly)) {
            *error = damaged;
            return false;
        }
        const QByteArray text = entry.read(64 * 1024);
        entry.close();
        manifest = QJsonDocument::fromJson(text).object();
        if (entry.getZipError() != UNZ_OK && manifest.isEmpty()) {
            *error = damaged;
            return false;
        }
    }
    if (manifest.value(u"magic"_s).toString() != QString::fromUtf16(Magic)) {
        *error = foreign;
        return false;
    }
    if (manifest.value(u"format"_s).toInt() != FormatVersion) {
        *error = u"Неподдерживаемая версия формата файла выгрузки %1"_s.arg(dtPath);
        return false;
    }
    bool ok = zip.setCurrentFile(DataName);
    if (ok) {
        QFile out(sqlitePath);
        QuaZipFile entry(&zip);
        ok = out.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
             entry.open(QIODevice::ReadOnly);
        const qint64 expected = manifest.value(u"dataSize"_s).toString().toLongLong();
        qint64 written = 0;
        while (ok && !entry.atEnd()) {
            // A damaged stream reads nothing (or an error) before its end: never loop on it,
            // and never write more than the manifest announced.
            const QByteArray block = entry.read(BlockSize);
            written += block.size();
            ok = !block.isEmpty() && written <= expected && out.write(block) == block.size();
        }
        entry.close(); // checks the CRC
        ok = ok && entry.getZipError() == UNZ_OK && out.flush();
        out.close();
    }
    zip.close();
    qint64 size = -1;
    ok = ok && sha256Of(sqlitePath, &size) == manifest.value(u"dataSha256"_s).toString() &&
         QString::number(size) == manifest.value(u"dataSize"_s).toString();
    if (!ok) {
        QFile::remove(sqlitePath);
        *error = damaged;
    }
    return ok;
}

} // namespace upgrade::sandbox
