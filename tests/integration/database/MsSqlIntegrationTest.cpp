// MsSqlAdmin and the connector operations against a real SQL Server, when one is configured:
//   UPGRADE_TEST_MSSQL_HOST         host or host\instance (required; the test is skipped without)
//   UPGRADE_TEST_MSSQL_PORT         default 1433
//   UPGRADE_TEST_MSSQL_USER         a login with sysadmin or dbcreator + backup rights
//                                   (empty: Windows authentication)
//   UPGRADE_TEST_MSSQL_PASSWORD
//   UPGRADE_TEST_MSSQL_DRIVER       the ODBC driver, default "ODBC Driver 18 for SQL Server"
//   UPGRADE_TEST_MSSQL_BACKUP_DIR   a folder ON THE SQL SERVER HOST where its service account
//                                   may write, e.g. /var/opt/mssql/backup or D:\Backup
// For a Linux container with Driver 18 also set
//   BPMSOFT_UPGRADE_MSSQL_ODBC_EXTRA=TrustServerCertificate=yes
#include "QtPrinters.h"

#include "database/ConnectorTables.h"
#include "database/MsSqlAdmin.h"
#include "database/MsSqlConnector.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;

namespace {

class MsSqlIntegrationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("UPGRADE_TEST_MSSQL_HOST"))
            GTEST_SKIP() << "no SQL Server configured (UPGRADE_TEST_MSSQL_HOST, see the file's "
                            "header)";
        m_settings.kind = DatabaseKind::MsSql;
        m_settings.host = qEnvironmentVariable("UPGRADE_TEST_MSSQL_HOST");
        m_settings.port = qEnvironmentVariableIntValue("UPGRADE_TEST_MSSQL_PORT");
        m_settings.user = qEnvironmentVariable("UPGRADE_TEST_MSSQL_USER");
        m_settings.odbcDriver = qEnvironmentVariable("UPGRADE_TEST_MSSQL_DRIVER");
        m_password = qEnvironmentVariable("UPGRADE_TEST_MSSQL_PASSWORD");
        m_backupDir = qEnvironmentVariable("UPGRADE_TEST_MSSQL_BACKUP_DIR");
        ASSERT_FALSE(m_backupDir.isEmpty()) << "UPGRADE_TEST_MSSQL_BACKUP_DIR is needed too";
        const QString suffix = QString::number(QRandomGenerator::global()->bounded(1000000));
        m_settings.name = u"bpmup_t_"_s + suffix;
        m_copy = m_settings.name + u"_copy"_s;
        m_separator = m_backupDir.contains(u'\\') ? u"\\"_s : u"/"_s;
        m_file = m_backupDir + m_separator + m_settings.name + u".bak"_s;

        MsSqlConnector connector(m_settings, m_password);
        QString error;
        m_master = connector.open(u"master"_s, &error, nullptr);
        ASSERT_TRUE(m_master) << error.toStdString();
        ASSERT_TRUE(run(u"CREATE DATABASE [%1]"_s.arg(m_settings.name)));
        m_db = connector.open(m_settings.name, &error, nullptr);
        ASSERT_TRUE(m_db) << error.toStdString();
        for (const QString &s :
             {u"CREATE TABLE [SysPackage] ([Id] uniqueidentifier PRIMARY KEY DEFAULT NEWID(), "
              "[Name] nvarchar(250), [Version] nvarchar(50))"_s,
              u"INSERT INTO [SysPackage] ([Name], [Version]) SELECT TOP 40 N'Пакет' + "
              "CAST(ROW_NUMBER() OVER (ORDER BY (SELECT 1)) AS nvarchar(10)), N'1.0' FROM "
              "sys.objects"_s,
              u"CREATE TABLE [SmrSyncHistory] ([Id] uniqueidentifier PRIMARY KEY DEFAULT "
              "NEWID(), [SmrOneCId] nvarchar(250))"_s,
              u"INSERT INTO [SmrSyncHistory] ([SmrOneCId]) SELECT TOP 50 name FROM sys.objects"_s,
              u"CREATE TABLE [SmrIntegrationObject] ([Id] uniqueidentifier PRIMARY KEY "
              "DEFAULT NEWID(), [Name] nvarchar(250), [SmrUseForDeduplication] bit NULL)"_s,
              u"INSERT INTO [SmrIntegrationObject] ([Name]) VALUES (N'Контрагенты'), "
              "(N'Номенклатура'), (N'Заказы')"_s})
            ASSERT_TRUE(exec(*m_db, s));
    }

    void TearDown() override
    {
        m_db.reset();
        if (m_master) {
            for (const QString &name : {m_settings.name, m_copy}) {
                m_master->exec(u"IF DB_ID(?) IS NOT NULL EXEC(N'ALTER DATABASE ' + QUOTENAME(?) + "
                               "N' SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE ' + "
                               "QUOTENAME(?))"_s,
                               {name, name, name});
            }
        }
    }

    bool exec(SqlExecutor &sql, const QString &statement)
    {
        const SqlOutcome o = sql.exec(statement);
        EXPECT_TRUE(o.ok) << statement.toStdString() << ": " << o.errorText.toStdString();
        return o.ok;
    }
    bool run(const QString &statement) { return exec(*m_master, statement); }

    QString checksum(const QString &database, const QString &table)
    {
        MsSqlConnector connector(m_settings, m_password);
        auto sql = connector.open(database, nullptr, nullptr);
        if (!sql)
            return u"no connection"_s;
        const SqlOutcome o = sql->exec(
                u"SELECT COUNT(*), CHECKSUM_AGG(BINARY_CHECKSUM(*)) FROM [%1]"_s.arg(table));
        return o.rows().value(0).value(0).toString() + u':' + o.rows().value(0).value(1).toString();
    }

    DatabaseSettings m_settings;
    QString m_password, m_backupDir, m_separator, m_file, m_copy;
    std::unique_ptr<SqlExecutor> m_master, m_db;
    LogProgress m_progress;
};

