#include "PackageArchiveBuilder.h"

#include <QFile>
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

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

void appendUInt32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

} // namespace

PackageArchiveBuilder::Package &PackageArchiveBuilder::addPackage(const QString &name,
                                                                  const QString &version,
                                                                  const QString &maintainer)
{
    Package p;
    p.name = name;
    p.version = version;
    p.maintainer = maintainer;
    const QString schema = u"Schemas/%1Schema/metadata.json"_s.arg(name);
    p.files.append({schema, QByteArray(R"({"MetaData":{"Schema":{"A2":")") + name.toUtf8() +
                                    QByteArray(R"(Schema"}}})")});
    m_packages.append(p);
    return m_packages.last();
}

void PackageArchiveBuilder::addRawZipEntry(const QString &name, const QByteArray &bytes)
{
    m_rawZipEntries.append({name, bytes});
}

QString PackageArchiveBuilder::uidFor(const QString &packageName)
{
    static const QUuid ns(u"6f1c2a4e-0d2b-4c55-9a71-3c1b8e5f2a10"_s);
    return QUuid::createUuidV5(ns, packageName).toString(QUuid::WithoutBraces);
}

QByteArray PackageArchiveBuilder::descriptorJson(const Package &package)
{
    QJsonArray depends;
    for (const Dependency &d : package.dependsOn)
        depends.append(QJsonObject{{u"UId"_s, d.uid.isEmpty() ? uidFor(d.name) : d.uid},
                                   {u"PackageVersion"_s, d.version},
                                   {u"Name"_s, d.name}});
    const QJsonObject descriptor{
            {u"UId"_s, package.uid.isEmpty() ? uidFor(package.name) : package.uid},
            {u"PackageVersion"_s, package.version},
            {u"Name"_s, package.name},
            {u"ModifiedOnUtc"_s, u"/Date(1700000000000)/"_s},
            {u"Maintainer"_s, package.maintainer},
            {u"DependsOn"_s, depends}};
    return QJsonDocument(QJsonObject{{u"Descriptor"_s, descriptor}}).toJson();
}

QByteArray PackageArchiveBuilder::encodeEntries(const QList<QPair<QString, QByteArray>> &entries)
{
    QByteArray out;
    for (const auto &entry : entries) {
        appendUInt32(out, quint32(entry.first.size()));
        for (QChar c : entry.first) {
            char bytes[2];
            qToLittleEndian(c.unicode(), bytes);
            out.append(bytes, 2);
        }
        appendUInt32(out, quint32(entry.second.size()));
        out.append(entry.second);
    }
    return out;
}

QByteArray PackageArchiveBuilder::entryStream(const Package &package)
{
    QList<QPair<QString, QByteArray>> entries;
    if (package.withDescriptor)
        entries.append({u"descriptor.json"_s, descriptorJson(package)});
    entries.append(package.files);
    return encodeEntries(entries);
}

QByteArray PackageArchiveBuilder::gzip(const QByteArray &data, int level)
{
    z_stream zs{};
    if (deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(data.size()))) + 64);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

QByteArray PackageArchiveBuilder::packageGz(const Package &package)
{
    return gzip(entryStream(package));
}

bool PackageArchiveBuilder::writeZip(const QString &path, QString *error) const
{
    QFile::remove(path);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        if (error)
            *error = u"cannot create %1 (zip error %2)"_s.arg(path).arg(zip.getZipError());
        return false;
    }
    QList<QPair<QString, QByteArray>> entries;
    for (const Package &p : m_packages)
        entries.append({p.name + u".gz"_s, packageGz(p)});
    entries.append(m_rawZipEntries);
    for (const auto &entry : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.first)) ||
            file.write(entry.second) != entry.second.size()) {
            if (error)
                *error = u"cannot write %1 into %2"_s.arg(entry.first, path);
            return false;
        }
        file.close();
    }
    zip.close();
    if (zip.getZipError() != 0) {
        if (error)
            *error = u"cannot finish %1 (zip error %2)"_s.arg(path).arg(zip.getZipError());
        return false;
    }
    return true;
}

bool PackageArchiveBuilder::writeGz(const QString &path, QString *error) const
{
    if (m_packages.isEmpty()) {
        if (error)
            *error = u"no package to write"_s;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(packageGz(m_packages.first())) < 0 ||
        !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace upgrade
