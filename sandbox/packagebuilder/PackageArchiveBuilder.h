#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace upgrade {

/// Writes package archives in the real BPMSoft/Creatio format (package-archive-format.md): a
/// package is a gzip stream of entries (uint32 LE name length in characters, the name in
/// UTF-16LE, uint32 LE content length, the bytes) with a descriptor.json at its root; an
/// archive is a .zip of such Name.gz files. For tests (of the archive reader, the client and the
/// sandbox) and for the sandbox's demo archive. Also writes hostile archives on purpose: entry
/// names and zip entries are written as given. A plain value; not thread-safe.
class PackageArchiveBuilder
{
public:
    struct Dependency
    {
        QString name;
        QString uid;
        QString version;
    };
    struct Package
    {
        QString name;
        QString version;
        QString maintainer = QStringLiteral("SamaraSoft");
        QString uid; ///< empty: derived from the name (stable)
        QList<Dependency> dependsOn;
        /// Extra entries besides descriptor.json: path inside the package and content.
        QList<QPair<QString, QByteArray>> files;
        bool withDescriptor = true;
    };

    /// Adds a package with a descriptor and one schema file; returns it for more changes.
    Package &addPackage(const QString &name, const QString &version,
                        const QString &maintainer = QStringLiteral("SamaraSoft"));
    /// A zip entry written verbatim (any name, any bytes): for hostile archives.
    void addRawZipEntry(const QString &name, const QByteArray &bytes);
    QList<Package> &packages() { return m_packages; }

    /// The stable UId the builder gives a package name (UUID v5 of the name).
    static QString uidFor(const QString &packageName);
    /// descriptor.json of a package.
    static QByteArray descriptorJson(const Package &package);
    /// The decompressed entry stream of a package (descriptor first, then its files).
    static QByteArray entryStream(const Package &package);
    /// Encodes entries verbatim: names as UTF-16LE, any content.
    static QByteArray encodeEntries(const QList<QPair<QString, QByteArray>> &entries);
    /// gzip (RFC 1952) of `data` with zlib; `level` 1 (fast, as crtcli) .. 9.
    static QByteArray gzip(const QByteArray &data, int level = 1);
    /// One package as the bytes of Name.gz.
    static QByteArray packageGz(const Package &package);

    /// Writes a .zip holding Name.gz per package plus the raw entries. False and a reason on
    /// failure.
    bool writeZip(const QString &path, QString *error = nullptr) const;
    /// Writes the first package as a single .gz file.
    bool writeGz(const QString &path, QString *error = nullptr) const;

private:
    QList<Package> m_packages;
    QList<QPair<QString, QByteArray>> m_rawZipEntries;
};

} // namespace upgrade
