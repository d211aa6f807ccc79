// .NET 8 on Linux into a temporary folder: the Kestrel port in appsettings.json (the rest of
// the file unchanged), the unit made from production's, systemctl through a fake runner, the
// commands printed when not permitted, and the refusals.
#include "site/LinuxSiteProvisioner.h"
#include "../onec/TestDoubles.h"
#include "QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;
using namespace upgrade::test;

namespace {

const QString AppSettings = uR"({
  // comments are allowed in appsettings.json
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Kestrel": {
    "Endpoints": {
      "Http": { "Url": "http://[::]:5000" }
    }
  },
  "Elastic": { "Url": "http://elastic:9200" }
}
)"_s;

const QString ProductionUnit = u"# /etc/systemd/system/dotnet-bpmsoft.service\n"
                               u"[Unit]\nDescription=BPMSoft\nAfter=network.target\n\n"
                               u"[Service]\nWorkingDirectory=/data/bpmsoft\n"
                               u"ExecStart=/usr/bin/dotnet /data/bpmsoft/BPMSoft.WebHost.dll\n"
                               u"Environment=\"COMPlus_ThreadPool_ForceMinWorkerThreads=100\"\n"
                               u"Environment=\"LOGS=/data/bpmsoft-logs\"\n"
                               u"User=dotnetuser\nRestart=always\n\n"
                               u"[Install]\nWantedBy=multi-user.target\n"_s;

int freePort()
{
    QTcpServer s;
    EXPECT_TRUE(s.listen(QHostAddress::AnyIPv4));
    return s.serverPort();
}

TEST(LinuxSiteProvisioner, KestrelPortChangesOnlyThePort)
{
    QString error;
    const auto edited = LinuxSiteProvisioner::withKestrelPort(AppSettings, 5081, u"http"_s, &error);
    ASSERT_TRUE(edited) << error.toStdString();
    EXPECT_EQ(*edited, QString(AppSettings).replace(u"[::]:5000"_s, u"[::]:5081"_s));
    EXPECT_EQ(LinuxSiteProvisioner::kestrelPorts(*edited), QList<int>{5081});

    // An https endpoint would keep production's port: refused.
    QString both = AppSettings;
    both.replace(
            u"\"Http\": { \"Url\": \"http://[::]:5000\" }"_s,
            u"\"Http\": { \"Url\": \"http://[::]:5000\" },\n      \"Https\": { \"Url\": \"https://::5002\" }"_s);
    EXPECT_FALSE(LinuxSiteProvisioner::withKestrelPort(both, 5081, u"http"_s, &error));
    EXPECT_TRUE(error.contains(u"5002"_s));

    // No endpoint at all: one is added, and the JSON stays valid.
    const auto added = LinuxSiteProvisioner::withKestrelPort(u"{\r\n  \"A\": 1\r\n}\r\n"_s, 5090,
                                                             u"http"_s, &error);
    ASSERT_TRUE(added);
    const QJsonObject o = QJsonDocument::fromJson(added->toUtf8()).object();
    EXPECT_EQ(o.value(u"A"_s).toInt(), 1);
    EXPECT_EQ(o[u"Kestrel"_s][u"Endpoints"_s][u"Http"_s][u"Url"_s].toString(),
              u"http://0.0.0.0:5090"_s);
    const auto empty = LinuxSiteProvisioner::withKestrelPort(u"{}"_s, 5091, u"http"_s, &error);
    ASSERT_TRUE(empty);
    EXPECT_FALSE(QJsonDocument::fromJson(empty->toUtf8()).isNull()) << empty->toStdString();
    // "Urls" form.
    EXPECT_EQ(*LinuxSiteProvisioner::withKestrelPort(u"{\"Urls\": \"http://*:5000\"}"_s, 6000,
                                                     u"http"_s, &error),
              u"{\"Urls\": \"http://*:6000\"}"_s);
}

