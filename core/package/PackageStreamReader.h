#pragma once

#include "PackageArchive.h"
#include "util/Cancellation.h"

#include <QCoreApplication>
#include <QIODevice>

#include <functional>
#include <optional>

namespace upgrade {

/// Reads one package: the gzip stream of a `Name.gz` (as a file or as a zip entry), streamed
/// through zlib in 64 KiB blocks. Decompressed, the stream is a sequence of entries (uint32 LE
/// name length in UTF-16 characters, the UTF-16LE name, uint32 LE content length, content);
/// every entry is checked (PackageEntryName, lengths, limits) and skipped, except
/// descriptor.json, which is kept (up to its limit) and parsed. The whole stream is read, so
/// the gzip CRC (and a zip entry's CRC) is verified. Memory stays below a few hundred KiB plus
/// the descriptor, whatever the input. One reader per package; used on one thread.
class PackageStreamReader
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::PackageStreamReader)
public:
    /// Counters shared by the packages of one archive, for the archive-wide limits.
    struct Totals
    {
        qint64 compressed = 0;   ///< bytes read from the devices
        qint64 decompressed = 0; ///< bytes inflated
    };

    /// `onInput` is called with the number of bytes after each read from the device.
    PackageStreamReader(const PackageArchiveLimits &limits, Totals &totals,
                        Cancellation cancellation, std::function<void(qint64)> onInput = {});

    /// Reads `device` from its position to its end. `fileName` becomes PackageInfo::fileName;
    /// `where` names the package in messages ("Pkg.gz in the archive x.zip"). On failure:
    /// nullopt and `error` (entry: "fileName" or "fileName/inner/entry"). A device read error
    /// is reported as Unreadable with the device's error text in the details.
    std::optional<PackageInfo> read(QIODevice &device, const QString &fileName,
                                    const QString &where, PackageArchiveError *error);

private:
    const PackageArchiveLimits &m_limits;
    Totals &m_totals;
    Cancellation m_cancellation;
    std::function<void(qint64)> m_onInput;
};

} // namespace upgrade
