// Step T3 strung together on temporary folders: copy, ConnectionStrings.config rewritten in
// the copy only, systemd (fake systemctl) or IIS (fake appcmd), then the health wait.
#include "site/TestSiteProvisioner.h"
#include "../onec/TestDoubles.h"
#include "QtPrinters.h"
#include "site/ConnectionStringsConfig.h"
#include "site/SiteHealthProbe.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;
using namespace upgrade::test;

namespace {

struct CountingProbe : SiteHealthProbe
{
    int calls = 0;
    int healthyFrom = 2;
    HealthProbeResult probe(const Cancellation &) override
    {
        ++calls;
        return {calls >= healthyFrom, calls >= healthyFrom ? u"HTTP 200"_s : u"HTTP 503"_s};
    }
    QString target() const override { return u"the test site"_s; }
};

const QByteArray Config =
        "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<connectionStrings>\r\n"
        "  <add name=\"db\" connectionString=\"Server=pg1;Port=5432;Database=bpm;User "
        "ID=bpm;password=x\" />\r\n"
        "  <add name=\"redis\" connectionString=\"host=r;db=0;port=6379\" />\r\n"
        "</connectionStrings>\r\n";

class TestSiteProvisionerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString prod = dir.filePath(u"prod"_s);
        write(prod + u"/ConnectionStrings.config"_s, Config);
        write(prod + u"/appsettings.json"_s, "{ \"Kestrel\": { \"Endpoints\": { \"Http\": { "
                                             "\"Url\": \"http://[::]:5000\" } } } }");
        write(prod + u"/BPMSoft.WebHost.dll"_s, "MZ");
        profile.production.siteUrl = u"http://bpm:5000"_s;
        profile.production.hosting = Hosting::NetCoreLinux;
        profile.production.site.folder = prod;
        profile.production.site.serviceName = u"bpm"_s;
        profile.production.database = DatabaseSettings{};
        profile.production.database->name = u"bpm"_s;
        profile.test = profile.production;
        QTcpServer s;
        s.listen(QHostAddress::AnyIPv4);
        profile.test.siteUrl = u"http://bpm:%1"_s.arg(s.serverPort());
        profile.test.site.folder = dir.filePath(u"test"_s);
        profile.test.site.serviceName = u"bpm-test"_s;
        profile.test.database->name = u"bpm_test"_s;
        options.unitDirectory = dir.filePath(u"units"_s);
        options.healthIntervalMs = 10;
        options.healthTimeoutMs = 10000;
    }
    static void write(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir dir;
    Profile profile;
    TestSiteProvisioner::Options options;
};

TEST_F(TestSiteProvisionerTest, LinuxEndToEnd)
{
    RecordingRunner runner;
    CountingProbe probe;
    RecordingProgress progress;
    const auto r = TestSiteProvisioner(runner, probe, options).provision(profile, progress);
    ASSERT_EQ(r.outcome, TestSiteProvisioner::Result::Outcome::Done) << r.message.toStdString();
    EXPECT_EQ(probe.calls, 2);
    // The copy points at the test database and its own Redis number; production is untouched.
    QString error;
    const auto copy =
            ConnectionStringsConfig::load(dir.filePath(u"test/ConnectionStrings.config"_s), &error);
    ASSERT_TRUE(copy);
    EXPECT_EQ(copy->databaseName(), u"bpm_test"_s);
    EXPECT_EQ(copy->redisDb(), 1);
    EXPECT_EQ(read(dir.filePath(u"prod/ConnectionStrings.config"_s)), Config);
    EXPECT_EQ(r.changes.size(), 2);
    EXPECT_TRUE(QFile::exists(dir.filePath(u"units/bpm-test.service"_s)));
    EXPECT_EQ(runner.lines().last(), u"systemctl enable --now bpm-test.service"_s);
}

TEST_F(TestSiteProvisionerTest, UnhealthySiteFailsAfterTheTimeout)
{
    RecordingRunner runner;
    CountingProbe probe;
    probe.healthyFrom = 1000000;
    options.healthTimeoutMs = 200;
    RecordingProgress progress;
    const auto r = TestSiteProvisioner(runner, probe, options).provision(profile, progress);
    EXPECT_EQ(r.outcome, TestSiteProvisioner::Result::Outcome::Failed);
    EXPECT_TRUE(r.message.contains(u"HTTP 503"_s)) << r.message.toStdString();
}

TEST_F(TestSiteProvisionerTest, IisRefusalStopsBeforeIisIsTouched)
{
    profile.production.hosting = profile.test.hosting = Hosting::IisNetFramework;
    profile.production.site.iisSiteName = u"BPM"_s;
    profile.test.site.iisSiteName = u"bpm"_s; // production's name, other case
    RecordingRunner runner;
    runner.answer = [](const ProcessSpec &spec) {
        return RecordingRunner::ok(spec.arguments.value(0) == u"list"_s ? "<appcmd/>" : "");
    };
    CountingProbe probe;
    options.appcmdPath = u"/bin/sh"_s;
    RecordingProgress progress;
    const auto r = TestSiteProvisioner(runner, probe, options).provision(profile, progress);
    EXPECT_EQ(r.outcome, TestSiteProvisioner::Result::Outcome::Failed);
    for (const QString &line : runner.lines())
        EXPECT_TRUE(line.startsWith(u"/bin/sh list "_s)) << line.toStdString();
    EXPECT_EQ(probe.calls, 0);
    EXPECT_FALSE(QFileInfo::exists(profile.test.site.folder)); // nothing copied
}

} // namespace
