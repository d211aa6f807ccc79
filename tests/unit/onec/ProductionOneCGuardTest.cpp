// Safety rule 3: the test site must not point at the production 1C. Equal addresses, equal
// addresses written differently, and really different ones; server\base names, connection
// strings, file paths (separators, "..", symlinks).
#include "onec/ProductionOneCGuard.h"
#include "QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;

namespace {

using V = OneCIsolationVerdict::Verdict;

/// No DNS in unit tests: a fixed table.
QStringList resolve(const QString &host)
{
    if (host == u"1c.corp.local"_s || host == u"srv1c"_s || host == u"1c-alias.corp.local"_s)
        return {u"10.0.0.5"_s};
    if (host == u"1c-test.corp.local"_s)
        return {u"10.0.0.9"_s};
    return {};
}

OneCSettings production()
{
    OneCSettings s;
    s.server = u"srv1c"_s;
    s.infobaseName = u"Trade"_s;
    s.odataUrl = u"http://1c.corp.local/trade/odata/standard.odata"_s;
    return s;
}

OneCSettings test()
{
    OneCSettings s;
    s.server = u"srv1c"_s;
    s.infobaseName = u"Trade_Test"_s;
    s.odataUrl = u"http://1c-test.corp.local/trade_test/odata/standard.odata"_s;
    return s;
}

TEST(ProductionOneCGuard, SameAddressWrittenDifferentlyIsProduction)
{
    const QStringList sameAsProduction = {
            u"http://1c.corp.local/trade/odata/standard.odata"_s,
            u"HTTP://1C.CORP.LOCAL:80/Trade/odata/standard.odata/"_s,
            u"https://1c.corp.local/trade/odata/standard.odata/$metadata"_s,
            u"http://1c.corp.local/trade/hs/exchange/v1"_s,
            u"http://1c.corp.local//trade/./x/../"_s,
            u"http://1c.corp.local./trade"_s,
            u"1c.corp.local/trade/odata/standard.odata"_s,
            u"http://user@1c.corp.local/trade/ws/sync?wsdl"_s,
            u"http://1c-alias.corp.local/trade/"_s,       // resolves to the same address
            u"http://1c/trade"_s,                         // the short name
            u"http://srv1c/Trade/odata/standard.odata"_s, // the cluster host, named like the base
            u"Srvr=\"srv1c:1541\";Ref=\"trade\";"_s,
    };
    for (const QString &stored : sameAsProduction) {
        const auto v =
                ProductionOneCGuard::checkBeforeIntegration(production(), test(), stored, resolve);
        EXPECT_EQ(v.verdict, V::PointsAtProduction) << stored.toStdString();
        EXPECT_FALSE(v.isSafe());
    }
}

TEST(ProductionOneCGuard, TheTestAddressIsSafe)
{
    for (const QString &stored :
         {u"http://1c-test.corp.local/trade_test/odata/standard.odata"_s,
          u"http://1C-TEST.corp.local:80/trade_test/"_s, u"Srvr=srv1c;Ref=Trade_Test"_s}) {
        const auto v =
                ProductionOneCGuard::checkBeforeIntegration(production(), test(), stored, resolve);
        EXPECT_EQ(v.verdict, V::PointsAtTest) << stored.toStdString() << v.message.toStdString();
    }
}

TEST(ProductionOneCGuard, SomethingElseOrNothingIsUnknown)
{
    for (const QString &stored : {u"http://1c-test.corp.local:8080/trade_test"_s, // another port
                                  u"http://1c.corp.local/trade2"_s, // another publication
                                  u"http://elsewhere/x"_s, u""_s}) {
        const auto v =
                ProductionOneCGuard::checkBeforeIntegration(production(), test(), stored, resolve);
        EXPECT_EQ(v.verdict, V::Unknown) << stored.toStdString();
        EXPECT_FALSE(v.isSafe());
    }
}

TEST(ProductionOneCGuard, ProfileWhoseTestIsProduction)
{
    OneCSettings t = test();
    t.server = u"SRV1C:1541"_s;
    t.infobaseName = u"trade"_s;
    EXPECT_EQ(ProductionOneCGuard::checkSettings(production(), t, resolve).verdict,
              V::PointsAtProduction);
    t = test();
    t.odataUrl = u"http://127.0.0.1/trade"_s;
    OneCSettings p = production();
    p.odataUrl = u"http://localhost:80/trade/odata/standard.odata"_s;
    EXPECT_EQ(ProductionOneCGuard::checkSettings(p, t, resolve).verdict, V::PointsAtProduction);
    t.odataUrl = u"http://[::1]/trade/"_s;
    EXPECT_EQ(ProductionOneCGuard::checkSettings(p, t, resolve).verdict, V::PointsAtProduction);
    EXPECT_EQ(ProductionOneCGuard::checkSettings(production(), test(), resolve).verdict,
              V::PointsAtTest);
    // Same cluster, other port: another cluster, so another infobase.
    EXPECT_FALSE(ProductionOneCGuard::sameServerBase(u"srv1c:1641"_s, u"Trade"_s, u"srv1c"_s,
                                                     u"Trade"_s, resolve));
    EXPECT_TRUE(ProductionOneCGuard::sameServerBase(u"srv1c:1541\\Trade"_s, {}, u"srv1c"_s,
                                                    u"TRADE"_s, resolve));
}

TEST(ProductionOneCGuard, FilePaths)
{
    QTemporaryDir dir;
    const QString real = dir.filePath(u"bases/prod"_s);
    ASSERT_TRUE(QDir().mkpath(real));
    ASSERT_TRUE(QFile::link(real, dir.filePath(u"link-to-prod"_s)));
    EXPECT_TRUE(ProductionOneCGuard::sameFilePath(real, dir.filePath(u"bases/x/../prod/"_s)));
    EXPECT_TRUE(ProductionOneCGuard::sameFilePath(real, dir.filePath(u"link-to-prod"_s)));
    EXPECT_TRUE(ProductionOneCGuard::sameFilePath(real, dir.path() + u"//bases///prod"_s));
    EXPECT_FALSE(ProductionOneCGuard::sameFilePath(real, dir.filePath(u"bases/test"_s)));
    // Windows paths: case and separators do not matter.
    EXPECT_TRUE(ProductionOneCGuard::sameFilePath(u"C:\\Bases\\Trade\\"_s, u"c:/bases/TRADE"_s));
    EXPECT_TRUE(ProductionOneCGuard::sameFilePath(u"\\\\fs\\1c\\Trade"_s, u"//FS/1C/trade"_s));
    EXPECT_FALSE(ProductionOneCGuard::sameFilePath(u"C:\\Bases\\Trade"_s, u"C:\\Bases\\Trade2"_s));

    OneCSettings p, t;
    p.filePath = real;
    t.filePath = dir.filePath(u"link-to-prod"_s);
    EXPECT_EQ(ProductionOneCGuard::checkSettings(p, t).verdict, V::PointsAtProduction);
    t.filePath = dir.filePath(u"bases/test"_s);
    EXPECT_EQ(ProductionOneCGuard::checkBeforeIntegration(
                      p, t, u"File=\"%1\";"_s.arg(QDir::toNativeSeparators(real)))
                      .verdict,
              V::PointsAtProduction);
    EXPECT_EQ(ProductionOneCGuard::checkBeforeIntegration(
                      p, t, u"File=\"%1\";"_s.arg(dir.filePath(u"bases/test"_s)))
                      .verdict,
              V::PointsAtTest);
}

TEST(ProductionOneCGuard, NormalisedUrl)
{
    EXPECT_EQ(ProductionOneCGuard::normaliseUrl(
                      u"HTTPS://Host.Example:443/Base/odata/standard.odata/"_s),
              u"host.example/base"_s);
    EXPECT_EQ(ProductionOneCGuard::normaliseUrl(u"http://127.0.0.1:8080/b/"_s),
              u"localhost:8080/b"_s);
}

} // namespace