TEST(LinuxSiteProvisioner, UnitFromProductionPointsAtTheTestFolder)
{
    const QString unit = LinuxSiteProvisioner::makeUnit(
            ProductionUnit, u"/data/bpmsoft/"_s, u"/data/bpmsoft-test"_s, u"dotnet-bpmsoft-test"_s);
    EXPECT_TRUE(unit.startsWith(QString::fromUtf16(LinuxSiteProvisioner::UnitMarker)));
    EXPECT_TRUE(unit.contains(u"WorkingDirectory=/data/bpmsoft-test\n"_s));
    EXPECT_TRUE(
            unit.contains(u"ExecStart=/usr/bin/dotnet /data/bpmsoft-test/BPMSoft.WebHost.dll\n"_s));
    EXPECT_TRUE(unit.contains(u"Environment=\"LOGS=/data/bpmsoft-logs\""_s)); // another folder
    EXPECT_TRUE(unit.contains(u"User=dotnetuser\n"_s));
    EXPECT_TRUE(unit.contains(u"Description=BPMSoft — test copy (bpmsoft-upgrade)\n"_s));
    EXPECT_FALSE(unit.contains(u"# /etc/systemd"_s));
    const QString templ = LinuxSiteProvisioner::makeUnit({}, u"/data/bpmsoft"_s, u"/data/t"_s,
                                                         u"t.service"_s, u"bpm"_s);
    EXPECT_TRUE(templ.contains(
            u"WorkingDirectory=/data/t\nExecStart=/usr/bin/dotnet BPMSoft.WebHost.dll\n"_s));
    EXPECT_TRUE(templ.contains(u"User=bpm\n"_s));
    EXPECT_TRUE(templ.contains(u"WantedBy=multi-user.target"_s));
}

class LinuxProvisionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        unitDir = dir.filePath(u"systemd"_s);
        QDir().mkpath(unitDir);
        QDir().mkpath(dir.filePath(u"prod"_s));
        QDir().mkpath(dir.filePath(u"test"_s));
        write(QDir(unitDir).filePath(u"dotnet-bpmsoft.service"_s),
              QString(ProductionUnit).replace(u"/data/bpmsoft"_s, dir.filePath(u"prod"_s)));
        write(dir.filePath(u"test/appsettings.json"_s), AppSettings);
        production.siteUrl = u"http://bpm.local:5000"_s;
        production.hosting = Hosting::NetCoreLinux;
        production.site.folder = dir.filePath(u"prod"_s);
        production.site.serviceName = u"dotnet-bpmsoft"_s;
        test = production;
        port = freePort();
        test.siteUrl = u"http://bpm.local:%1"_s.arg(port);
        test.site.folder = dir.filePath(u"test"_s);
        test.site.serviceName = u"dotnet-bpmsoft-test"_s;
    }
    static void write(const QString &path, const QString &text)
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    static QString read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    LinuxSiteProvisioner provisioner(RecordingRunner &runner, const QString &units)
    {
        LinuxSiteProvisioner::Options o;
        o.unitDirectory = units;
        o.systemctl = u"systemctl"_s;
        o.stagingDirectory = dir.filePath(u"staging"_s);
        return LinuxSiteProvisioner(runner, o);
    }

    QTemporaryDir dir;
    QString unitDir;
    EnvironmentSettings production, test;
    int port = 0;
};

