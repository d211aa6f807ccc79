// PackageArchiveReader on archives built here in the real format (PackageArchiveBuilder): valid
// single packages and zips of several, and every hostile case the reader must refuse — with the
// right problem, a message naming the entry, and early stops within bounded memory for bombs.
#include "package/PackageArchiveReader.h"
#include "PackageArchiveBuilder.h"
#include "QtPrinters.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;
using Builder = upgrade::PackageArchiveBuilder;

namespace {

Builder::Descriptor descriptor(const QString &name, const QString &version = u"1.0.0"_s)
{
    Builder::Descriptor d;
    d.name = name;
    d.version = version;
    d.maintainer = u"Smr"_s;
    return d;
}

/// A package stream with the descriptor of `name` followed by `tail` (raw entries).
QByteArray streamWith(const QString &name, const QByteArray &tail)
{
    return Builder::packageStream(descriptor(name)) + tail;
}

QByteArray utf16(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xff));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

/// Peak and current resident memory of this process (Linux), in bytes; -1 elsewhere.
qint64 procStatus(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpression re(QString::fromLatin1(field) + u":\\s+(\\d+) kB"_s);
    const auto match = re.match(text);
    return match.hasMatch() ? match.captured(1).toLongLong() * 1024 : -1;
}

/// Resets the peak resident size (VmHWM) to the current one; false where unsupported.
bool resetPeakMemory()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

class RecordingProgress : public Progress
{
public:
    void setFraction(double f) override { fractions.append(f); }
    void setStatus(const QString &text) override { statuses.append(text); }
    void log(const QString &) override {}
    Cancellation cancellation() const override { return cancel; }
    QList<double> fractions;
    QStringList statuses;
    Cancellation cancel;
};

class PackageArchiveReaderTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        EXPECT_TRUE(Builder::write(path, bytes));
        return path;
    }

    PackageArchiveReader::Result read(const QString &name, const QByteArray &bytes,
                                      const PackageArchiveLimits &limits = {})
    {
        return PackageArchiveReader(limits).read(write(name, bytes));
    }

    /// Reads and expects a refusal with `problem` whose message names `mustName`.
    PackageArchiveReader::Result refused(const QString &name, const QByteArray &bytes,
                                         PackageArchiveProblem problem,
                                         const QString &mustName = {},
                                         const PackageArchiveLimits &limits = {})
    {
        const auto result = read(name, bytes, limits);
        EXPECT_FALSE(result.ok());
        EXPECT_EQ(PackageArchiveReader::toString(result.error.problem),
                  PackageArchiveReader::toString(problem))
                << result.error.message.toStdString() << " | "
                << result.error.details.toStdString();
        EXPECT_FALSE(result.error.message.isEmpty());
        EXPECT_TRUE(result.error.message.contains(name)) << result.error.message.toStdString();
        if (!mustName.isEmpty()) {
            EXPECT_TRUE(result.error.message.contains(mustName))
                    << result.error.message.toStdString();
        }
        return result;
    }
};

