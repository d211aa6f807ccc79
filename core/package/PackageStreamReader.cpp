#include "PackageStreamReader.h"

#include "PackageArchiveReader.h"
#include "PackageDescriptor.h"
#include "PackageEntryName.h"

#include <QtEndian>

#include <zlib.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

constexpr qint64 kBlock = 64 * 1024;

/// zlib's inflate over a gzip stream pulled from a QIODevice in kBlock pieces. Members that
/// follow one another (as RFC 1952 allows) are read as one stream; anything else after the
/// end of a member is an error. Used by PackageStreamReader only.
class GzipSource
{
public:
    enum class Failure { None, Device, Corrupt, EndsEarly };

    GzipSource(QIODevice &device, const std::function<void(qint64)> &onInput)
        : m_device(device)
        , m_onInput(onInput)
        , m_input(kBlock, Qt::Uninitialized)
    {
        std::memset(&m_z, 0, sizeof m_z);
        m_initialised = inflateInit2(&m_z, 16 + MAX_WBITS) == Z_OK;
        if (!m_initialised) {
            m_failure = Failure::Corrupt;
            m_details = u"inflateInit2 failed"_s;
        }
    }
    ~GzipSource()
    {
        if (m_initialised)
            inflateEnd(&m_z);
    }
    GzipSource(const GzipSource &) = delete;
    GzipSource &operator=(const GzipSource &) = delete;

    /// Up to `n` (<= kBlock) decompressed bytes into `to`; 0 at the end of the data; -1 on a
    /// failure (failure(), details()).
    qint64 read(char *to, qint64 n)
    {
        if (m_failure != Failure::None)
            return -1;
        if (m_finished)
            return 0;
        while (true) {
            if (m_z.avail_in == 0 && !m_inputEnded && !fill())
                return -1;
            if (m_memberEnded) {
                if (m_z.avail_in == 0) {
                    if (m_inputEnded) {
                        m_finished = true;
                        return 0;
                    }
                    continue;
                }
                // More data after a member: it must be another gzip member.
                inflateReset(&m_z);
                m_memberEnded = false;
                m_afterMember = true;
            }
            m_z.next_out = reinterpret_cast<Bytef *>(to);
            m_z.avail_out = static_cast<uInt>(n);
            const int ret = inflate(&m_z, Z_NO_FLUSH);
            const qint64 produced = n - qint64(m_z.avail_out);
            m_out += produced;
            switch (ret) {
            case Z_STREAM_END:
                m_memberEnded = true;
                m_afterMember = false;
                break;
            case Z_OK:
            case Z_BUF_ERROR:
                if (produced == 0 && m_z.avail_in == 0 && m_inputEnded) {
                    m_failure = Failure::EndsEarly;
                    m_details = u"unexpected end of the gzip stream"_s;
                    return -1;
                }
                break;
            default:
                m_failure = Failure::Corrupt;
                m_details = m_z.msg ? QString::fromLatin1(m_z.msg) : u"zlib error %1"_s.arg(ret);
                if (m_afterMember)
                    m_details += u" (data after the end of the gzip stream)"_s;
                return -1;
            }
            if (produced > 0)
                return produced;
        }
    }

    Failure failure() const { return m_failure; }
    QString details() const { return m_details; }
    qint64 bytesIn() const { return m_in; }                              ///< read from the device
    qint64 bytesConsumed() const { return m_in - qint64(m_z.avail_in); } ///< given to inflate
    qint64 bytesOut() const { return m_out; }

private:
    bool fill()
    {
        const qint64 got = m_device.read(m_input.data(), kBlock);
        if (got < 0) {
            m_failure = Failure::Device;
            m_details = m_device.errorString();
            return false;
        }
        if (got == 0) {
            m_inputEnded = true;
            return true;
        }
        m_z.next_in = reinterpret_cast<Bytef *>(m_input.data());
        m_z.avail_in = static_cast<uInt>(got);
        m_in += got;
        if (m_onInput)
            m_onInput(got);
        return true;
    }

    QIODevice &m_device;
    const std::function<void(qint64)> &m_onInput;
    QByteArray m_input;
    z_stream m_z;
    bool m_initialised = false;
    bool m_inputEnded = false;
    bool m_memberEnded = false;
    bool m_afterMember = false;
    bool m_finished = false;
    Failure m_failure = Failure::None;
    QString m_details;
    qint64 m_in = 0;
    qint64 m_out = 0;
};

QString size(qint64 bytes)
{
    return PackageArchiveReader::formatSize(bytes);
}

} // namespace

PackageStreamReader::PackageStreamReader(const PackageArchiveLimits &limits, Totals &totals,
                                         Cancellation cancellation,
                                         std::function<void(qint64)> onInput)
    : m_limits(limits)
    , m_totals(totals)
    , m_cancellation(std::move(cancellation))
    , m_onInput(std::move(onInput))
{}

