#include "PackageArchiveBuilder.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QtEndian>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <zlib.h>

#include <cstring>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace upgrade::test {

namespace {

QByteArray le32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToLittleEndian(value, bytes.data());
    return bytes;
}

/// Feeds `input` to a deflate stream with `flush` and returns all output produced.
QByteArray deflateStep(z_stream &z, const QByteArray &input, int flush)
{
    QByteArray out;
    char buffer[64 * 1024];
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    z.avail_in = static_cast<uInt>(input.size());
    do {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        const int ret = deflate(&z, flush);
        if (ret == Z_STREAM_ERROR)
            throw std::runtime_error("deflate failed");
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
    } while (z.avail_out == 0 || z.avail_in > 0);
    return out;
}

/// Raw deflate data of `prefix` + `zeros` zero bytes, and its CRC-32. After a full flush a
/// deflate stream no longer refers to earlier data, so the compressed form of a 1 MiB zero
/// piece may be repeated verbatim.
QByteArray rawDeflateWithZeros(const QByteArray &prefix, qint64 zeros, quint32 *crc)
{
    z_stream z;
    std::memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2 failed");
    constexpr qint64 piece = 1 << 20;
    const QByteArray zeroPiece(piece, '\0');
    QByteArray out = deflateStep(z, prefix, Z_FULL_FLUSH);
    uLong sum = crc32(0, reinterpret_cast<const Bytef *>(prefix.constData()), uInt(prefix.size()));
    const qint64 pieces = zeros / piece;
    if (pieces > 0) {
        const QByteArray compressed = deflateStep(z, zeroPiece, Z_FULL_FLUSH);
        const uLong pieceCrc =
                crc32(0, reinterpret_cast<const Bytef *>(zeroPiece.constData()), uInt(piece));
        out.reserve(out.size() + compressed.size() * pieces + 1024);
        for (qint64 i = 0; i < pieces; ++i) {
            out.append(compressed);
            sum = crc32_combine(sum, pieceCrc, piece);
        }
    }
    const qint64 rest = zeros % piece;
    if (rest > 0) {
        const QByteArray tail(rest, '\0');
        out.append(deflateStep(z, tail, Z_FULL_FLUSH));
        sum = crc32_combine(
                sum, crc32(0, reinterpret_cast<const Bytef *>(tail.constData()), uInt(rest)), rest);
    }
    out.append(deflateStep(z, {}, Z_FINISH));
    deflateEnd(&z);
    *crc = quint32(sum);
    return out;
}

} // namespace

QString PackageArchiveBuilder::uidFor(const QString &name)
{
    static const QUuid space(u"6f1b6c2e-8a57-4f4e-9d1e-3b1f0c2a7d10"_s);
    return QUuid::createUuidV5(space, name).toString(QUuid::WithoutBraces);
}

QByteArray PackageArchiveBuilder::descriptorJson(const Descriptor &descriptor, bool bom)
{
    QJsonArray dependsOn;
    for (const Dependency &d : descriptor.dependsOn) {
        dependsOn.append(QJsonObject{
                {u"UId"_s, d.uid.isEmpty() ? uidFor(d.name) : d.uid},
                {u"PackageVersion"_s, d.version},
                {u"Name"_s, d.name},
        });
    }
    const QJsonObject inner{
            {u"UId"_s, descriptor.uid.isEmpty() ? uidFor(descriptor.name) : descriptor.uid},
            {u"PackageVersion"_s, descriptor.version},
            {u"Name"_s, descriptor.name},
            {u"ModifiedOnUtc"_s, u"/Date(%1)/"_s.arg(descriptor.modifiedOnMs)},
            {u"Maintainer"_s, descriptor.maintainer},
            {u"DependsOn"_s, dependsOn},
    };
    QByteArray json = QJsonDocument(QJsonObject{{u"Descriptor"_s, inner}}).toJson();
    if (bom)
        json.prepend("\xEF\xBB\xBF");
    return json;
}