TEST_F(PackageArchiveReaderTest, ReadsOnePackageGz)
{
    Builder::Descriptor d = descriptor(u"SmrConnector"_s, u"2.1.0"_s);
    d.dependsOn = {{u"Base"_s, {}, u"7.8.0"_s}, {u"SmrBase"_s, {}, u"1.0.0"_s}};
    d.modifiedOnMs = 1700000000123;
    const QList<Builder::File> files = {
            {u"Schemas/SmrSyncHistory/metadata.json"_s, "{\"a\": 1}"},
            {u"SqlScripts\\MSSql\\SmrFix.sql"_s, "UPDATE x SET y = 1;"},
            {u"Data/SmrIntegrationObject/data.json"_s, QByteArray(100000, 'x')},
            {u"Files/empty.txt"_s, {}},
    };
    const QByteArray gz = Builder::package(d, files);
    RecordingProgress progress;
    const QString path = write(u"SmrConnector.gz"_s, gz);
    const auto result = PackageArchiveReader().read(path, progress);
    ASSERT_TRUE(result.ok()) << result.error.message.toStdString();
    const PackageArchive &archive = *result.archive;
    EXPECT_EQ(archive.format, PackageArchiveFormat::Gzip);
    EXPECT_EQ(archive.path, path);
    EXPECT_EQ(archive.size, gz.size());
    EXPECT_EQ(
            archive.sha256,
            QString::fromLatin1(QCryptographicHash::hash(gz, QCryptographicHash::Sha256).toHex()));
    ASSERT_EQ(archive.packages.size(), 1);
    const PackageInfo &p = archive.packages.first();
    EXPECT_EQ(p.name, u"SmrConnector"_s);
    EXPECT_EQ(p.uid, Builder::uidFor(u"SmrConnector"_s));
    EXPECT_EQ(p.version, u"2.1.0"_s);
    EXPECT_EQ(p.maintainer, u"Smr"_s);
    ASSERT_EQ(p.dependsOn.size(), 2);
    EXPECT_EQ(p.dependsOn[0].name, u"Base"_s);
    EXPECT_EQ(p.dependsOn[0].version, u"7.8.0"_s);
    EXPECT_EQ(p.dependsOn[1].uid, Builder::uidFor(u"SmrBase"_s));
    EXPECT_EQ(p.modifiedOnUtc.toMSecsSinceEpoch(), 1700000000123);
    EXPECT_EQ(p.fileName, u"SmrConnector.gz"_s);
    EXPECT_EQ(p.fileCount, files.size() + 1);
    EXPECT_EQ(p.contentSize, Builder::packageStream(d, files).size());
    EXPECT_EQ(p.compressedSize, gz.size());
    EXPECT_EQ(result.statistics.decompressedBytes, p.contentSize);
    ASSERT_FALSE(progress.fractions.isEmpty());
    EXPECT_DOUBLE_EQ(progress.fractions.last(), 1.0);
    EXPECT_TRUE(std::is_sorted(progress.fractions.begin(), progress.fractions.end()));
}

TEST_F(PackageArchiveReaderTest, ReadsAZipOfSeveralPackagesInOrder)
{
    Builder builder;
    Builder::Descriptor connector = descriptor(u"SmrConnector"_s, u"2.1.0"_s);
    connector.dependsOn = {{u"SmrBase"_s, {}, u"1.1.0"_s}};
    builder.addPackage(descriptor(u"SmrBase"_s, u"1.1.0"_s),
                       {{u"Schemas/SmrBase/metadata.json"_s, "{}"}})
            .addPackage(connector, {{u"Resources/x.ru-RU.xml"_s, "<x/>"}})
            .addPackage(descriptor(u"SmrUi"_s, u"7.18.0.1234"_s));
    for (const bool store : {false, true}) {
        SCOPED_TRACE(store ? "stored" : "deflated");
        const QByteArray zip = builder.toZip(store);
        const auto result = read(u"connector.zip"_s, zip);
        ASSERT_TRUE(result.ok()) << result.error.message.toStdString();
        EXPECT_EQ(result.archive->format, PackageArchiveFormat::Zip);
        EXPECT_EQ(result.archive->size, zip.size());
        ASSERT_EQ(result.archive->packages.size(), 3);
        EXPECT_EQ(result.archive->packages[0].name, u"SmrBase"_s);
        EXPECT_EQ(result.archive->packages[1].name, u"SmrConnector"_s);
        EXPECT_EQ(result.archive->packages[1].fileName, u"SmrConnector.gz"_s);
        EXPECT_EQ(result.archive->packages[1].dependsOn.first().name, u"SmrBase"_s);
        EXPECT_EQ(result.archive->packages[2].version, u"7.18.0.1234"_s);
    }
}