std::optional<PackageInfo> PackageStreamReader::read(QIODevice &device, const QString &fileName,
                                                     const QString &where,
                                                     PackageArchiveError *error)
{
    auto fail = [&](PackageArchiveProblem problem, const QString &message,
                    const QString &entry = {}, const QString &details = {}) {
        if (error) {
            *error = PackageArchiveError{problem, message,
                                         entry.isEmpty() ? fileName : fileName + u'/' + entry,
                                         details};
        }
        return std::optional<PackageInfo>{};
    };

    const std::function<void(qint64)> onInput = [&](qint64 n) {
        m_totals.compressed += n;
        if (m_onInput)
            m_onInput(n);
    };
    GzipSource source(device, onInput);
    PackageArchiveError limitError;

    // Reads up to n bytes (fewer only at the end of the data); -1 on any failure, with
    // limitError set.
    auto readExact = [&](char *to, qint64 n) -> qint64 {
        qint64 done = 0;
        while (done < n) {
            if (m_cancellation.isCancelled()) {
                limitError = {PackageArchiveProblem::Cancelled, tr("Cancelled."), {}, {}};
                return -1;
            }
            const qint64 got = source.read(to + done, std::min(n - done, kBlock));
            if (got < 0) {
                switch (source.failure()) {
                case GzipSource::Failure::Device:
                    limitError = {PackageArchiveProblem::Unreadable,
                                  tr("Cannot read the package %1.").arg(where),
                                  {},
                                  source.details()};
                    break;
                case GzipSource::Failure::EndsEarly:
                    limitError = {PackageArchiveProblem::CorruptGzip,
                                  tr("The package %1 is damaged: its gzip data ends early (the "
                                     "file is incomplete). Get the archive again.")
                                          .arg(where),
                                  {},
                                  source.details()};
                    break;
                default:
                    limitError = {PackageArchiveProblem::CorruptGzip,
                                  tr("The package %1 is damaged: its gzip data is corrupt. Get "
                                     "the archive again.")
                                          .arg(where),
                                  {},
                                  source.details()};
                }
                return -1;
            }
            if (got == 0)
                break;
            done += got;
            m_totals.decompressed += got;
            const qint64 out = source.bytesOut();
            if (m_limits.maxPackageSize > 0 && out > m_limits.maxPackageSize) {
                limitError = {PackageArchiveProblem::TooLarge,
                              tr("The package %1 unpacks to more than %2, the limit for one "
                                 "package. It is refused as a possible decompression bomb.")
                                      .arg(where, size(m_limits.maxPackageSize)),
                              {},
                              {}};
                return -1;
            }
            if (m_limits.maxTotalSize > 0 && m_totals.decompressed > m_limits.maxTotalSize) {
                limitError = {PackageArchiveProblem::TooLarge,
                              tr("The packages of the archive unpack to more than %1, the limit "
                                 "for an archive (reached in %2). It is refused as a possible "
                                 "decompression bomb.")
                                      .arg(size(m_limits.maxTotalSize), where),
                              {},
                              {}};
                return -1;
            }
            const qint64 consumed = std::max<qint64>(source.bytesConsumed(), 1);
            if (m_limits.maxCompressionRatio > 0 && out > m_limits.ratioGrace &&
                out / consumed > m_limits.maxCompressionRatio) {
                limitError = {PackageArchiveProblem::CompressionRatio,
                              tr("The package %1 is compressed more than %2 times (%3 from %4): "
                                 "real packages never are. It is refused as a decompression "
                                 "bomb.")
                                      .arg(where)
                                      .arg(m_limits.maxCompressionRatio)
                                      .arg(size(out), size(consumed)),
                              {},
                              {}};
                return -1;
            }
        }
        return done;
    };
    auto failRead = [&](const QString &entry = {}) {
        return fail(limitError.problem, limitError.message, entry, limitError.details);
    };

    // These two bound allocations, so they always apply.
    const int nameLimit = m_limits.maxNameLength > 0 ? m_limits.maxNameLength
                                                     : PackageArchiveLimits{}.maxNameLength;
    const qint64 descriptorLimit = m_limits.maxDescriptorSize > 0
                                           ? m_limits.maxDescriptorSize
                                           : PackageArchiveLimits{}.maxDescriptorSize;
    QByteArray scratch(kBlock, Qt::Uninitialized);
    QByteArray descriptor;
    QString descriptorName;
    int count = 0;
    while (true) {
        char header[4];
        qint64 got = readExact(header, 4);
        if (got < 0)
            return failRead();
        if (got == 0)
            break;
        const int number = count + 1;
        if (got < 4)
            return fail(PackageArchiveProblem::Truncated,
                        tr("The package %1 is damaged: its data ends inside the header of file "
                           "number %2. Get the archive again.")
                                .arg(where)
                                .arg(number));
        ++count;
        if (m_limits.maxFilesPerPackage > 0 && count > m_limits.maxFilesPerPackage)
            return fail(PackageArchiveProblem::TooManyEntries,
                        tr("The package %1 has more than %2 files, the limit for a package.")
                                .arg(where)
                                .arg(m_limits.maxFilesPerPackage));
        const quint32 nameLength = qFromLittleEndian<quint32>(header);
        if (nameLength == 0)
            return fail(PackageArchiveProblem::UnsafeName,
                        tr("The package %1 is refused: file number %2 has an empty name.")
                                .arg(where)
                                .arg(number));
        if (nameLength > quint32(nameLimit))
            return fail(PackageArchiveProblem::UnsafeName,
                        tr("The package %1 is refused: the name of file number %2 is %3 "
                           "characters long (at most %4 are allowed).")
                                .arg(where)
                                .arg(number)
                                .arg(nameLength)
                                .arg(nameLimit));
        QByteArray nameBytes(qsizetype(nameLength) * 2, Qt::Uninitialized);
        got = readExact(nameBytes.data(), nameBytes.size());
        if (got < 0)
            return failRead();
        if (got < nameBytes.size())
            return fail(PackageArchiveProblem::Truncated,
                        tr("The package %1 is damaged: its data ends inside the name of file "
                           "number %2. Get the archive again.")
                                .arg(where)
                                .arg(number));
        QString name;
        name.reserve(nameLength);
        bool ascii = true;
        for (quint32 i = 0; i < nameLength; ++i) {
            const auto low = static_cast<unsigned char>(nameBytes.at(2 * i));
            const auto high = static_cast<unsigned char>(nameBytes.at(2 * i + 1));
            if (high != 0 || low > 0x7e) {
                ascii = false;
                name.append(u'?');
            } else {
                name.append(QChar(char16_t(low)));
            }
        }
        if (!ascii)
            return fail(PackageArchiveProblem::UnsafeName,
                        tr("The package %1 is refused: the name of file number %2 has "
                           "characters other than ASCII (\"%3\").")
                                .arg(where)
                                .arg(number)
                                .arg(name.left(200)),
                        name.left(200));
        const QString problem = PackageEntryName::problem(name);
        if (!problem.isEmpty()) {
            QString shown = name.left(200);
            for (QChar &c : shown) {
                if (c.unicode() < 0x20)
                    c = u'?';
            }
            return fail(PackageArchiveProblem::UnsafeName,
                        tr("The package %1 is refused: the file \"%2\" has an unsafe name (%3).")
                                .arg(where, shown, problem),
                        shown);
        }
        got = readExact(header, 4);
        if (got < 0)
            return failRead(name);
        if (got < 4)
            return fail(PackageArchiveProblem::Truncated,
                        tr("The package %1 is damaged: its data ends before the length of the "
                           "file \"%2\". Get the archive again.")
                                .arg(where, name),
                        name);
        const quint32 length = qFromLittleEndian<quint32>(header);
        if (m_limits.maxPackageSize > 0 &&
            source.bytesOut() + qint64(length) > m_limits.maxPackageSize)
            return fail(PackageArchiveProblem::TooLarge,
                        tr("The package %1 is refused: the file \"%2\" declares %3, beyond the "
                           "limit of %4 for a package.")
                                .arg(where, name, size(length), size(m_limits.maxPackageSize)),
                        name);

        const bool isDescriptor = PackageEntryName::normalized(name).compare(
                                          u"descriptor.json"_s, Qt::CaseInsensitive) == 0;
        if (isDescriptor) {
            if (!descriptorName.isEmpty())
                return fail(PackageArchiveProblem::BadDescriptor,
                            tr("The package %1 is refused: it has two descriptor.json files "
                               "(\"%2\" and \"%3\").")
                                    .arg(where, descriptorName, name),
                            name);
            if (length > descriptorLimit)
                return fail(PackageArchiveProblem::TooLarge,
                            tr("The package %1 is refused: its descriptor.json is %2, more than "
                               "the %3 a descriptor may have.")
                                    .arg(where, size(length), size(descriptorLimit)),
                            name);
            descriptorName = name;
            descriptor.resize(length);
            got = readExact(descriptor.data(), length);
            if (got < 0)
                return failRead(name);
        } else {
            got = 0;
            while (got < qint64(length)) {
                const qint64 want = std::min(kBlock, qint64(length) - got);
                const qint64 n = readExact(scratch.data(), want);
                if (n < 0)
                    return failRead(name);
                got += n;
                if (n < want)
                    break;
            }
        }
        if (got < qint64(length))
            return fail(PackageArchiveProblem::Truncated,
                        tr("The package %1 is damaged: the file \"%2\" should hold %3 bytes, but "
                           "only %4 remain. Get the archive again.")
                                .arg(where, name)
                                .arg(length)
                                .arg(got),
                        name);
    }

    if (descriptorName.isEmpty())
        return fail(PackageArchiveProblem::NoDescriptor,
                    tr("The package %1 has no descriptor.json: it is not a BPMSoft package.")
                            .arg(where));
    QString problem;
    std::optional<PackageInfo> info = PackageDescriptor::parse(descriptor, &problem);
    if (!info)
        return fail(PackageArchiveProblem::BadDescriptor,
                    tr("The descriptor.json of the package %1 is invalid: %2.").arg(where, problem),
                    descriptorName);
    info->fileName = fileName;
    info->compressedSize = source.bytesIn();
    info->contentSize = source.bytesOut();
    info->fileCount = count;
    return info;
}

} // namespace upgrade