TEST_F(LinuxProvisionTest, WritesPortAndUnitAndStartsIt)
{
    RecordingRunner runner;
    RecordingProgress progress;
    const auto r = provisioner(runner, unitDir).provision(production, test, progress);
    ASSERT_EQ(r.outcome, LinuxSiteProvisioner::Result::Outcome::Done) << r.message.toStdString();
    EXPECT_EQ(LinuxSiteProvisioner::kestrelPorts(read(dir.filePath(u"test/appsettings.json"_s))),
              QList<int>{port});
    const QString unit = read(QDir(unitDir).filePath(u"dotnet-bpmsoft-test.service"_s));
    EXPECT_EQ(unit, r.unitText);
    EXPECT_TRUE(unit.contains(u"WorkingDirectory=%1\n"_s.arg(dir.filePath(u"test"_s))));
    // Below the header nothing points into production ("prod-logs" is another folder).
    EXPECT_FALSE(unit.section(u'\n', 1).contains(QRegularExpression(
            QRegularExpression::escape(dir.filePath(u"prod"_s)) + u"(/|\\s|$)"_s)))
            << unit.toStdString();
    EXPECT_EQ(runner.lines(),
              (QStringList{u"systemctl daemon-reload"_s,
                           u"systemctl enable --now dotnet-bpmsoft-test.service"_s}));
    // Running it again replaces its own unit.
    EXPECT_EQ(provisioner(runner, unitDir).provision(production, test, progress).outcome,
              LinuxSiteProvisioner::Result::Outcome::Done);
}

TEST_F(LinuxProvisionTest, PrintsTheCommandsWhenNotPermitted)
{
    RecordingRunner runner;
    runner.answer = [](const ProcessSpec &) {
        return RecordingRunner::failed(1, "Failed to reload daemon: Access denied");
    };
    RecordingProgress progress;
    auto r = provisioner(runner, unitDir).provision(production, test, progress);
    EXPECT_EQ(r.outcome, LinuxSiteProvisioner::Result::Outcome::ManualStepsNeeded);
    EXPECT_EQ(r.manualCommands,
              (QStringList{u"systemctl daemon-reload"_s,
                           u"systemctl enable --now dotnet-bpmsoft-test.service"_s}));

    // The unit folder cannot be written: the unit is staged and installing it is step one.
    write(dir.filePath(u"not-a-folder"_s), u"x"_s);
    RecordingRunner quiet;
    r = provisioner(quiet, dir.filePath(u"not-a-folder/systemd"_s))
                .provision(production, test, progress);
    EXPECT_EQ(r.outcome, LinuxSiteProvisioner::Result::Outcome::ManualStepsNeeded)
            << r.message.toStdString();
    EXPECT_EQ(r.unitPath, dir.filePath(u"staging/dotnet-bpmsoft-test.service"_s));
    EXPECT_TRUE(QFile::exists(r.unitPath));
    ASSERT_EQ(r.manualCommands.size(), 3);
    EXPECT_TRUE(r.manualCommands.first().startsWith(u"install -m 0644 "_s));
    EXPECT_TRUE(r.message.contains(u"systemctl enable --now dotnet-bpmsoft-test.service"_s));
}

TEST_F(LinuxProvisionTest, Refusals)
{
    RecordingRunner runner;
    RecordingProgress progress;
    auto outcome = [&](const EnvironmentSettings &t) {
        return provisioner(runner, unitDir).provision(production, t, progress).outcome;
    };
    EnvironmentSettings t = test;
    t.site.serviceName = u"dotnet-bpmsoft.service"_s; // production's
    EXPECT_EQ(outcome(t), LinuxSiteProvisioner::Result::Outcome::Failed);
    t = test;
    t.siteUrl = u"http://bpm.local:5000"_s; // production's port
    EXPECT_EQ(outcome(t), LinuxSiteProvisioner::Result::Outcome::Failed);
    // A port in use.
    QTcpServer busy;
    ASSERT_TRUE(busy.listen(QHostAddress::AnyIPv4));
    t = test;
    t.site.port = busy.serverPort();
    EXPECT_EQ(outcome(t), LinuxSiteProvisioner::Result::Outcome::Failed);
    // A unit of that name this program did not write.
    write(QDir(unitDir).filePath(u"dotnet-bpmsoft-test.service"_s),
          u"[Unit]\nDescription=mine\n"_s);
    EXPECT_EQ(outcome(test), LinuxSiteProvisioner::Result::Outcome::Failed);
    EXPECT_EQ(read(QDir(unitDir).filePath(u"dotnet-bpmsoft-test.service"_s)),
              u"[Unit]\nDescription=mine\n"_s);
    EXPECT_TRUE(runner.specs().isEmpty());
}

} // namespace
