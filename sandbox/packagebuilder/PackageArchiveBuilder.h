#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <variant>

namespace upgrade {

/// Writes package archives in the real BPMSoft/Creatio format (package-archive-format.md): a
/// package `.gz` is a gzip stream of entries (uint32 LE name length in UTF-16 characters, the
/// name in UTF-16LE, uint32 LE content length, the bytes) with a descriptor.json at its root; an
/// archive is a `.zip` of such Name.gz files (QuaZip). For the sandbox's demo archive and for
/// tests (of the archive reader, the CLI, the client and the sandbox) and fuzzer seeds.
/// The static functions build pieces, including hostile ones on purpose (raw entries with any
/// lengths, descriptors with or without a BOM, zip entries with any name or bytes, gzip and zip
/// bombs built in little memory); an instance collects the entries of a zip, in order.
/// A plain value; not thread-safe.
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

    /// A whole package: its descriptor and the files besides descriptor.json.
    struct Package : Descriptor
    {
        using Descriptor::Descriptor;
        QList<File> files;
        bool withDescriptor = true; ///< false: a (hostile) package without descriptor.json
    };

    // --- one package ---------------------------------------------------------------------
    /// A stable GUID for a package name (UUID v5), lower case without braces. The sandbox's
    /// installed packages and its demo archive share it, so UIds stay the same across versions.
    static QString uidFor(const QString &name);
    /// descriptor.json as BPMSoft writes it (UTF-8 with a byte order mark when `bom`).
    static QByteArray descriptorJson(const Descriptor &descriptor, bool bom = true);
    /// One entry of a package's decompressed stream, lengths taken from `name` and `content`.
    static QByteArray entry(const QString &name, const QByteArray &content);
    /// One entry with every field given as is: for hostile cases (wrong lengths, non-ASCII or
    /// odd names). `nameBytes` is written verbatim after `nameLength`.
    static QByteArray rawEntry(quint32 nameLength, const QByteArray &nameBytes,
                               quint32 contentLength, const QByteArray &content);
    /// The decompressed stream of a package: descriptor.json first (unless left out), then its
    /// files.
    static QByteArray packageStream(const Package &p);
    static QByteArray packageStream(const Descriptor &descriptor, const QList<File> &files = {});
    /// `data` as one gzip member (zlib; `level` 1 — fast, as crtcli — .. 9); empty on failure.
    static QByteArray gzip(const QByteArray &data, int level = 1);
    /// A package file (Name.gz): gzip(packageStream(...)).
    static QByteArray package(const Package &p);
    static QByteArray package(const Descriptor &descriptor, const QList<File> &files = {});
    /// A gzip member of `prefix` followed by `zeros` zero bytes — with a correct CRC and size —
    /// built from one compressed 1 MiB piece repeated: a few MB that expand to gigabytes,
    /// made in milliseconds and little memory. `prefix` is usually entry headers.
    static QByteArray gzipWithZeros(const QByteArray &prefix, qint64 zeros);

    // --- a zip -----------------------------------------------------------------------------
    /// A zip of `files` (deflated, or stored when `store`); names and bytes written as given.
    /// Empty on failure.
    static QByteArray zip(const QList<File> &files, bool store = false);
    /// A zip with one entry `name` whose data are `zeros` zero bytes, deflated from repeated
    /// pieces; the central directory declares the true size unless `declaredSize` >= 0 says
    /// otherwise (a lie). A zip bomb.
    static QByteArray zipOfZeros(const QString &name, qint64 zeros, qint64 declaredSize = -1);

    /// Writes `bytes` to `path` atomically; false and a reason on failure.
    static bool write(const QString &path, const QByteArray &bytes, QString *error = nullptr);

    // --- collecting a zip of packages ------------------------------------------------------
    /// Adds the package `<name>.gz`.
    PackageArchiveBuilder &addPackage(const Descriptor &descriptor, const QList<File> &files = {});
    /// Adds a package with a descriptor and one sample schema file; returns it for more changes
    /// (valid until the next add).
    Package &addSamplePackage(const QString &name, const QString &version,
                              const QString &maintainer = QStringLiteral("SamaraSoft"));
    /// Adds any zip entry, written verbatim (a package under another name, a .txt, a nested
    /// zip, a name with "..").
    PackageArchiveBuilder &addFile(const QString &name, const QByteArray &content);

    /// The zip of everything added, in order.
    QByteArray toZip(bool store = false) const;
    /// Writes toZip() to `path`; false and a reason on failure.
    bool writeZip(const QString &path, QString *error = nullptr) const;
    /// Writes the first package added as a single .gz file.
    bool writeGz(const QString &path, QString *error = nullptr) const;

private:
    QList<std::variant<Package, File>> m_entries;
};

} // namespace upgrade
