#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace upgrade::test {

/// Builds BPMSoft package archives in the real format, for tests and fuzzer seeds: a package
/// `.gz` (a gzip stream of entries: uint32 LE name length in UTF-16 characters, UTF-16LE name,
/// uint32 LE content length, content), its descriptor.json, and a `.zip` of packages (QuaZip).
/// The static functions build pieces, including hostile ones (raw entries with any lengths,
/// gzip and zip bombs built in little memory); an instance collects the entries of a zip.
/// Value type; no shared state.
class PackageArchiveBuilder
{
public:
    struct Dependency
    {
        QString name;
        QString uid; ///< empty: uidFor(name)
        QString version;
    };

    /// What descriptor.json says.
    struct Descriptor
    {
        Descriptor() = default;
        explicit Descriptor(const QString &packageName,
                            const QString &packageVersion = QStringLiteral("1.0.0"))
            : name(packageName)
            , version(packageVersion)
        {}

        QString name;
        QString uid; ///< empty: uidFor(name)
        QString version = QStringLiteral("1.0.0");
        QString maintainer = QStringLiteral("Customer");
        QList<Dependency> dependsOn;
        qint64 modifiedOnMs = 1700000000000; ///< "/Date(ms)/"
    };

    /// A named blob: a file inside a package, or an entry of a zip.
    struct File
    {
        QString name;
        QByteArray content;
    };

    // --- one package ---------------------------------------------------------------------
    /// A stable GUID for a package name (UUID v5), lower case without braces.
    static QString uidFor(const QString &name);
    /// descriptor.json as BPMSoft writes it (UTF-8 with a byte order mark when `bom`).
    static QByteArray descriptorJson(const Descriptor &descriptor, bool bom = true);
    /// One entry of a package's decompressed stream, lengths taken from `name` and `content`.
    static QByteArray entry(const QString &name, const QByteArray &content);
    /// One entry with every field given as is: for hostile cases (wrong lengths, non-ASCII or
    /// odd names). `nameBytes` is written verbatim after `nameLength`.
    static QByteArray rawEntry(quint32 nameLength, const QByteArray &nameBytes,
                               quint32 contentLength, const QByteArray &content);
    /// The decompressed stream of a package: descriptor.json first, then `files`.
    static QByteArray packageStream(const Descriptor &descriptor, const QList<File> &files = {});
    /// `data` as one gzip member (zlib; level 1 like crtcli).
    static QByteArray gzip(const QByteArray &data, int level = 1);
    /// A package file: gzip(packageStream(descriptor, files)).
    static QByteArray package(const Descriptor &descriptor, const QList<File> &files = {});
    /// A gzip member of `prefix` followed by `zeros` zero bytes — with a correct CRC and size —
    /// built from one compressed 1 MiB piece repeated: a few MB that expand to gigabytes,
    /// made in milliseconds and little memory. `prefix` is usually entry headers.
    static QByteArray gzipWithZeros(const QByteArray &prefix, qint64 zeros);

    // --- a zip -----------------------------------------------------------------------------
    /// A zip of `files` (deflated, or stored when `store`).
    static QByteArray zip(const QList<File> &files, bool store = false);
    /// A zip with one entry `name` whose data are `zeros` zero bytes, deflated from repeated
    /// pieces; the central directory declares the true size unless `declaredSize` >= 0 says
    /// otherwise (a lie). A zip bomb.
    static QByteArray zipOfZeros(const QString &name, qint64 zeros, qint64 declaredSize = -1);

    /// Writes `bytes` to `path`; false on failure.
    static bool write(const QString &path, const QByteArray &bytes);

    // --- collecting a zip of packages ------------------------------------------------------
    /// Adds the package `<name>.gz`.
    PackageArchiveBuilder &addPackage(const Descriptor &descriptor, const QList<File> &files = {});
    /// Adds any zip entry (a package under another name, a .txt, a nested zip ...).
    PackageArchiveBuilder &addFile(const QString &name, const QByteArray &content);
    const QList<File> &files() const { return m_files; }
    QByteArray toZip(bool store = false) const { return zip(m_files, store); }

private:
    QList<File> m_files;
};

} // namespace upgrade::test
