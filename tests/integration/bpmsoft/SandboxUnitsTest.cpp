// Sandbox parts without servers: scenarios and faults, and the package archive format
// (PackageArchiveBuilder written, read back by PackageArchiveReader as the sandbox's install
// does; hostile archives refused).
#include "QtPrinters.h"
#include "SandboxScenario.h"
#include "package/PackageArchiveReader.h"
#include "packagebuilder/PackageArchiveBuilder.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtEndian>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;
using namespace upgrade::sandbox;

TEST(SandboxScenario, NamedScenariosExistAndUnknownOnesAreRefused)
{
    for (const QString &name : SandboxScenario::names()) {
        QString error;
        const auto s = SandboxScenario::named(name, &error);
        ASSERT_TRUE(s) << name.toStdString();
        EXPECT_EQ(s->name(), name);
        EXPECT_EQ(s->faults().isEmpty(), name == u"happy"_s) << name.toStdString();
    }
    QString error;
    EXPECT_FALSE(SandboxScenario::named(u"nope"_s, &error));
    EXPECT_TRUE(error.contains(u"flaky-network"_s));
}

TEST(SandboxScenario, ProductionInstallFailureSparesTheTestSite)
{
    auto s = SandboxScenario::named(u"production-install-fails"_s, nullptr);
    ASSERT_TRUE(s);
    const QString install = u"ServiceModel/PackageInstallerService.svc/InstallPackage"_s;
    EXPECT_TRUE(s->match(install, u"POST"_s, SiteRole::Test).isEmpty());
    const auto faults = s->match(install, u"POST"_s, SiteRole::Production);
    ASSERT_EQ(faults.size(), 1);
    EXPECT_EQ(faults.first().kind, Fault::Kind::InstallFailure);
}

TEST(SandboxScenario, CountsSkipTimesAndEvery)
{
    SandboxScenario s;
    auto f = SandboxScenario::parseFault(u"DataService/*=drop,skip=1,times=2,every=2,method=post"_s,
                                         nullptr);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->kind, Fault::Kind::Drop);
    EXPECT_EQ(f->method, u"POST"_s);
    s.add(*f);
    QList<int> applied;
    for (int i = 1; i <= 10; ++i)
        if (!s.match(u"DataService/json/SyncReply/SelectQuery"_s, u"POST"_s, SiteRole::Production)
                     .isEmpty())
            applied.append(i);
    EXPECT_EQ(applied, (QList<int>{3, 5})) << "skip 1, then every 2nd, at most twice";
    EXPECT_TRUE(s.match(u"DataService/json/SyncReply/SelectQuery"_s, u"GET"_s, SiteRole::Production)
                        .isEmpty());
    EXPECT_TRUE(s.match(u"ServiceModel/X"_s, u"POST"_s, SiteRole::Production).isEmpty());
}

