// ConnectionStrings.config rewritten for a test copy: only the edited values change; BOM,
// CRLF, comments, attribute order, entities and the other entries stay byte for byte.
#include "site/ConnectionStringsConfig.h"
#include "QtPrinters.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;

namespace {

// A BPMSoft-like file (PostgreSQL): BOM, CRLF, comments (one with an <add> inside), single
// quotes, entities, Cyrillic, attributes in unusual order, and paths into the site folder.
const QByteArray Postgres =
        "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n"
        "<connectionStrings>\r\n"
        "  <!-- Продуктив: не трогать <add name=\"db\" connectionString=\"x\" /> -->\r\n"
        "  <add name=\"db\" connectionString=\"Pooling=true; Database=bpm_prod; Host=pg1; "
        "Port=5432; "
        "Username=bpm; Password=p&amp;w;d; maxPoolSize=50; Timeout=5; CommandTimeout=400\" />\r\n"
        "  <add connectionString='host=redis1;db=2;port=6379;maxReadPoolSize=10' name='redis'/>\r\n"
        "\t<add name=\"tempDirectoryPath\"   connectionString=\"/data/bpmsoft/Temp\" />\r\n"
        "  <add name=\"defWorkingCopyPath\" "
        "connectionString=\"/data/bpmsoft-old/x;/data/bpmsoft/WorkingCopy\" />\r\n"
        "  <add name=\"influx\" connectionString=\"url=http://influx:8086; user=; password=; "
        "batchIntervalMs=5000\" />\r\n"
        "</connectionStrings>\r\n";

const QByteArray MsSql =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<connectionStrings>\n"
        "  <add name=\"db\" connectionString=\"Data Source=SQL01\\BPM; Initial Catalog=BPMProd; "
        "Persist Security Info=True; MultipleActiveResultSets=True; Integrated Security=SSPI; "
        "Pooling = true; Max Pool Size = 100; Async = true\" />\n"
        "  <add name=\"redis\" connectionString=\"host=localhost;db=0;port=6379\" />\n"
        "  <add name=\"defPackagesWorkingCopyPath\" "
        "connectionString=\"D:\\Sites\\BPM_Prod\\Pkg;%TEMP%\\%APPLICATION%\" />\n"
        "</connectionStrings>\n";

QByteArray replaceOnce(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = text.indexOf(from);
    EXPECT_GE(at, 0) << from.toStdString();
    return text.replace(at, from.size(), to);
}

TEST(ConnectionStringsConfig, ReadsTheEntries)
{
    QString error;
    const auto config = ConnectionStringsConfig::parse(Postgres, &error);
    ASSERT_TRUE(config) << error.toStdString();
    EXPECT_EQ(config->names(), (QStringList{u"db"_s, u"redis"_s, u"tempDirectoryPath"_s,
                                            u"defWorkingCopyPath"_s, u"influx"_s}));
    EXPECT_EQ(config->databaseDialect(), ConnectionStringsConfig::Dialect::PostgreSql);
    EXPECT_EQ(config->databaseName(), u"bpm_prod"_s);
    EXPECT_EQ(config->databaseHost(), u"pg1"_s);
    EXPECT_EQ(config->redisDb(), 2);
    EXPECT_TRUE(config->connectionString(u"db"_s)->contains(u"Password=p&w;d"_s));
    // Unchanged, it writes back exactly what it read.
    EXPECT_EQ(config->toBytes(), Postgres);
}

TEST(ConnectionStringsConfig, RetargetChangesOnlyWhatItMust)
{
    QString error;
    auto config = ConnectionStringsConfig::parse(Postgres, &error);
    ASSERT_TRUE(config) << error.toStdString();
    QStringList changes;
    ConnectionStringsConfig::TestRetarget t;
    t.databaseName = u"bpm_test"_s;
    t.productionFolder = u"/data/bpmsoft/"_s;
    t.testFolder = u"/data/bpmsoft-test"_s;
    t.usedRedisDbs = {1, 3};
    ASSERT_TRUE(config->retargetForTest(t, &changes, &error)) << error.toStdString();
    EXPECT_EQ(changes.size(), 3);

    QByteArray expected = Postgres;
    expected = replaceOnce(expected, "Database=bpm_prod;", "Database=bpm_test;");
    expected = replaceOnce(expected, "db=2;", "db=4;");
    expected = replaceOnce(expected, "\"/data/bpmsoft/Temp\"", "\"/data/bpmsoft-test/Temp\"");
    // "/data/bpmsoft-old" is another folder and stays.
    expected = replaceOnce(expected, "/data/bpmsoft-old/x;/data/bpmsoft/WorkingCopy",
                           "/data/bpmsoft-old/x;/data/bpmsoft-test/WorkingCopy");
    EXPECT_EQ(config->toBytes(), expected);

    // And it reads back.
    const auto again = ConnectionStringsConfig::parse(config->toBytes(), &error);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->databaseName(), u"bpm_test"_s);
    EXPECT_EQ(again->redisDb(), 4);
}