TEST_F(PackageArchiveReaderTest, AcceptsFoldersDescriptorWithoutBomAndConcatenatedGzipMembers)
{
    // A zip with a folder entry and the packages inside it.
    const QByteArray zip = Builder::zip(
            {{u"Packages/"_s, {}}, {u"Packages/A.gz"_s, Builder::package(descriptor(u"A"_s))}});
    const auto inFolder = read(u"folder.zip"_s, zip);
    ASSERT_TRUE(inFolder.ok()) << inFolder.error.message.toStdString();
    EXPECT_EQ(inFolder.archive->packages.first().fileName, u"Packages/A.gz"_s);

    // descriptor.json without a byte order mark.
    const QByteArray plain = Builder::gzip(Builder::entry(
            u"descriptor.json"_s, Builder::descriptorJson(descriptor(u"B"_s), false)));
    const auto noBom = read(u"B.gz"_s, plain);
    ASSERT_TRUE(noBom.ok()) << noBom.error.message.toStdString();

    // The stream split into two gzip members (RFC 1952 allows it; gunzip reads it).
    const QByteArray stream = Builder::packageStream(descriptor(u"C"_s), {{u"x.txt"_s, "x"}});
    const QByteArray twoMembers = Builder::gzip(stream.left(7)) + Builder::gzip(stream.mid(7), 9);
    const auto members = read(u"C.gz"_s, twoMembers);
    ASSERT_TRUE(members.ok()) << members.error.message.toStdString();
    EXPECT_EQ(members.archive->packages.first().fileCount, 2);
}

TEST_F(PackageArchiveReaderTest, RefusesMissingEmptyAndGarbageFiles)
{
    const auto missing = PackageArchiveReader().read(dir.filePath(u"nope.zip"_s));
    EXPECT_EQ(missing.error.problem, PackageArchiveProblem::Unreadable);
    EXPECT_TRUE(missing.error.message.contains(u"nope.zip"_s));
    const auto folder = PackageArchiveReader().read(dir.path());
    EXPECT_EQ(folder.error.problem, PackageArchiveProblem::Unreadable);

    refused(u"empty.zip"_s, {}, PackageArchiveProblem::Empty);
    refused(u"garbage.zip"_s, "This is not an archive at all\n",
            PackageArchiveProblem::UnknownFormat);
    refused(u"one-byte.gz"_s, "\x1f", PackageArchiveProblem::UnknownFormat);
    refused(u"magic-only.gz"_s, "\x1f\x8b", PackageArchiveProblem::CorruptGzip);
    refused(u"pk.zip"_s, "PK\x03\x04garbage", PackageArchiveProblem::CorruptZip);
}

TEST_F(PackageArchiveReaderTest, RefusesCorruptGzip)
{
    const QByteArray gz = Builder::package(descriptor(u"SmrConnector"_s),
                                           {{u"Data/x.json"_s, QByteArray(50000, 'a')}});
    // Truncated: the download stopped half way.
    refused(u"truncated.gz"_s, gz.left(gz.size() / 2), PackageArchiveProblem::CorruptGzip);
    // Truncated just before the trailer.
    refused(u"no-trailer.gz"_s, gz.left(gz.size() - 8), PackageArchiveProblem::CorruptGzip);
    // A damaged byte inside the deflate data.
    QByteArray damaged = gz;
    damaged[20] = char(damaged[20] ^ 0x55);
    damaged[21] = char(damaged[21] ^ 0xaa);
    refused(u"damaged.gz"_s, damaged, PackageArchiveProblem::CorruptGzip);
    // A wrong CRC in the trailer.
    QByteArray badCrc = gz;
    badCrc[gz.size() - 8] = char(badCrc[gz.size() - 8] ^ 1);
    const auto crc = refused(u"crc.gz"_s, badCrc, PackageArchiveProblem::CorruptGzip);
    EXPECT_TRUE(crc.error.details.contains(u"check"_s)) << crc.error.details.toStdString();
    // Garbage after the end of the gzip stream.
    refused(u"trailing.gz"_s, gz + "garbage after the end", PackageArchiveProblem::CorruptGzip);
}

