#pragma once

#include "PackageArchive.h"
#include "util/Progress.h"

#include <QCoreApplication>
#include <QIODevice>

#include <optional>

namespace upgrade {

/// Reads and checks a package archive — one package `.gz`, or a `.zip` of package `.gz` files
/// (docs/package-archive.md) — and lists its packages. Everything is verified before the
/// archive is accepted: the zip structure and CRCs (QuaZip), each package's gzip stream and CRC
/// (zlib, streamed), every name, every length, descriptor.json, duplicate packages, and the
/// limits against decompression bombs. Nothing is written to disk.
/// Synchronous, for a worker thread: reports progress and honours cancel. Holds only its
/// limits: one reader may be used from several threads at once.
class PackageArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::PackageArchiveReader)
public:
    struct Statistics
    {
        qint64 compressedBytes = 0;   ///< package (.gz) bytes read
        qint64 decompressedBytes = 0; ///< bytes inflated from them
    };

    struct Result
    {
        std::optional<PackageArchive> archive; ///< set when the archive is valid
        PackageArchiveError error;             ///< set otherwise
        Statistics statistics;                 ///< how far reading went (also on failure)
        bool ok() const { return archive.has_value(); }
    };

    explicit PackageArchiveReader(PackageArchiveLimits limits = {});
    const PackageArchiveLimits &limits() const { return m_limits; }

    /// Reads the file at `path`; a valid archive also gets its size and SHA-256.
    Result read(const QString &path, Progress &progress) const;
    /// The same without progress or cancel.
    Result read(const QString &path) const;
    /// Reads an archive from `device` (opened read-only here if it is closed; a zip needs a
    /// random-access device). `displayName` names it in messages. PackageArchive::path and
    /// sha256 stay empty.
    Result read(QIODevice &device, const QString &displayName, Progress &progress) const;

    /// "zip" or "gz".
    static QString toString(PackageArchiveFormat format);
    /// "corrupt-gzip", "unsafe-name", ...: stable names for JSON.
    static QString toString(PackageArchiveProblem problem);
    /// A size for people, translated: "906 bytes", "1.5 MB", "2.0 GB" (binary units).
    static QString formatSize(qint64 bytes);

private:
    Result readGzip(QIODevice &device, const QString &displayName, Progress &progress) const;
    Result readZip(QIODevice &device, const QString &displayName, Progress &progress) const;

    PackageArchiveLimits m_limits;
};

} // namespace upgrade