TEST(ConnectionStringsConfig, MsSqlWindowsPathsAndServer)
{
    QString error;
    auto config = ConnectionStringsConfig::parse(MsSql, &error);
    ASSERT_TRUE(config) << error.toStdString();
    EXPECT_EQ(config->databaseDialect(), ConnectionStringsConfig::Dialect::MsSql);
    EXPECT_EQ(config->databaseName(), u"BPMProd"_s);
    QStringList changes;
    ConnectionStringsConfig::TestRetarget t;
    t.databaseName = u"BPM Test;1"_s; // needs quoting inside the connection string
    t.databaseHost = u"SQL02"_s;
    t.databasePort = 1444;
    t.redisDb = 7;
    t.productionFolder = u"d:/sites/bpm_prod"_s; // other case, other separators
    t.testFolder = u"D:\\Sites\\BPM_Test"_s;
    ASSERT_TRUE(config->retargetForTest(t, &changes, &error)) << error.toStdString();
    QByteArray expected = MsSql;
    expected = replaceOnce(expected, "Data Source=SQL01\\BPM; Initial Catalog=BPMProd;",
                           "Data Source=SQL02,1444; Initial Catalog=&quot;BPM Test;1&quot;;");
    expected = replaceOnce(expected, "db=0;", "db=7;");
    expected = replaceOnce(expected, "D:\\Sites\\BPM_Prod\\Pkg", "D:\\Sites\\BPM_Test\\Pkg");
    EXPECT_EQ(config->toBytes(), expected);
    const auto again = ConnectionStringsConfig::parse(config->toBytes(), &error);
    EXPECT_EQ(again->databaseName(), u"BPM Test;1"_s);
}

TEST(ConnectionStringsConfig, RefusesToShareProductionDatabaseOrRedis)
{
    QString error;
    auto config = ConnectionStringsConfig::parse(Postgres, &error);
    QStringList changes;
    ConnectionStringsConfig::TestRetarget t;
    t.databaseName = u"BPM_PROD"_s;
    EXPECT_FALSE(config->retargetForTest(t, &changes, &error));
    EXPECT_TRUE(error.contains(u"bpm_prod"_s));
    t.databaseName = u"bpm_test"_s;
    t.redisDb = 2;
    EXPECT_FALSE(config->retargetForTest(t, &changes, &error));
    EXPECT_EQ(config->toBytes(), Postgres); // nothing changed on refusal
}

TEST(ConnectionStringsConfig, BadInputIsRefusedNotCrashed)
{
    QString error;
    EXPECT_FALSE(ConnectionStringsConfig::parse("<connectionStrings><add name=", &error));
    EXPECT_FALSE(ConnectionStringsConfig::parse("<configuration/>", &error));
    EXPECT_FALSE(ConnectionStringsConfig::parse("\xFF\xFE<\0c\0", &error));
    EXPECT_FALSE(ConnectionStringsConfig::parse("<connectionStrings>\xC3\x28</connectionStrings>",
                                                &error));
    EXPECT_FALSE(ConnectionStringsConfig::load(u"/no/such/ConnectionStrings.config"_s, &error));
}

TEST(ConnectionStringsConfig, SavesAtomically)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ConnectionStrings.config"_s);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(Postgres);
    f.close();
    QString error;
    auto config = ConnectionStringsConfig::load(path, &error);
    ASSERT_TRUE(config);
    ASSERT_TRUE(config->setRedisDb(9));
    ASSERT_TRUE(config->save(path, &error)) << error.toStdString();
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), replaceOnce(Postgres, "db=2;", "db=9;"));
}

TEST(ConnectionStringsConfig, KeyValueEditing)
{
    const QString cs = u"Server = a ; Port=1;User ID=\"x;y\";"_s;
    EXPECT_EQ(ConnectionStringsConfig::keyValue(cs, {u"userid"_s}), u"x;y"_s);
    EXPECT_EQ(ConnectionStringsConfig::withKeyValue(cs, {u"server"_s}, u"b"_s),
              u"Server = b ; Port=1;User ID=\"x;y\";"_s);
    EXPECT_EQ(ConnectionStringsConfig::withKeyValue(u"a=1"_s, {u"Database"_s}, u"d"_s),
              u"a=1;Database=d;"_s);
}

} // namespace