TEST_F(PackageArchiveReaderTest, RefusesLengthsBeyondTheStream)
{
    // Content length beyond what remains (within the limits): found at the end of the data.
    const auto content =
            refused(u"content.gz"_s,
                    Builder::gzip(streamWith(
                            u"A"_s, Builder::rawEntry(5, utf16(u"x.bin"_s), 100000, "short"))),
                    PackageArchiveProblem::Truncated, u"x.bin"_s);
    EXPECT_EQ(content.error.entry, u"content.gz/x.bin"_s);
    // A content length beyond the package limit: refused at once, nothing more inflated.
    const auto overflow =
            refused(u"overflow.gz"_s,
                    Builder::gzip(streamWith(
                            u"A"_s, Builder::rawEntry(5, utf16(u"x.bin"_s), 0xfffffff0u, "x"))),
                    PackageArchiveProblem::TooLarge, u"x.bin"_s);
    EXPECT_LT(overflow.statistics.decompressedBytes, 64 * 1024);
    // A name length beyond the remaining data.
    refused(u"name.gz"_s,
            Builder::gzip(streamWith(u"A"_s, Builder::rawEntry(500, utf16(u"abc"_s), 0, {}))),
            PackageArchiveProblem::Truncated);
    // An absurd name length: refused before anything is allocated or read.
    refused(u"hugename.gz"_s,
            Builder::gzip(streamWith(u"A"_s, Builder::rawEntry(0x7fffffffu, {}, 0, {}))),
            PackageArchiveProblem::UnsafeName);
    // A header cut in the middle.
    refused(u"header.gz"_s, Builder::gzip(streamWith(u"A"_s, QByteArray("\x05\x00", 2))),
            PackageArchiveProblem::Truncated);
    // The descriptor's own length beyond the data.
    refused(u"descriptor.gz"_s,
            Builder::gzip(Builder::rawEntry(15, utf16(u"descriptor.json"_s), 4000, "{}")),
            PackageArchiveProblem::Truncated, u"descriptor.json"_s);
}

TEST_F(PackageArchiveReaderTest, RefusesUnsafeNamesInsidePackages)
{
    const QStringList names = {
            u"..\\x"_s,
            u"../x"_s,
            u"Schemas/../../x"_s,
            u"C:\\x"_s,
            u"c:x"_s,
            u"/etc/x"_s,
            u"\\x"_s,
            u"\\\\server\\share\\x"_s,
            u"a//b"_s,
            u"a/"_s,
            u"./x"_s,
            u"x."_s,
            u"x /y"_s,
            u"x\x01y"_s,
            u"a|b"_s,
            u"a*b"_s,
            u"Files/\u0416.txt"_s,
            u"Files/\u00e9"_s,
    };
    for (const QString &name : names) {
        SCOPED_TRACE(name.toStdString());
        const QByteArray gz = Builder::gzip(
                streamWith(u"A"_s, Builder::rawEntry(quint32(name.size()), utf16(name), 1, "x")));
        const auto result = refused(u"names.gz"_s, gz, PackageArchiveProblem::UnsafeName);
        EXPECT_TRUE(result.error.entry.startsWith(u"names.gz"_s));
    }
    // The message quotes the name so the administrator sees what is wrong.
    const QByteArray gz =
            Builder::gzip(streamWith(u"A"_s, Builder::rawEntry(4, utf16(u"..\\x"_s), 1, "x")));
    const auto result = refused(u"dots.gz"_s, gz, PackageArchiveProblem::UnsafeName, u"..\\x"_s);
    EXPECT_EQ(result.error.entry, u"dots.gz/..\\x"_s);
    // An empty name.
    refused(u"empty-name.gz"_s, Builder::gzip(streamWith(u"A"_s, Builder::rawEntry(0, {}, 1, "x"))),
            PackageArchiveProblem::UnsafeName);
}

