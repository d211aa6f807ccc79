// IIS provisioning through appcmd, with a recording fake runner: the command lines equal the
// reference's (databases-and-iis.md §4.1) once split as Windows splits a command line, and
// every conflict with a site, binding, pool or folder the profile does not name is refused
// before anything is changed.
#include "site/IisSiteProvisioner.h"
#include "../onec/TestDoubles.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;
using namespace upgrade::test;

namespace {

/// CommandLineToArgvW's rules (quotes may open and close inside an argument).
QStringList splitWindows(const QString &line)
{
    QStringList args;
    QString current;
    bool quoted = false, have = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\') {
            qsizetype n = 0;
            while (i < line.size() && line.at(i) == u'\\')
                ++n, ++i;
            if (i < line.size() && line.at(i) == u'"') {
                current += QString(n / 2, u'\\');
                if (n % 2)
                    current += u'"';
                else
                    quoted = !quoted;
            } else {
                current += QString(n, u'\\');
                --i;
            }
            have = true;
        } else if (c == u'"') {
            quoted = !quoted;
            have = true;
        } else if (c == u' ' && !quoted) {
            if (have)
                args.append(current);
            current.clear();
            have = false;
        } else {
            current += c;
            have = true;
        }
    }
    if (have)
        args.append(current);
    return args;
}

EnvironmentSettings production()
{
    EnvironmentSettings e;
    e.siteUrl = u"https://bpm.corp.local"_s;
    e.site.folder = u"D:\\Sites\\BPM_Prod"_s;
    e.site.iisSiteName = u"BPM_Prod"_s;
    e.site.appPoolName = u"BPM_Prod"_s;
    return e;
}

EnvironmentSettings test()
{
    EnvironmentSettings e;
    e.siteUrl = u"http://bpm-test.corp.local:8081"_s;
    e.site.folder = u"D:\\Sites\\BPM_Test"_s;
    e.site.iisSiteName = u"BPM_Test"_s;
    return e;
}

const QByteArray Sites = R"(<?xml version="1.0" encoding="UTF-8"?>
<appcmd>
    <SITE SITE.NAME="Default Web Site" SITE.ID="1" bindings="http/*:80:" state="Started" />
    <SITE SITE.NAME="BPM_Prod" SITE.ID="2" bindings="https/*:443:bpm.corp.local,http/*:80:bpm.corp.local" state="Started" />
</appcmd>
)";
const QByteArray Apps = R"(<?xml version="1.0" encoding="UTF-8"?>
<appcmd>
    <APP APP.NAME="Default Web Site/" APPPOOL.NAME="DefaultAppPool" SITE.NAME="Default Web Site" path="/" />
    <APP APP.NAME="BPM_Prod/" APPPOOL.NAME="BPM_Prod" SITE.NAME="BPM_Prod" path="/" />
    <APP APP.NAME="BPM_Prod/0" APPPOOL.NAME="BPM_Prod" SITE.NAME="BPM_Prod" path="/0" />
</appcmd>
)";
const QByteArray Vdirs = R"(<?xml version="1.0" encoding="UTF-8"?>
<appcmd>
    <VDIR VDIR.NAME="Default Web Site/" APP.NAME="Default Web Site/" path="/" physicalPath="%SystemDrive%\inetpub\wwwroot" />
    <VDIR VDIR.NAME="BPM_Prod/" APP.NAME="BPM_Prod/" path="/" physicalPath="D:\Sites\BPM_Prod" />
    <VDIR VDIR.NAME="BPM_Prod/0/" APP.NAME="BPM_Prod/0" path="/" physicalPath="D:\Sites\BPM_Prod\Terrasoft.WebApp" />
</appcmd>
)";
const QByteArray Pools = R"(<?xml version="1.0" encoding="UTF-8"?>
<appcmd>
    <APPPOOL APPPOOL.NAME="DefaultAppPool" PipelineMode="Integrated" RuntimeVersion="v4.0" state="Started" />
    <APPPOOL APPPOOL.NAME="BPM_Prod" PipelineMode="Integrated" RuntimeVersion="v4.0" state="Started" />
</appcmd>
)";

IisInventory inventory(QByteArray sites = Sites, QByteArray apps = Apps, QByteArray vdirs = Vdirs,
                       QByteArray pools = Pools)
{
    QString error;
    auto iis = IisSiteProvisioner::parseInventory(sites, apps, vdirs, pools, &error);
    EXPECT_TRUE(iis) << error.toStdString();
    return *iis;
}

