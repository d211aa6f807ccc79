#include "PackageArchiveBuilder.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>
#include <QtEndian>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <zlib.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

QByteArray le32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToLittleEndian(value, bytes.data());
    return bytes;
}

/// Feeds `input` to a deflate stream with `flush` and appends all output produced to `out`;
/// false on a stream error.
bool deflateStep(z_stream &z, const QByteArray &input, int flush, QByteArray &out)
{
    char buffer[64 * 1024];
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    z.avail_in = static_cast<uInt>(input.size());
    do {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        if (deflate(&z, flush) == Z_STREAM_ERROR)
            return false;
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
    } while (z.avail_out == 0 || z.avail_in > 0);
    return true;
}

/// Raw deflate data of `prefix` + `zeros` zero bytes, and its CRC-32. After a full flush a
/// deflate stream no longer refers to earlier data, so the compressed form of a 1 MiB zero
/// piece may be repeated verbatim. Empty on failure.
QByteArray rawDeflateWithZeros(const QByteArray &prefix, qint64 zeros, quint32 *crc)
{
    z_stream z;
    std::memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    constexpr qint64 piece = 1 << 20;
    const QByteArray zeroPiece(piece, '\0');
    QByteArray out;
    bool ok = deflateStep(z, prefix, Z_FULL_FLUSH, out);
    uLong sum = crc32(0, reinterpret_cast<const Bytef *>(prefix.constData()), uInt(prefix.size()));
    const qint64 pieces = zeros / piece;
    if (ok && pieces > 0) {
        QByteArray compressed;
        ok = deflateStep(z, zeroPiece, Z_FULL_FLUSH, compressed);
        const uLong pieceCrc =
                crc32(0, reinterpret_cast<const Bytef *>(zeroPiece.constData()), uInt(piece));
        out.reserve(out.size() + compressed.size() * pieces + 1024);
        for (qint64 i = 0; i < pieces; ++i) {
            out.append(compressed);
            sum = crc32_combine(sum, pieceCrc, piece);
        }
    }
    const qint64 rest = zeros % piece;
    if (ok && rest > 0) {
        const QByteArray tail(rest, '\0');
        ok = deflateStep(z, tail, Z_FULL_FLUSH, out);
        sum = crc32_combine(
                sum, crc32(0, reinterpret_cast<const Bytef *>(tail.constData()), uInt(rest)), rest);
    }
    ok = ok && deflateStep(z, {}, Z_FINISH, out);
    deflateEnd(&z);
    *crc = quint32(sum);
    return ok ? out : QByteArray();
}

} // namespace

QString PackageArchiveBuilder::uidFor(const QString &name)
{
    static const QUuid space(u"6f1c2a4e-0d2b-4c55-9a71-3c1b8e5f2a10"_s);
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

QByteArray PackageArchiveBuilder::packageStream(const Package &p)
{
    QByteArray stream;
    if (p.withDescriptor)
        stream = entry(u"descriptor.json"_s, descriptorJson(p));
    for (const File &file : p.files)
        stream += entry(file.name, file.content);
    return stream;
}

QByteArray PackageArchiveBuilder::packageStream(const Descriptor &descriptor,
                                                const QList<File> &files)
{
    Package p;
    static_cast<Descriptor &>(p) = descriptor;
    p.files = files;
    return packageStream(p);
}

QByteArray PackageArchiveBuilder::gzip(const QByteArray &data, int level)
{
    z_stream z;
    std::memset(&z, 0, sizeof z);
    if (deflateInit2(&z, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    const bool ok = deflateStep(z, data, Z_FINISH, out);
    deflateEnd(&z);
    return ok ? out : QByteArray();
}

QByteArray PackageArchiveBuilder::package(const Package &p)
{
    return gzip(packageStream(p));
}

QByteArray PackageArchiveBuilder::package(const Descriptor &descriptor, const QList<File> &files)
{
    return gzip(packageStream(descriptor, files));
}

QByteArray PackageArchiveBuilder::gzipWithZeros(const QByteArray &prefix, qint64 zeros)
{
    quint32 crc = 0;
    const QByteArray raw = rawDeflateWithZeros(prefix, zeros, &crc);
    if (raw.isEmpty())
        return {};
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
        return {};
    for (const File &file : files) {
        QuaZipFile entry(&archive);
        if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(file.name), nullptr, 0,
                        store ? 0 : Z_DEFLATED, store ? 0 : Z_BEST_SPEED) ||
            entry.write(file.content) != file.content.size())
            return {};
        entry.close();
    }
    archive.close();
    return archive.getZipError() == 0 ? bytes : QByteArray();
}

QByteArray PackageArchiveBuilder::zipOfZeros(const QString &name, qint64 zeros, qint64 declaredSize)
{
    quint32 crc = 0;
    const QByteArray raw = rawDeflateWithZeros({}, zeros, &crc);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip archive(&buffer);
    if (raw.isEmpty() || !archive.open(QuaZip::mdCreate))
        return {};
    QuaZipNewInfo info(name);
    info.uncompressedSize = ulong(declaredSize >= 0 ? declaredSize : zeros);
    QuaZipFile entry(&archive);
    if (!entry.open(QIODevice::WriteOnly, info, nullptr, crc, Z_DEFLATED, Z_BEST_COMPRESSION, true))
        return {};
    entry.write(raw);
    entry.close();
    archive.close();
    return bytes;
}

bool PackageArchiveBuilder::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

PackageArchiveBuilder &PackageArchiveBuilder::addPackage(const Descriptor &descriptor,
                                                         const QList<File> &files)
{
    Package p;
    static_cast<Descriptor &>(p) = descriptor;
    p.files = files;
    m_entries.append(p);
    return *this;
}

PackageArchiveBuilder::Package &PackageArchiveBuilder::addSamplePackage(const QString &name,
                                                                        const QString &version,
                                                                        const QString &maintainer)
{
    Package p(name, version);
    p.maintainer = maintainer;
    p.files.append({u"Schemas/%1Schema/metadata.json"_s.arg(name),
                    QByteArray(R"({"MetaData":{"Schema":{"A2":")") + name.toUtf8() +
                            QByteArray(R"(Schema"}}})")});
    m_entries.append(p);
    return std::get<Package>(m_entries.last());
}

PackageArchiveBuilder &PackageArchiveBuilder::addFile(const QString &name,
                                                      const QByteArray &content)
{
    m_entries.append(File{name, content});
    return *this;
}

QByteArray PackageArchiveBuilder::toZip(bool store) const
{
    QList<File> files;
    for (const auto &e : m_entries) {
        if (const Package *p = std::get_if<Package>(&e))
            files.append({p->name + u".gz"_s, package(*p)});
        else
            files.append(std::get<File>(e));
    }
    return zip(files, store);
}

bool PackageArchiveBuilder::writeZip(const QString &path, QString *error) const
{
    const QByteArray bytes = toZip();
    if (bytes.isEmpty()) {
        if (error)
            *error = u"cannot build the zip for %1"_s.arg(path);
        return false;
    }
    return write(path, bytes, error);
}

bool PackageArchiveBuilder::writeGz(const QString &path, QString *error) const
{
    for (const auto &e : m_entries)
        if (const Package *p = std::get_if<Package>(&e))
            return write(path, package(*p), error);
    if (error)
        *error = u"no package to write"_s;
    return false;
}

} // namespace upgrade