TEST_F(PackageArchiveReaderTest, RefusesMissingDuplicateAndMalformedDescriptors)
{
    refused(u"none.gz"_s, Builder::gzip(Builder::entry(u"Schemas/a.json"_s, "{}")),
            PackageArchiveProblem::NoDescriptor);
    refused(u"nothing.gz"_s, Builder::gzip({}), PackageArchiveProblem::NoDescriptor);
    refused(u"nested.gz"_s,
            Builder::gzip(Builder::entry(u"Files/descriptor.json"_s,
                                         Builder::descriptorJson(descriptor(u"A"_s)))),
            PackageArchiveProblem::NoDescriptor);
    refused(u"two.gz"_s,
            Builder::gzip(Builder::packageStream(descriptor(u"A"_s)) +
                          Builder::entry(u"Descriptor.json"_s,
                                         Builder::descriptorJson(descriptor(u"B"_s)))),
            PackageArchiveProblem::BadDescriptor);

    const QList<QPair<QString, QByteArray>> bad = {
            {u"not-json"_s, "{\"Descriptor\": {"},
            {u"no-descriptor-object"_s, "{\"Name\": \"A\"}"},
            {u"array"_s, "[1, 2]"},
            {u"no-name"_s, "{\"Descriptor\": {\"UId\": \"9e0f3a52-5c0c-4c43-9a3c-6d5d7bd7f0e1\", "
                           "\"PackageVersion\": \"1.0\"}}"},
            {u"bad-name"_s,
             "{\"Descriptor\": {\"Name\": \"../A\", \"UId\": "
             "\"9e0f3a52-5c0c-4c43-9a3c-6d5d7bd7f0e1\", \"PackageVersion\": \"1.0\"}}"},
            {u"bad-uid"_s, "{\"Descriptor\": {\"Name\": \"A\", \"UId\": \"nope\", "
                           "\"PackageVersion\": \"1.0\"}}"},
            {u"no-version"_s, "{\"Descriptor\": {\"Name\": \"A\", \"UId\": "
                              "\"9e0f3a52-5c0c-4c43-9a3c-6d5d7bd7f0e1\"}}"},
            {u"number-version"_s,
             "{\"Descriptor\": {\"Name\": \"A\", \"UId\": "
             "\"9e0f3a52-5c0c-4c43-9a3c-6d5d7bd7f0e1\", \"PackageVersion\": 1}}"},
            {u"bad-depends"_s, "{\"Descriptor\": {\"Name\": \"A\", \"UId\": "
                               "\"9e0f3a52-5c0c-4c43-9a3c-6d5d7bd7f0e1\", \"PackageVersion\": "
                               "\"1.0\", \"DependsOn\": {\"Name\": \"B\"}}}"},
            {u"bad-dependency"_s, "{\"Descriptor\": {\"Name\": \"A\", \"UId\": "
                                  "\"9e0f3a52-5c0c-4c43-9a3c-6d5d7bd7f0e1\", \"PackageVersion\": "
                                  "\"1.0\", \"DependsOn\": [{\"UId\": \"x\"}]}}"},
    };
    for (const auto &[label, json] : bad) {
        SCOPED_TRACE(label.toStdString());
        const auto result =
                refused(label + u".gz"_s, Builder::gzip(Builder::entry(u"descriptor.json"_s, json)),
                        PackageArchiveProblem::BadDescriptor, u"descriptor.json"_s);
        EXPECT_EQ(result.error.entry, label + u".gz/descriptor.json"_s);
    }
    // A descriptor larger than its limit is refused before it is read.
    refused(u"big.gz"_s,
            Builder::gzip(Builder::rawEntry(15, utf16(u"descriptor.json"_s), 5u << 20, {})),
            PackageArchiveProblem::TooLarge, u"descriptor.json"_s);
}