QByteArray PackageArchiveBuilder::entry(const QString &name, const QByteArray &content)
{
    QByteArray nameBytes;
    for (const QChar c : name) {
        nameBytes.append(char(c.unicode() & 0xff));
        nameBytes.append(char(c.unicode() >> 8));
    }
    return rawEntry(quint32(name.size()), nameBytes, quint32(content.size()), content);
}

QByteArray PackageArchiveBuilder::rawEntry(quint32 nameLength, const QByteArray &nameBytes,
                                           quint32 contentLength, const QByteArray &content)
{
    return le32(nameLength) + nameBytes + le32(contentLength) + content;
}

QByteArray PackageArchiveBuilder::packageStream(const Descriptor &descriptor,
                                                const QList<File> &files)
{
    QByteArray stream = entry(u"descriptor.json"_s, descriptorJson(descriptor));
    for (const File &file : files)
        stream += entry(file.name, file.content);
    return stream;
}

QByteArray PackageArchiveBuilder::gzip(const QByteArray &data, int level)
{
    z_stream z;
    std::memset(&z, 0, sizeof z);
    if (deflateInit2(&z, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2 failed");
    QByteArray out = deflateStep(z, data, Z_FINISH);
    deflateEnd(&z);
    return out;
}

QByteArray PackageArchiveBuilder::package(const Descriptor &descriptor, const QList<File> &files)
{
    return gzip(packageStream(descriptor, files));
}

QByteArray PackageArchiveBuilder::gzipWithZeros(const QByteArray &prefix, qint64 zeros)
{
    quint32 crc = 0;
    const QByteArray raw = rawDeflateWithZeros(prefix, zeros, &crc);
    // RFC 1952 member: magic, deflate, no flags, no time, no extra flags, OS unknown.
    QByteArray out = QByteArray::fromHex("1f8b08000000000000ff");
    out += raw;
    out += le32(crc);
    out += le32(quint32(quint64(prefix.size() + zeros) & 0xffffffffu));
    return out;
}

QByteArray PackageArchiveBuilder::zip(const QList<File> &files, bool store)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip archive(&buffer);
    if (!archive.open(QuaZip::mdCreate))
        throw std::runtime_error("QuaZip cannot create a zip");
    for (const File &file : files) {
        QuaZipFile entry(&archive);
        if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(file.name), nullptr, 0,
                        store ? 0 : Z_DEFLATED, store ? 0 : Z_BEST_SPEED))
            throw std::runtime_error("QuaZip cannot add an entry");
        entry.write(file.content);
        entry.close();
    }
    archive.close();
    return bytes;
}

QByteArray PackageArchiveBuilder::zipOfZeros(const QString &name, qint64 zeros, qint64 declaredSize)
{
    quint32 crc = 0;
    const QByteArray raw = rawDeflateWithZeros({}, zeros, &crc);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip archive(&buffer);
    if (!archive.open(QuaZip::mdCreate))
        throw std::runtime_error("QuaZip cannot create a zip");
    QuaZipNewInfo info(name);
    info.uncompressedSize = ulong(declaredSize >= 0 ? declaredSize : zeros);
    QuaZipFile entry(&archive);
    if (!entry.open(QIODevice::WriteOnly, info, nullptr, crc, Z_DEFLATED, Z_BEST_COMPRESSION, true))
        throw std::runtime_error("QuaZip cannot add a raw entry");
    entry.write(raw);
    entry.close();
    archive.close();
    return bytes;
}

bool PackageArchiveBuilder::write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

PackageArchiveBuilder &PackageArchiveBuilder::addPackage(const Descriptor &descriptor,
                                                         const QList<File> &files)
{
    m_files.append({descriptor.name + u".gz"_s, package(descriptor, files)});
    return *this;
}

PackageArchiveBuilder &PackageArchiveBuilder::addFile(const QString &name,
                                                      const QByteArray &content)
{
    m_files.append({name, content});
    return *this;
}

} // namespace upgrade::test
