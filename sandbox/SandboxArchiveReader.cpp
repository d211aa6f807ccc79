#include "SandboxArchiveReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <quazip.h>
#include <quazipfile.h>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace upgrade::sandbox {

namespace {

constexpr qint64 MaxPackageBytes = 256LL * 1024 * 1024;
constexpr qint64 MaxArchiveBytes = 512LL * 1024 * 1024;

std::optional<QByteArray> gunzip(const QByteArray &gz, QString *error)
{
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK) {
        *error = u"zlib could not be initialised"_s;
        return std::nullopt;
    }
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gz.constData()));
    zs.avail_in = uInt(gz.size());
    QByteArray out;
    char buffer[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef *>(buffer);
        zs.avail_out = sizeof(buffer);
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            *error = u"InvalidGZipArchiveException: the package is not a valid gzip stream"_s;
            return std::nullopt;
        }
        out.append(buffer, qsizetype(sizeof(buffer) - zs.avail_out));
        if (out.size() > MaxPackageBytes) {
            inflateEnd(&zs);
            *error = u"the package is larger than 256 MiB when unpacked"_s;
            return std::nullopt;
        }
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
            inflateEnd(&zs);
            *error = u"InvalidGZipArchiveException: the gzip stream is truncated"_s;
            return std::nullopt;
        }
    }
    inflateEnd(&zs);
    return out;
}

} // namespace

std::optional<SandboxArchiveReader::Package> SandboxArchiveReader::readPackage(const QByteArray &gz,
                                                                               QString *error)
{
    const auto data = gunzip(gz, error);
    if (!data)
        return std::nullopt;
    qsizetype pos = 0;
    const qsizetype size = data->size();
    while (pos < size) {
        if (size - pos < 4)
            break;
        const quint32 nameChars = qFromLittleEndian<quint32>(data->constData() + pos);
        pos += 4;
        if (nameChars == 0 || nameChars > 4096 || qint64(nameChars) * 2 > size - pos) {
            *error = u"InvalidGZipArchiveException: a bad entry name length"_s;
            return std::nullopt;
        }
        QString name;
        name.reserve(nameChars);
        for (quint32 i = 0; i < nameChars; ++i)
            name.append(QChar(qFromLittleEndian<quint16>(data->constData() + pos + 2 * i)));
        pos += 2 * nameChars;
        if (size - pos < 4) {
            *error = u"InvalidGZipArchiveException: an entry is truncated"_s;
            return std::nullopt;
        }
        const quint32 length = qFromLittleEndian<quint32>(data->constData() + pos);
        pos += 4;
        if (qint64(length) > size - pos) {
            *error = u"InvalidGZipArchiveException: an entry is longer than the package"_s;
            return std::nullopt;
        }
        if (name == u"descriptor.json"_s) {
            const QJsonObject d = QJsonDocument::fromJson(data->mid(pos, length))
                                          .object()
                                          .value(u"Descriptor"_s)
                                          .toObject();
            Package p{d.value(u"Name"_s).toString(), d.value(u"UId"_s).toString(),
                      d.value(u"PackageVersion"_s).toString(), d.value(u"Maintainer"_s).toString()};
            if (p.name.isEmpty()) {
                *error = u"the package descriptor has no Name"_s;
                return std::nullopt;
            }
            return p;
        }
        pos += length;
    }
    *error = u"the package has no descriptor.json"_s;
    return std::nullopt;
}

std::optional<QList<SandboxArchiveReader::Package>> SandboxArchiveReader::read(const QString &path,
                                                                               QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray head = file.peek(4);
    file.close();
    QList<Package> out;
    if (head.startsWith("\x1f\x8b")) {
        if (!file.open(QIODevice::ReadOnly) || file.size() > MaxArchiveBytes) {
            *error = u"the package file is too large or unreadable"_s;
            return std::nullopt;
        }
        const auto p = readPackage(file.readAll(), error);
        if (!p)
            return std::nullopt;
        out.append(*p);
        return out;
    }
    if (!head.startsWith("PK")) {
        *error = u"InvalidGZipArchiveException: the file is neither a zip nor a gzip package"_s;
        return std::nullopt;
    }
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = u"the zip archive cannot be opened (error %1)"_s.arg(zip.getZipError());
        return std::nullopt;
    }
    qint64 total = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        if (name.endsWith(u'/'))
            continue;
        if (!name.endsWith(u".gz"_s, Qt::CaseInsensitive) || name.contains(u".."_s) ||
            name.startsWith(u'/') || name.startsWith(u'\\')) {
            *error = u"the archive holds \"%1\", which is not a package .gz file"_s.arg(name);
            return std::nullopt;
        }
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::ReadOnly)) {
            *error = u"cannot read %1 from the archive"_s.arg(name);
            return std::nullopt;
        }
        const QByteArray bytes = entry.read(MaxPackageBytes + 1);
        total += bytes.size();
        if (bytes.size() > MaxPackageBytes || total > MaxArchiveBytes) {
            *error = u"the archive is too large"_s;
            return std::nullopt;
        }
        QString packageError;
        const auto p = readPackage(bytes, &packageError);
        if (!p) {
            *error = u"%1: %2"_s.arg(name, packageError);
            return std::nullopt;
        }
        out.append(*p);
    }
    if (out.isEmpty()) {
        *error = u"the archive holds no package"_s;
        return std::nullopt;
    }
    return out;
}

} // namespace upgrade::sandbox