TEST_F(PackageArchiveReaderTest, StopsAGzipBombEarlyInBoundedMemory)
{
    // A valid package whose one file claims 900 MiB (under the 1 GiB package limit) of zeros:
    // 3 GiB of zeros in about 3 MB.
    const QByteArray prefix = Builder::packageStream(descriptor(u"Bomb"_s)) +
                              Builder::rawEntry(8, utf16(u"zero.bin"_s), 900u << 20, {});
    const QByteArray bomb = Builder::gzipWithZeros(prefix, qint64(3) << 30);
    ASSERT_LT(bomb.size(), 8 << 20);
    const QString path = write(u"bomb.gz"_s, bomb);

    const bool peakReset = resetPeakMemory();
    const qint64 before = procStatus("VmRSS");
    const auto result = PackageArchiveReader().read(path);
    const qint64 peak = procStatus("VmHWM");

    EXPECT_EQ(result.error.problem, PackageArchiveProblem::CompressionRatio)
            << result.error.message.toStdString();
    EXPECT_TRUE(result.error.message.contains(u"bomb.gz"_s));
    // Stopped right after the 16 MiB grace, long before the 900 MiB entry or the 3 GiB.
    const PackageArchiveLimits limits;
    EXPECT_GT(result.statistics.decompressedBytes, limits.ratioGrace);
    EXPECT_LT(result.statistics.decompressedBytes, limits.ratioGrace + (1 << 20));
    EXPECT_LT(result.statistics.compressedBytes, 1 << 20);
    if (peakReset && before > 0 && peak > 0) {
        EXPECT_LT(peak - before, 16 << 20) << "peak " << peak << " before " << before;
    }
}

TEST_F(PackageArchiveReaderTest, EnforcesSizeLimitsWhenRatioIsNotEnough)
{
    PackageArchiveLimits limits;
    limits.maxCompressionRatio = 0; // only the size limits
    limits.maxPackageSize = 24 << 20;
    limits.maxTotalSize = 40 << 20;

    // A file declared beyond the package limit: refused at its header.
    const QByteArray prefix = Builder::packageStream(descriptor(u"Big"_s)) +
                              Builder::rawEntry(5, utf16(u"a.bin"_s), 30u << 20, {});
    const auto declared = refused(u"big.gz"_s, Builder::gzipWithZeros(prefix, 30 << 20),
                                  PackageArchiveProblem::TooLarge, u"a.bin"_s, limits);
    EXPECT_LT(declared.statistics.decompressedBytes, 64 * 1024);

    // Many small files adding up beyond the package limit.
    QByteArray many = Builder::packageStream(descriptor(u"Many"_s));
    for (int i = 0; i < 30; ++i)
        many += Builder::entry(u"Files/%1.bin"_s.arg(i), QByteArray(1 << 20, '\0'));
    const auto streamed =
            refused(u"many.gz"_s, Builder::gzip(many), PackageArchiveProblem::TooLarge, {}, limits);
    EXPECT_LE(streamed.statistics.decompressedBytes, limits.maxPackageSize);

    // Three packages of 20 MiB each: fine alone, beyond the archive's total together; reading
    // stops inside the second.
    Builder builder;
    for (const QString &name : {u"P1"_s, u"P2"_s, u"P3"_s}) {
        const QByteArray p = Builder::packageStream(descriptor(name)) +
                             Builder::rawEntry(5, utf16(u"z.bin"_s), 20u << 20, {});
        builder.addFile(name + u".gz"_s, Builder::gzipWithZeros(p, 20 << 20));
    }
    const auto total = refused(u"total.zip"_s, builder.toZip(), PackageArchiveProblem::TooLarge,
                               u"P2.gz"_s, limits);
    EXPECT_LE(total.statistics.decompressedBytes, limits.maxTotalSize + 64 * 1024);
}

