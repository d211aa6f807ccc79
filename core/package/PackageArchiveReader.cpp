#include "PackageArchiveReader.h"

#include "PackageEntryName.h"
#include "PackageStreamReader.h"
#include "util/FileHash.h"
#include "util/QuietProgress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

QString size(qint64 bytes)
{
    return PackageArchiveReader::formatSize(bytes);
}

/// Reports the share of `total` bytes consumed so far.
class InputMeter
{
public:
    InputMeter(Progress &progress, qint64 total, double share)
        : m_progress(progress)
        , m_total(total)
        , m_share(share)
    {}
    void add(qint64 bytes)
    {
        m_done += bytes;
        if (m_total > 0)
            m_progress.setFraction(m_share * std::min(1.0, double(m_done) / double(m_total)));
    }

private:
    Progress &m_progress;
    qint64 m_total;
    double m_share;
    qint64 m_done = 0;
};

constexpr double kReadShare = 0.8; ///< of the progress bar; hashing takes the rest

} // namespace

PackageArchiveReader::PackageArchiveReader(PackageArchiveLimits limits)
    : m_limits(limits)
{}

PackageArchiveReader::Result PackageArchiveReader::read(const QString &path) const
{
    QuietProgress progress;
    return read(path, progress);
}

PackageArchiveReader::Result PackageArchiveReader::read(const QString &path,
                                                        Progress &progress) const
{
    Result result;
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&](PackageArchiveProblem problem, const QString &message,
                    const QString &details = {}) {
        result.error = {problem, message, {}, details};
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(PackageArchiveProblem::Unreadable,
                    tr("The package archive %1 does not exist.").arg(shown));
    if (!info.isFile())
        return fail(PackageArchiveProblem::Unreadable,
                    tr("%1 is not a file. Choose the package archive (.zip or .gz).").arg(shown));
    if (m_limits.maxArchiveSize > 0 && info.size() > m_limits.maxArchiveSize)
        return fail(PackageArchiveProblem::TooLarge,
                    tr("The file %1 is %2, more than the %3 a package archive may have.")
                            .arg(shown, size(info.size()), size(m_limits.maxArchiveSize)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(PackageArchiveProblem::Unreadable,
                    tr("Cannot read the package archive %1: %2.").arg(shown, file.errorString()),
                    file.errorString());
    result = read(file, shown, progress);
    file.close();
    if (!result.ok())
        return result;

    QString error;
    const std::optional<QString> sha256 = FileHash::sha256(
            path, progress.cancellation(),
            [&progress](qint64 done, qint64 total) {
                if (total > 0)
                    progress.setFraction(kReadShare +
                                         (1 - kReadShare) * double(done) / double(total));
            },
            &error);
    if (!sha256) {
        const bool cancelled = progress.isCancelled();
        result.archive.reset();
        return fail(cancelled ? PackageArchiveProblem::Cancelled
                              : PackageArchiveProblem::Unreadable,
                    cancelled ? tr("Cancelled.") : error, error);
    }
    result.archive->path = path;
    result.archive->sha256 = *sha256;
    progress.setFraction(1);
    return result;
}

PackageArchiveReader::Result
PackageArchiveReader::read(QIODevice &device, const QString &displayName, Progress &progress) const
{
    Result result;
    if (!device.isOpen() && !device.open(QIODevice::ReadOnly)) {
        result.error = {PackageArchiveProblem::Unreadable,
                        tr("Cannot read the package archive %1: %2.")
                                .arg(displayName, device.errorString()),
                        {},
                        device.errorString()};
        return result;
    }
    const QByteArray magic = device.peek(4);
    if (magic.isEmpty()) {
        result.error = {PackageArchiveProblem::Empty,
                        tr("The file %1 is empty: it is not a package archive. Get the archive "
                           "again.")
                                .arg(displayName),
                        {},
                        {}};
        return result;
    }
    if (magic.startsWith("\x1f\x8b"))
        return readGzip(device, displayName, progress);
    if (magic == QByteArrayView("PK\x03\x04") || magic == QByteArrayView("PK\x05\x06"))
        return readZip(device, displayName, progress);
    result.error = {PackageArchiveProblem::UnknownFormat,
                    tr("The file %1 is neither a .zip archive nor a .gz package. Choose the "
                       "package archive the vendor supplied.")
                            .arg(displayName),
                    {},
                    u"first bytes: %1"_s.arg(QString::fromLatin1(magic.toHex(' ')))};
    return result;
}

PackageArchiveReader::Result PackageArchiveReader::readGzip(QIODevice &device,
                                                            const QString &displayName,
                                                            Progress &progress) const
{
    Result result;
    PackageStreamReader::Totals totals;
    InputMeter meter(progress, device.isSequential() ? 0 : device.size(), kReadShare);
    PackageStreamReader reader(m_limits, totals, progress.cancellation(),
                               [&meter](qint64 n) { meter.add(n); });
    const QString fileName = QFileInfo(displayName).fileName();
    progress.setStatus(tr("Checking the package %1").arg(fileName));
    std::optional<PackageInfo> package = reader.read(device, fileName, displayName, &result.error);
    result.statistics = {totals.compressed, totals.decompressed};
    if (!package)
        return result;
    PackageArchive archive;
    archive.size = device.isSequential() ? totals.compressed : device.size();
    archive.format = PackageArchiveFormat::Gzip;
    archive.packages.append(*package);
    result.archive = archive;
    return result;
}

PackageArchiveReader::Result PackageArchiveReader::readZip(QIODevice &device,
                                                           const QString &displayName,
                                                           Progress &progress) const
{
    Result result;
    PackageStreamReader::Totals totals;
    auto fail = [&](PackageArchiveProblem problem, const QString &message,
                    const QString &entry = {}, const QString &details = {}) {
        result.error = {problem, message, entry, details};
        result.statistics = {totals.compressed, totals.decompressed};
        return result;
    };
    if (device.isSequential())
        return fail(PackageArchiveProblem::Unreadable,
                    tr("Cannot read the zip archive %1 from a stream; save it to a file first.")
                            .arg(displayName));

    // An empty zip is only its end record; minizip refuses to open it.
    const bool emptyZip = device.peek(4) == QByteArrayView("PK\x05\x06");
    QuaZip zip(&device);
    if (!zip.open(QuaZip::mdUnzip) && emptyZip)
        return fail(PackageArchiveProblem::NoPackages,
                    tr("The zip archive %1 holds no packages (.gz files). Choose the package "
                       "archive the vendor supplied.")
                            .arg(displayName));
    if (!zip.isOpen())
        return fail(PackageArchiveProblem::CorruptZip,
                    tr("The zip archive %1 is damaged: its table of contents cannot be read. "
                       "Get the archive again.")
                            .arg(displayName),
                    {}, u"QuaZip error %1"_s.arg(zip.getZipError()));
    const int entryCount = zip.getEntriesCount();
    if (entryCount < 0)
        return fail(PackageArchiveProblem::CorruptZip,
                    tr("The zip archive %1 is damaged: its table of contents cannot be read. "
                       "Get the archive again.")
                            .arg(displayName),
                    {}, u"QuaZip error %1"_s.arg(zip.getZipError()));
    if (m_limits.maxZipEntries > 0 && entryCount > m_limits.maxZipEntries)
        return fail(PackageArchiveProblem::TooManyEntries,
                    tr("The zip archive %1 has %2 entries; a package archive may have at most "
                       "%3.")
                            .arg(displayName)
                            .arg(entryCount)
                            .arg(m_limits.maxZipEntries));
    const QList<QuaZipFileInfo64> entries = zip.getFileInfoList64();
    if (zip.getZipError() != UNZ_OK)
        return fail(PackageArchiveProblem::CorruptZip,
                    tr("The zip archive %1 is damaged: its table of contents cannot be read. "
                       "Get the archive again.")
                            .arg(displayName),
                    {}, u"QuaZip error %1"_s.arg(zip.getZipError()));

    // First the table of contents alone: names, kinds and declared sizes, before any data.
    QSet<QString> names;
    int packageCount = 0;
    qint64 declaredTotal = 0;
    for (const QuaZipFileInfo64 &entry : entries) {
        const bool isFolder = entry.name.endsWith(u'/') || entry.name.endsWith(u'\\');
        const QString name = isFolder ? entry.name.chopped(1) : entry.name;
        const QString problem = PackageEntryName::problem(name);
        if (!problem.isEmpty()) {
            QString shown = entry.name.left(200);
            for (QChar &c : shown) {
                if (c.unicode() < 0x20)
                    c = u'?';
            }
            return fail(PackageArchiveProblem::UnsafeName,
                        tr("The zip archive %1 is refused: the entry \"%2\" has an unsafe name "
                           "(%3).")
                                .arg(displayName, shown, problem),
                        shown);
        }
        const QString key = PackageEntryName::normalized(name).toLower();
        if (names.contains(key))
            return fail(PackageArchiveProblem::DuplicatePackage,
                        tr("The zip archive %1 is refused: it holds \"%2\" twice.")
                                .arg(displayName, entry.name),
                        entry.name);
        names.insert(key);
        if (isFolder)
            continue;
        if (!name.endsWith(u".gz"_s, Qt::CaseInsensitive) || entry.isSymbolicLink())
            return fail(PackageArchiveProblem::NotAPackage,
                        tr("The zip archive %1 is refused: \"%2\" is not a package. A package "
                           "archive holds only package files (.gz).")
                                .arg(displayName, entry.name),
                        entry.name);
        if (entry.flags & 1)
            return fail(PackageArchiveProblem::NotAPackage,
                        tr("The zip archive %1 is refused: \"%2\" is encrypted.")
                                .arg(displayName, entry.name),
                        entry.name);
        if (entry.method != 0 && entry.method != Z_DEFLATED)
            return fail(PackageArchiveProblem::CorruptZip,
                        tr("The zip archive %1 cannot be read: \"%2\" uses an unsupported "
                           "compression method (%3). Pack the archive with the usual "
                           "(deflate) compression.")
                                .arg(displayName, entry.name)
                                .arg(entry.method),
                        entry.name);
        ++packageCount;
        if (m_limits.maxPackages > 0 && packageCount > m_limits.maxPackages)
            return fail(PackageArchiveProblem::TooManyEntries,
                        tr("The zip archive %1 holds more than %2 packages, the limit for an "
                           "archive.")
                                .arg(displayName)
                                .arg(m_limits.maxPackages));
        const qint64 declared = qint64(std::min<quint64>(entry.uncompressedSize, quint64(1) << 62));
        if (m_limits.maxPackageFileSize > 0 && declared > m_limits.maxPackageFileSize)
            return fail(PackageArchiveProblem::TooLarge,
                        tr("The zip archive %1 is refused: the package \"%2\" is %3, more than "
                           "the %4 a package file may have.")
                                .arg(displayName, entry.name, size(declared),
                                     size(m_limits.maxPackageFileSize)),
                        entry.name);
        declaredTotal += declared;
        if (m_limits.maxTotalSize > 0 && declaredTotal > m_limits.maxTotalSize)
            return fail(PackageArchiveProblem::TooLarge,
                        tr("The zip archive %1 unpacks to more than %2, the limit for an archive. "
                           "It is refused as a possible decompression bomb.")
                                .arg(displayName, size(m_limits.maxTotalSize)),
                        entry.name);
        const qint64 compressed = std::max<qint64>(
                qint64(std::min<quint64>(entry.compressedSize, quint64(1) << 62)), 1);
        if (m_limits.maxCompressionRatio > 0 && declared > m_limits.ratioGrace &&
            declared / compressed > m_limits.maxCompressionRatio)
            return fail(PackageArchiveProblem::CompressionRatio,
                        tr("The zip archive %1 is refused: \"%2\" is compressed more than %3 "
                           "times (%4 from %5), which real packages never are. It looks like a "
                           "decompression bomb.")
                                .arg(displayName, entry.name)
                                .arg(m_limits.maxCompressionRatio)
                                .arg(size(declared), size(compressed)),
                        entry.name);
    }
    if (packageCount == 0)
        return fail(PackageArchiveProblem::NoPackages,
                    tr("The zip archive %1 holds no packages (.gz files). Choose the package "
                       "archive the vendor supplied.")
                            .arg(displayName));

    // Then every package, streamed: zip entry -> gzip -> entries.
    InputMeter meter(progress, declaredTotal, kReadShare);
    PackageArchive archive;
    archive.size = device.size();
    archive.format = PackageArchiveFormat::Zip;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 entry;
        if (!zip.getCurrentFileInfo(&entry))
            return fail(PackageArchiveProblem::CorruptZip,
                        tr("The zip archive %1 is damaged: its table of contents cannot be "
                           "read. Get the archive again.")
                                .arg(displayName),
                        {}, u"QuaZip error %1"_s.arg(zip.getZipError()));
        if (entry.name.endsWith(u'/') || entry.name.endsWith(u'\\'))
            continue;
        if (progress.isCancelled())
            return fail(PackageArchiveProblem::Cancelled, tr("Cancelled."));
        progress.setStatus(tr("Checking the package %1").arg(entry.name));
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return fail(PackageArchiveProblem::CorruptZip,
                        tr("The zip archive %1 is damaged: \"%2\" cannot be unpacked. Get the "
                           "archive again.")
                                .arg(displayName, entry.name),
                        entry.name, u"QuaZip error %1"_s.arg(file.getZipError()));
        PackageStreamReader reader(m_limits, totals, progress.cancellation(),
                                   [&meter](qint64 n) { meter.add(n); });
        const QString where = tr("%1 in the archive %2").arg(entry.name, displayName);
        PackageArchiveError error;
        std::optional<PackageInfo> package = reader.read(file, entry.name, where, &error);
        const int readError = file.getZipError();
        file.close();
        const int closeError = file.getZipError();
        if (!package) {
            if (error.problem == PackageArchiveProblem::Unreadable || readError != UNZ_OK)
                return fail(PackageArchiveProblem::CorruptZip,
                            tr("The zip archive %1 is damaged: \"%2\" cannot be unpacked. Get "
                               "the archive again.")
                                    .arg(displayName, entry.name),
                            entry.name, error.details);
            result.error = error;
            result.statistics = {totals.compressed, totals.decompressed};
            return result;
        }
        if (closeError != UNZ_OK)
            return fail(PackageArchiveProblem::CorruptZip,
                        tr("The zip archive %1 is damaged: the data of \"%2\" does not match its "
                           "checksum. Get the archive again.")
                                .arg(displayName, entry.name),
                        entry.name, u"QuaZip error %1"_s.arg(closeError));
        for (const PackageInfo &other : std::as_const(archive.packages)) {
            if (other.name.compare(package->name, Qt::CaseInsensitive) == 0)
                return fail(PackageArchiveProblem::DuplicatePackage,
                            tr("The zip archive %1 is refused: it holds the package %2 twice "
                               "(in \"%3\" and \"%4\").")
                                    .arg(displayName, package->name, other.fileName, entry.name),
                            entry.name);
            if (other.uid == package->uid)
                return fail(PackageArchiveProblem::DuplicatePackage,
                            tr("The zip archive %1 is refused: the packages %2 and %3 have the "
                               "same UId %4.")
                                    .arg(displayName, other.name, package->name, package->uid),
                            entry.name);
        }
        archive.packages.append(*package);
    }
    if (zip.getZipError() != UNZ_OK)
        return fail(PackageArchiveProblem::CorruptZip,
                    tr("The zip archive %1 is damaged: its table of contents cannot be read. "
                       "Get the archive again.")
                            .arg(displayName),
                    {}, u"QuaZip error %1"_s.arg(zip.getZipError()));
    if (archive.packages.size() != packageCount)
        return fail(
                PackageArchiveProblem::CorruptZip,
                tr("The zip archive %1 is damaged: its table of contents cannot be read. "
                   "Get the archive again.")
                        .arg(displayName),
                {},
                u"listed %1 packages, read %2"_s.arg(packageCount).arg(archive.packages.size()));
    result.archive = archive;
    result.statistics = {totals.compressed, totals.decompressed};
    return result;
}

QString PackageArchiveReader::formatSize(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return tr("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(locale.toString(double(bytes) / 1024, 'f', 1));
    if (bytes < qint64(1024) * 1024 * 1024)
        return tr("%1 MB").arg(locale.toString(double(bytes) / (1024 * 1024), 'f', 1));
    return tr("%1 GB").arg(locale.toString(double(bytes) / (1024.0 * 1024 * 1024), 'f', 1));
}

QString PackageArchiveReader::toString(PackageArchiveFormat format)
{
    return format == PackageArchiveFormat::Zip ? u"zip"_s : u"gz"_s;
}

QString PackageArchiveReader::toString(PackageArchiveProblem problem)
{
    switch (problem) {
    case PackageArchiveProblem::None:
        return u"none"_s;
    case PackageArchiveProblem::Unreadable:
        return u"unreadable"_s;
    case PackageArchiveProblem::Empty:
        return u"empty"_s;
    case PackageArchiveProblem::UnknownFormat:
        return u"unknown-format"_s;
    case PackageArchiveProblem::CorruptZip:
        return u"corrupt-zip"_s;
    case PackageArchiveProblem::CorruptGzip:
        return u"corrupt-gzip"_s;
    case PackageArchiveProblem::Truncated:
        return u"truncated"_s;
    case PackageArchiveProblem::UnsafeName:
        return u"unsafe-name"_s;
    case PackageArchiveProblem::NotAPackage:
        return u"not-a-package"_s;
    case PackageArchiveProblem::TooLarge:
        return u"too-large"_s;
    case PackageArchiveProblem::CompressionRatio:
        return u"compression-ratio"_s;
    case PackageArchiveProblem::TooManyEntries:
        return u"too-many-entries"_s;
    case PackageArchiveProblem::NoPackages:
        return u"no-packages"_s;
    case PackageArchiveProblem::NoDescriptor:
        return u"no-descriptor"_s;
    case PackageArchiveProblem::BadDescriptor:
        return u"bad-descriptor"_s;
    case PackageArchiveProblem::DuplicatePackage:
        return u"duplicate-package"_s;
    case PackageArchiveProblem::Cancelled:
        return u"cancelled"_s;
    }
    return u"unknown"_s;
}

} // namespace upgrade
