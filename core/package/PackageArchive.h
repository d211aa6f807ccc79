#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace upgrade {

/// A package that another package needs (an item of DependsOn in descriptor.json).
struct PackageDependency
{
    QString name;
    QString uid;     ///< may be empty
    QString version; ///< may be empty
};

/// One package of an archive, as its descriptor.json describes it.
struct PackageInfo
{
    QString name;
    QString uid;     ///< lower case, without braces
    QString version; ///< as written (compare with PackageVersion)
    QString maintainer;
    QList<PackageDependency> dependsOn;
    QDateTime modifiedOnUtc;   ///< invalid when the descriptor has none
    QString fileName;          ///< the package file: the zip entry or the .gz file name
    qint64 compressedSize = 0; ///< bytes of the .gz
    qint64 contentSize = 0;    ///< bytes of its decompressed entry stream
    int fileCount = 0;         ///< entries (files) in the package
};

enum class PackageArchiveFormat {
    Gzip, ///< one package: Name.gz
    Zip,  ///< a .zip of package .gz files
};

/// A package archive that was read and found valid.
struct PackageArchive
{
    QString path; ///< the file (empty when read from a device)
    qint64 size = 0;
    QString sha256; ///< lower-case hex (empty when read from a device)
    PackageArchiveFormat format = PackageArchiveFormat::Gzip;
    QList<PackageInfo> packages; ///< in archive order
};

/// Why an archive was refused. Stable, for callers and tests; the message says it to people.
enum class PackageArchiveProblem {
    None,
    Unreadable,       ///< cannot open or read the file
    Empty,            ///< a file of 0 bytes
    UnknownFormat,    ///< neither zip nor gzip
    CorruptZip,       ///< the zip structure or a zip entry's data is broken
    CorruptGzip,      ///< a package's gzip data is broken or ends early
    Truncated,        ///< an entry's length goes beyond the end of the package's data
    UnsafeName,       ///< `..`, absolute path, drive letter, non-ASCII or odd name
    NotAPackage,      ///< a zip entry that is not a .gz package (or is encrypted)
    TooLarge,         ///< a size limit of PackageArchiveLimits was exceeded
    CompressionRatio, ///< compressed too well to be real data (a decompression bomb)
    TooManyEntries,   ///< more packages or files than the limits allow
    NoPackages,       ///< a zip without any .gz package
    NoDescriptor,     ///< a package without descriptor.json
    BadDescriptor,    ///< descriptor.json is not valid (or there are two)
    DuplicatePackage, ///< two packages with the same name (or UId)
    Cancelled,
};

/// A refusal: a translated message that says what is wrong and where, the entry concerned
/// (`Pkg.gz`, `Pkg.gz/Schemas/x.json`; may be empty) and raw details (zlib/zip error text).
struct PackageArchiveError
{
    PackageArchiveProblem problem = PackageArchiveProblem::None;
    QString message;
    QString entry;
    QString details;
};

/// The bounds that keep reading a hostile archive cheap. The defaults are documented in
/// docs/package-archive.md; they are far above any real BPMSoft package and far below what
/// would hurt a server. A size, count or ratio limit of 0 switches that check off (tests only);
/// the name and descriptor limits bound allocations and always apply (0: the default).
struct PackageArchiveLimits
{
    qint64 maxArchiveSize = qint64(2) << 30;     ///< the archive file: 2 GiB
    int maxPackages = 1000;                      ///< .gz packages in a zip
    int maxZipEntries = 5000;                    ///< all zip entries, folders included
    qint64 maxPackageFileSize = qint64(1) << 30; ///< one .gz (compressed): 1 GiB
    qint64 maxPackageSize = qint64(1) << 30;     ///< one package decompressed: 1 GiB
    qint64 maxTotalSize = qint64(2) << 30;       ///< all packages decompressed: 2 GiB
    int maxFilesPerPackage = 100000;             ///< entries in one package
    int maxNameLength = 1024;                    ///< characters of an entry name
    qint64 maxDescriptorSize = 1 << 20;          ///< descriptor.json: 1 MiB
    /// Decompressed / compressed bytes, gzip and zip alike; checked only past ratioGrace
    /// bytes, so small, very compressible files (an empty descriptor) are fine.
    qint64 maxCompressionRatio = 200;
    qint64 ratioGrace = qint64(16) << 20; ///< 16 MiB
};

} // namespace upgrade