TEST_F(PackageArchiveReaderTest, RefusesZipBombsFromTheTableOfContents)
{
    // 1 GiB of zeros in about 1 MB, declared honestly: refused before any data is read.
    const QByteArray bomb = Builder::zipOfZeros(u"A.gz"_s, qint64(1) << 30);
    ASSERT_LT(bomb.size(), 4 << 20);
    const auto ratio =
            refused(u"bomb.zip"_s, bomb, PackageArchiveProblem::CompressionRatio, u"A.gz"_s);
    EXPECT_EQ(ratio.statistics.compressedBytes, 0);

    // The same, lying about its size: the zip layer never gives more than the declared bytes.
    const QByteArray liar = Builder::zipOfZeros(u"A.gz"_s, qint64(256) << 20, 1000);
    const auto lie = read(u"liar.zip"_s, liar);
    EXPECT_FALSE(lie.ok());
    EXPECT_LE(lie.statistics.compressedBytes, 1000);

    // A declared package file beyond the archive's total.
    PackageArchiveLimits small;
    small.maxTotalSize = 8 << 20;
    small.maxCompressionRatio = 0;
    refused(u"declared.zip"_s, Builder::zipOfZeros(u"A.gz"_s, 16 << 20),
            PackageArchiveProblem::TooLarge, {}, small);
}

TEST_F(PackageArchiveReaderTest, RefusesZipEntriesThatAreNotPackages)
{
    const QByteArray good = Builder::package(descriptor(u"A"_s));
    refused(u"txt.zip"_s, Builder::zip({{u"A.gz"_s, good}, {u"readme.txt"_s, "read me"}}),
            PackageArchiveProblem::NotAPackage, u"readme.txt"_s);
    const QByteArray inner = Builder().addPackage(descriptor(u"B"_s)).toZip();
    refused(u"nested.zip"_s, Builder::zip({{u"A.gz"_s, good}, {u"inner.zip"_s, inner}}),
            PackageArchiveProblem::NotAPackage, u"inner.zip"_s);
    // A zip renamed to .gz inside the zip: not gzip data.
    refused(u"renamed.zip"_s, Builder::zip({{u"B.gz"_s, inner}}),
            PackageArchiveProblem::CorruptGzip, u"B.gz"_s);
    refused(u"text.zip"_s, Builder::zip({{u"C.gz"_s, "plain text"}}),
            PackageArchiveProblem::CorruptGzip, u"C.gz"_s);
    refused(u"empty.zip"_s, Builder::zip({}), PackageArchiveProblem::NoPackages);
    refused(u"folders.zip"_s, Builder::zip({{u"Packages/"_s, {}}}),
            PackageArchiveProblem::NoPackages);
    // A package without a descriptor inside a zip names both.
    const auto noDescriptor =
            refused(u"nodesc.zip"_s,
                    Builder::zip({{u"A.gz"_s, good},
                                  {u"D.gz"_s, Builder::gzip(Builder::entry(u"x.json"_s, "{}"))}}),
                    PackageArchiveProblem::NoDescriptor, u"D.gz"_s);
    EXPECT_EQ(noDescriptor.error.entry, u"D.gz"_s);
}

TEST_F(PackageArchiveReaderTest, RefusesUnsafeZipEntryNames)
{
    const QByteArray good = Builder::package(descriptor(u"A"_s));
    for (const QString &name : {u"../A.gz"_s, u"..\\A.gz"_s, u"C:\\A.gz"_s, u"/etc/A.gz"_s,
                                u"Packages/../../A.gz"_s, u"\u0416.gz"_s}) {
        SCOPED_TRACE(name.toStdString());
        refused(u"names.zip"_s, Builder::zip({{name, good}}), PackageArchiveProblem::UnsafeName);
    }
}

TEST_F(PackageArchiveReaderTest, RefusesDuplicatePackages)
{
    const QByteArray a = Builder::package(descriptor(u"SmrConnector"_s, u"1.0"_s));
    const QByteArray b = Builder::package(descriptor(u"SmrConnector"_s, u"2.0"_s));
    const auto byName = refused(u"dup.zip"_s, Builder::zip({{u"A.gz"_s, a}, {u"B.gz"_s, b}}),
                                PackageArchiveProblem::DuplicatePackage, u"SmrConnector"_s);
    EXPECT_EQ(byName.error.entry, u"B.gz"_s);
    Builder::Descriptor other = descriptor(u"Other"_s);
    other.uid = Builder::uidFor(u"SmrConnector"_s);
    refused(u"uid.zip"_s, Builder::zip({{u"A.gz"_s, a}, {u"O.gz"_s, Builder::package(other)}}),
            PackageArchiveProblem::DuplicatePackage);
    refused(u"twice.zip"_s, Builder::zip({{u"A.gz"_s, a}, {u"a.GZ"_s, a}}),
            PackageArchiveProblem::DuplicatePackage);
}