TEST(IisSiteProvisioner, CommandLinesAreTheReferences)
{
    // The reference's lines, split the Windows way, are exactly the arguments passed.
    EXPECT_EQ(
            IisSiteProvisioner::addAppPoolArguments(u"BPM_Test"_s),
            splitWindows(
                    uR"(add apppool /name:"BPM_Test" /managedRuntimeVersion:v4.0 /managedPipelineMode:Integrated)"_s));
    EXPECT_EQ(
            IisSiteProvisioner::addSiteArguments(u"BPM_Test"_s, u"http/*:8081:"_s,
                                                 u"D:\\Sites\\BPM_Test"_s, u"BPM_Test"_s),
            splitWindows(
                    uR"(add site /name:"BPM_Test" /bindings:"http/*:8081:" /physicalPath:"D:\Sites\BPM_Test" /applicationDefaults.applicationPool:"BPM_Test")"_s));
    EXPECT_EQ(
            IisSiteProvisioner::addAppArguments(
                    u"BPM_Test"_s, u"D:\\Sites\\BPM_Test\\Terrasoft.WebApp"_s, u"BPM_Test"_s),
            splitWindows(
                    uR"(add app /site.name:"BPM_Test" /path:/0 /physicalPath:"D:\Sites\BPM_Test\Terrasoft.WebApp" /applicationPool:"BPM_Test")"_s));
    EXPECT_EQ(IisSiteProvisioner::siteArguments(false, u"Prod"_s),
              splitWindows(uR"(stop site /site.name:"Prod")"_s));
    EXPECT_EQ(IisSiteProvisioner::siteArguments(true, u"Prod"_s),
              splitWindows(uR"(start site /site.name:"Prod")"_s));
    EXPECT_EQ(IisSiteProvisioner::appPoolArguments(false, u"ProdPool"_s),
              splitWindows(uR"(stop apppool /apppool.name:"ProdPool")"_s));
    EXPECT_EQ(IisSiteProvisioner::appPoolArguments(true, u"ProdPool"_s),
              splitWindows(uR"(start apppool /apppool.name:"ProdPool")"_s));
    EXPECT_EQ(IisSiteProvisioner::listArguments(u"apppool"_s),
              splitWindows(u"list apppool /xml"_s));
    // Spaces in names survive as one argument (QProcess quotes it whole; same argv).
    EXPECT_EQ(
            IisSiteProvisioner::addSiteArguments(u"BPM Test"_s, u"http/*:80:t"_s,
                                                 u"D:\\My Sites\\T\\"_s, u"BPM Test"_s),
            splitWindows(
                    uR"(add site /name:"BPM Test" /bindings:"http/*:80:t" /physicalPath:"D:\My Sites\T" /applicationDefaults.applicationPool:"BPM Test")"_s));
    EXPECT_EQ(IisSiteProvisioner::bindingFor(test()), u"http/*:8081:bpm-test.corp.local"_s);
}

TEST(IisSiteProvisioner, CreatesPoolSiteAndAppWhenNothingConflicts)
{
    const auto p = IisSiteProvisioner::plan(inventory(), production(), test());
    EXPECT_TRUE(p.refusal.isEmpty()) << p.refusal.toStdString();
    EXPECT_TRUE(p.createPool && p.createSite && p.createApp);

    RecordingRunner runner;
    runner.answer = [](const ProcessSpec &spec) {
        const QString kind = spec.arguments.value(1);
        if (spec.arguments.value(0) == u"list"_s)
            return RecordingRunner::ok(kind == u"site"_s   ? Sites
                                       : kind == u"app"_s  ? Apps
                                       : kind == u"vdir"_s ? Vdirs
                                                           : Pools);
        return RecordingRunner::ok("done");
    };
    IisSiteProvisioner iis(runner, u"/bin/sh"_s); // stands for appcmd.exe: isAvailable()
    RecordingProgress progress;
    QString error;
    ASSERT_TRUE(iis.createTestSite(production(), test(), progress, &error)) << error.toStdString();
    const QStringList lines = runner.lines();
    ASSERT_EQ(lines.size(), 8) << lines.join(u'\n').toStdString();
    EXPECT_EQ(lines.at(4), u"/bin/sh add apppool /name:BPM_Test /managedRuntimeVersion:v4.0 "
                           u"/managedPipelineMode:Integrated"_s);
    EXPECT_EQ(lines.at(5), u"/bin/sh add site /name:BPM_Test "
                           u"/bindings:http/*:8081:bpm-test.corp.local "
                           u"/physicalPath:D:\\Sites\\BPM_Test "
                           u"/applicationDefaults.applicationPool:BPM_Test"_s);
    EXPECT_EQ(lines.at(6), u"/bin/sh add app /site.name:BPM_Test /path:/0 "
                           u"/physicalPath:D:\\Sites\\BPM_Test\\BPMSoft.WebApp "
                           u"/applicationPool:BPM_Test"_s);
    EXPECT_TRUE(lines.at(7).endsWith(u"icacls.exe D:\\Sites\\BPM_Test /grant "
                                     u"IIS AppPool\\BPM_Test:(OI)(CI)M"_s))
            << lines.at(7).toStdString();
}

TEST(IisSiteProvisioner, FailureRollsBackWhatItCreated)
{
    RecordingRunner runner;
    runner.answer = [](const ProcessSpec &spec) {
        if (spec.arguments.value(0) == u"list"_s) {
            const QString kind = spec.arguments.value(1);
            return RecordingRunner::ok(kind == u"site"_s   ? Sites
                                       : kind == u"app"_s  ? Apps
                                       : kind == u"vdir"_s ? Vdirs
                                                           : Pools);
        }
        if (spec.arguments.value(1) == u"app"_s) // appcmd prints ERROR and exits 0 sometimes
            return RecordingRunner::ok("ERROR ( message:Cannot add duplicate collection entry )");
        return RecordingRunner::ok();
    };
    IisSiteProvisioner iis(runner, u"/bin/sh"_s);
    RecordingProgress progress;
    QString error;
    EXPECT_FALSE(iis.createTestSite(production(), test(), progress, &error));
    EXPECT_TRUE(error.contains(u"duplicate"_s)) << error.toStdString();
    const QStringList lines = runner.lines();
    EXPECT_EQ(lines.at(lines.size() - 2), u"/bin/sh delete site BPM_Test"_s);
    EXPECT_EQ(lines.last(), u"/bin/sh delete apppool BPM_Test"_s);
}

TEST(IisSiteProvisioner, RefusesWhatTheProfileDoesNotName)
{
    auto refused = [](const IisInventory &iis, const EnvironmentSettings &t) {
        return !IisSiteProvisioner::plan(iis, production(), t).refusal.isEmpty();
    };
    EnvironmentSettings t = test();
    // The production site's name, pool or folder.
    t.site.iisSiteName = u"bpm_prod"_s;
    EXPECT_TRUE(refused(inventory(), t));
    t = test();
    t.site.appPoolName = u"BPM_Prod"_s;
    EXPECT_TRUE(refused(inventory(), t));
    t = test();
    t.site.folder = u"d:/sites/bpm_prod/test"_s;
    EXPECT_TRUE(refused(inventory(), t));
    // A binding another site has.
    t = test();
    t.siteUrl = u"http://bpm.corp.local"_s;
    EXPECT_TRUE(refused(inventory(), t));
    t.siteUrl = u"http://other.corp.local"_s;
    t.site.port = 80;
    t.site.hostName = u""_s;
    t.siteUrl = u"http://"_s; // no host: "http/*:80:" = Default Web Site's
    EXPECT_TRUE(refused(inventory(), t));
    // A site of that name in another folder.
    QByteArray sites = Sites;
    sites.replace("</appcmd>",
                  "<SITE SITE.NAME=\"BPM_Test\" SITE.ID=\"3\" "
                  "bindings=\"http/*:8081:bpm-test.corp.local\" state=\"Started\" />\n</appcmd>");
    QByteArray vdirs = Vdirs;
    vdirs.replace("</appcmd>", "<VDIR VDIR.NAME=\"BPM_Test/\" APP.NAME=\"BPM_Test/\" path=\"/\" "
                               "physicalPath=\"E:\\Other\" />\n</appcmd>");
    EXPECT_TRUE(refused(inventory(sites, Apps, vdirs), test()));
    // A folder another site serves.
    vdirs = Vdirs;
    vdirs.replace("</appcmd>", "<VDIR VDIR.NAME=\"Shop/\" APP.NAME=\"Shop/\" path=\"/\" "
                               "physicalPath=\"D:\\Sites\\BPM_Test\\shop\" />\n</appcmd>");
    EXPECT_TRUE(refused(inventory(Sites, Apps, vdirs), test()));
    // A pool of that name another site uses.
    QByteArray apps = Apps;
    apps.replace("</appcmd>", "<APP APP.NAME=\"Shop/\" APPPOOL.NAME=\"BPM_Test\" "
                              "SITE.NAME=\"Shop\" path=\"/\" />\n</appcmd>");
    QByteArray pools = Pools;
    pools.replace("</appcmd>",
                  "<APPPOOL APPPOOL.NAME=\"BPM_Test\" state=\"Started\" />\n</appcmd>");
    EXPECT_TRUE(refused(inventory(Sites, apps, Vdirs, pools), test()));
    // https for the test site: needs a certificate, not done here.
    t = test();
    t.siteUrl = u"https://bpm-test.corp.local"_s;
    EXPECT_TRUE(refused(inventory(), t));
}

TEST(IisSiteProvisioner, ReusesItsOwnEarlierSite)
{
    QByteArray sites = Sites, vdirs = Vdirs, apps = Apps, pools = Pools;
    sites.replace("</appcmd>", "<SITE SITE.NAME=\"BPM_Test\" SITE.ID=\"3\" "
                               "bindings=\"http/*:8081:bpm-test.corp.local\" />\n</appcmd>");
    vdirs.replace("</appcmd>", "<VDIR VDIR.NAME=\"BPM_Test/\" APP.NAME=\"BPM_Test/\" path=\"/\" "
                               "physicalPath=\"D:\\Sites\\BPM_Test\\\" />\n</appcmd>");
    apps.replace("</appcmd>", "<APP APP.NAME=\"BPM_Test/\" APPPOOL.NAME=\"BPM_Test\" "
                              "SITE.NAME=\"BPM_Test\" path=\"/\" />\n</appcmd>");
    pools.replace("</appcmd>", "<APPPOOL APPPOOL.NAME=\"BPM_Test\" />\n</appcmd>");
    const auto p =
            IisSiteProvisioner::plan(inventory(sites, apps, vdirs, pools), production(), test());
    EXPECT_TRUE(p.refusal.isEmpty()) << p.refusal.toStdString();
    EXPECT_FALSE(p.createSite);
    EXPECT_FALSE(p.createPool);
    EXPECT_TRUE(p.createApp);
}

TEST(IisSiteProvisioner, StopAndStartInOrderAndToleratesAlready)
{
    RecordingRunner runner;
    runner.answer = [](const ProcessSpec &spec) {
        if (spec.arguments.value(0) == u"start"_s && spec.arguments.value(1) == u"apppool"_s)
            return RecordingRunner::failed(1183,
                                           "ERROR ( hresult:80070420, message:Command execution "
                                           "failed.\nThe service has already been started.\n )");
        return RecordingRunner::ok();
    };
    IisSiteProvisioner iis(runner, u"/bin/sh"_s);
    RecordingProgress progress;
    QString error;
    EXPECT_TRUE(iis.stopSite(production(), progress, &error)) << error.toStdString();
    EXPECT_TRUE(iis.startSite(production(), progress, &error)) << error.toStdString();
    EXPECT_EQ(runner.lines(), (QStringList{u"/bin/sh stop site /site.name:BPM_Prod"_s,
                                           u"/bin/sh stop apppool /apppool.name:BPM_Prod"_s,
                                           u"/bin/sh start apppool /apppool.name:BPM_Prod"_s,
                                           u"/bin/sh start site /site.name:BPM_Prod"_s}));
}

TEST(IisSiteProvisioner, NoIisIsExplained)
{
    RecordingRunner runner;
    IisSiteProvisioner iis(runner, u"/no/such/appcmd.exe"_s);
    EXPECT_FALSE(iis.isAvailable());
    QString error;
    EXPECT_FALSE(iis.inventory(&error));
    EXPECT_TRUE(error.contains(u"appcmd.exe"_s));
    EXPECT_TRUE(runner.specs().isEmpty());
}

} // namespace