TEST_F(MsSqlIntegrationTest, BackupVerifyRestoreAsAndRollBack)
{
    MsSqlAdmin admin(m_settings, m_password);
    const QString before = checksum(m_settings.name, u"SysPackage"_s);
    BackupRequest request;
    request.outputPath = m_file;
    request.overwrite = true;
    const BackupResult b = admin.backup(request, m_progress);
    ASSERT_TRUE(b.ok()) << b.error.toString().toStdString();
    EXPECT_TRUE(b.info.verified);
    EXPECT_GT(b.info.sizeBytes, 0);
    EXPECT_EQ(b.info.source.rowCounts.value(u"SysPackage"_s), 40);

    VerifyRequest v;
    v.backupPath = m_file;
    const VerifyResult verified = admin.verify(v, m_progress);
    ASSERT_TRUE(verified.ok()) << verified.error.toString().toStdString();
    EXPECT_EQ(verified.sourceDatabase, m_settings.name);

    const RestoreResult copy = admin.restoreAs(m_file, m_copy, m_progress);
    ASSERT_TRUE(copy.ok()) << copy.error.toString().toStdString();
    EXPECT_EQ(checksum(m_copy, u"SysPackage"_s), before);
    EXPECT_EQ(admin.restoreAs(m_file, m_copy, m_progress).error.code(),
              DbError::Code::AlreadyExists);

    ASSERT_TRUE(exec(*m_db, u"UPDATE [SysPackage] SET [Version] = N'2.0'"_s));
    ASSERT_NE(checksum(m_settings.name, u"SysPackage"_s), before);
    m_db.reset();
    const RestoreResult rolledBack = admin.replaceFromBackup(m_file, m_progress);
    ASSERT_TRUE(rolledBack.ok()) << rolledBack.error.toString().toStdString();
    EXPECT_EQ(checksum(m_settings.name, u"SysPackage"_s), before);
}

TEST_F(MsSqlIntegrationTest, ConnectorOperations)
{
    ConnectorTables tables(*m_db, SqlDialect(DatabaseKind::MsSql), ConnectorSettings());
    const auto cleared = tables.snapshotAndClearSyncHistory(m_progress);
    ASSERT_TRUE(cleared.ok()) << cleared.error.toString().toStdString();
    EXPECT_EQ(cleared.rowsBefore, cleared.snapshotRows);
    EXPECT_EQ(cleared.rowsAfter, 0);
    const auto flagged = tables.setDeduplicationFlag(m_progress);
    ASSERT_TRUE(flagged.ok()) << flagged.error.toString().toStdString();
    EXPECT_EQ(flagged.rowsUpdated, 3);
    EXPECT_EQ(tables.countWithoutDeduplication().value, 0);
}

} // namespace