TEST_F(PackageArchiveReaderTest, RefusesCorruptZips)
{
    const QByteArray zip =
            Builder().addPackage(descriptor(u"A"_s)).addPackage(descriptor(u"B"_s)).toZip(true);
    // Cut: the table of contents at the end is gone.
    refused(u"cut.zip"_s, zip.left(zip.size() - 30), PackageArchiveProblem::CorruptZip);
    refused(u"half.zip"_s, zip.left(zip.size() / 2), PackageArchiveProblem::CorruptZip);
    // A wrong CRC in the central directory for B.gz: the data no longer match.
    QByteArray badCrc = zip;
    const qsizetype central = badCrc.lastIndexOf("PK\x01\x02");
    ASSERT_GT(central, 0);
    badCrc[central + 16] = char(badCrc[central + 16] ^ 0xff);
    refused(u"crc.zip"_s, badCrc, PackageArchiveProblem::CorruptZip, u"B.gz"_s);
}

TEST_F(PackageArchiveReaderTest, ReadsFromADeviceAndHonoursCancel)
{
    const QByteArray zip = Builder().addPackage(descriptor(u"A"_s)).toZip();
    QBuffer buffer;
    buffer.setData(zip);
    RecordingProgress progress;
    const auto result = PackageArchiveReader().read(buffer, u"memory.zip"_s, progress);
    ASSERT_TRUE(result.ok()) << result.error.message.toStdString();
    EXPECT_TRUE(result.archive->sha256.isEmpty());
    EXPECT_EQ(result.archive->packages.first().name, u"A"_s);
    EXPECT_FALSE(progress.statuses.isEmpty());

    RecordingProgress cancelled;
    cancelled.cancel.cancel();
    const QString path = write(u"A.gz"_s, Builder::package(descriptor(u"A"_s)));
    const auto stopped = PackageArchiveReader().read(path, cancelled);
    EXPECT_EQ(stopped.error.problem, PackageArchiveProblem::Cancelled);
    QBuffer again;
    again.setData(zip);
    const auto stoppedZip = PackageArchiveReader().read(again, u"memory.zip"_s, cancelled);
    EXPECT_EQ(stoppedZip.error.problem, PackageArchiveProblem::Cancelled);
}

TEST_F(PackageArchiveReaderTest, EnforcesCountLimits)
{
    PackageArchiveLimits limits;
    limits.maxPackages = 2;
    Builder builder;
    for (const QString &name : {u"A"_s, u"B"_s, u"C"_s})
        builder.addPackage(descriptor(name));
    refused(u"many.zip"_s, builder.toZip(), PackageArchiveProblem::TooManyEntries, {}, limits);

    limits = {};
    limits.maxFilesPerPackage = 3;
    refused(u"files.gz"_s,
            Builder::package(descriptor(u"A"_s), {{u"1"_s, "1"}, {u"2"_s, "2"}, {u"3"_s, "3"}}),
            PackageArchiveProblem::TooManyEntries, {}, limits);
    const auto ok =
            read(u"ok.gz"_s, Builder::package(descriptor(u"A"_s), {{u"1"_s, "1"}, {u"2"_s, "2"}}),
                 limits);
    EXPECT_TRUE(ok.ok()) << ok.error.message.toStdString();

    limits = {};
    limits.maxArchiveSize = 100;
    refused(u"size.zip"_s, builder.toZip(), PackageArchiveProblem::TooLarge, {}, limits);
}

} // namespace