TEST(SandboxScenario, ParsesFilesAndRejectsBadSpecs)
{
    QString error;
    const auto s = SandboxScenario::fromJson(
            R"({"name":"mine","base":"compile-errors","faults":[{"endpoint":"api/*","kind":"delay","ms":50}]})",
            &error);
    ASSERT_TRUE(s) << error.toStdString();
    EXPECT_EQ(s->name(), u"mine"_s);
    EXPECT_EQ(s->faults().size(), 3);
    EXPECT_FALSE(SandboxScenario::fromJson(R"({"faults":[{"kind":"explode"}]})", &error));
    EXPECT_FALSE(SandboxScenario::parseFault(u"no-kind"_s, &error));
    EXPECT_FALSE(SandboxScenario::parseFault(u"x=drop,times=many"_s, &error));
    EXPECT_FALSE(SandboxScenario::parseFault(u"x=teleport"_s, &error));
}

TEST(PackageArchive, BuilderWritesTheRealFormat)
{
    PackageArchiveBuilder b;
    auto &p = b.addSamplePackage(u"SmrOneCConnector"_s, u"2.4.0"_s);
    p.dependsOn.append({u"Base"_s, {}, u"1.6.0"_s});
    const QByteArray stream = PackageArchiveBuilder::packageStream(p);
    // First entry: name length in characters, UTF-16LE name, content length, content.
    ASSERT_GT(stream.size(), 8);
    const quint32 nameChars = qFromLittleEndian<quint32>(stream.constData());
    EXPECT_EQ(nameChars, quint32(QString(u"descriptor.json"_s).size()));
    EXPECT_EQ(stream.mid(4, 4), QByteArray("d\0e\0", 4));
    const quint32 length = qFromLittleEndian<quint32>(stream.constData() + 4 + 2 * nameChars);
    const QJsonObject descriptor = QJsonDocument::fromJson(stream.mid(8 + 2 * nameChars, length))
                                           .object()
                                           .value(u"Descriptor"_s)
                                           .toObject();
    EXPECT_EQ(descriptor.value(u"Name"_s).toString(), u"SmrOneCConnector"_s);
    EXPECT_EQ(descriptor.value(u"PackageVersion"_s).toString(), u"2.4.0"_s);
    EXPECT_EQ(descriptor.value(u"UId"_s).toString(), PackageArchiveBuilder::uidFor(p.name));
    EXPECT_TRUE(PackageArchiveBuilder::package(p).startsWith("\x1f\x8b"));
}

TEST(PackageArchive, SandboxReadsWhatTheBuilderWrites)
{
    QTemporaryDir dir;
    PackageArchiveBuilder b;
    b.addSamplePackage(u"SmrOneCBase"_s, u"2.4.0"_s);
    b.addSamplePackage(u"SmrOneCConnector"_s, u"2.4.1"_s, u"Vendor"_s);
    const QString zip = QDir(dir.path()).filePath(u"a.zip"_s);
    ASSERT_TRUE(b.writeZip(zip));
    const PackageArchiveReader reader;
    const auto read = reader.read(zip);
    ASSERT_TRUE(read.ok()) << read.error.message.toStdString();
    const auto *packages = &read.archive->packages;
    ASSERT_EQ(packages->size(), 2);
    EXPECT_EQ(packages->at(1).name, u"SmrOneCConnector"_s);
    EXPECT_EQ(packages->at(1).version, u"2.4.1"_s);
    EXPECT_EQ(packages->at(1).maintainer, u"Vendor"_s);
    const QString gz = QDir(dir.path()).filePath(u"one.gz"_s);
    ASSERT_TRUE(b.writeGz(gz));
    const auto one = reader.read(gz);
    ASSERT_TRUE(one.ok()) << one.error.message.toStdString();
    EXPECT_EQ(one.archive->packages.first().name, u"SmrOneCBase"_s);
}

TEST(PackageArchive, HostileArchivesAreRefused)
{
    QTemporaryDir dir;
    const PackageArchiveReader reader;
    const auto readBytes = [&reader](const QByteArray &bytes) {
        QBuffer buffer;
        buffer.setData(bytes);
        LogProgress progress;
        return reader.read(buffer, u"package.gz"_s, progress);
    };
    {
        PackageArchiveBuilder b;
        b.addFile(u"../evil.gz"_s, PackageArchiveBuilder::gzip("x"));
        const QString path = QDir(dir.path()).filePath(u"dots.zip"_s);
        ASSERT_TRUE(b.writeZip(path));
        EXPECT_FALSE(reader.read(path).ok());
    }
    {
        PackageArchiveBuilder b;
        b.addFile(u"readme.txt"_s, "hello");
        const QString path = QDir(dir.path()).filePath(u"txt.zip"_s);
        ASSERT_TRUE(b.writeZip(path));
        EXPECT_FALSE(reader.read(path).ok());
    }
    {
        PackageArchiveBuilder b;
        auto &p = b.addSamplePackage(u"NoDescriptor"_s, u"1.0"_s);
        p.withDescriptor = false;
        const QString path = QDir(dir.path()).filePath(u"nodesc.zip"_s);
        ASSERT_TRUE(b.writeZip(path));
        const auto read = reader.read(path);
        EXPECT_FALSE(read.ok());
        EXPECT_TRUE(read.error.message.contains(u"descriptor"_s));
    }
    {
        // An entry that claims more bytes than the package has.
        QByteArray stream = PackageArchiveBuilder::entry(u"descriptor.json"_s, "{}");
        qToLittleEndian<quint32>(1000000, stream.data() + 4 + 2 * 15);
        EXPECT_FALSE(readBytes(PackageArchiveBuilder::gzip(stream)).ok());
        // A truncated gzip stream.
        PackageArchiveBuilder b;
        const QByteArray gz = PackageArchiveBuilder::package(b.addSamplePackage(u"T"_s, u"1"_s));
        const auto read = readBytes(gz.left(gz.size() / 2));
        EXPECT_FALSE(read.ok());
        // The sandbox's install log names it InvalidGZipArchiveException (BpmSoftClientTest).
        EXPECT_EQ(read.error.problem, PackageArchiveProblem::CorruptGzip);
    }
}
