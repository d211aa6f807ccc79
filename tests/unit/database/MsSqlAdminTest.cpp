// MsSqlAdmin on a scripted server: the statements in order, compression by edition, progress
// from sys.dm_exec_requests on a second connection with the worker's session id, cancel by
// KILL, nothing in a transaction, permission errors that name the right, damaged backups, the
// MOVE list from FILELISTONLY, a failed restore dropped, rollback as one single-user batch.
#include "FakeSql.h"
#include "QtPrinters.h"

#include "database/MsSqlAdmin.h"
#include "util/Progress.h"

#include <QMutex>
#include <QWaitCondition>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;
using namespace upgrade::test;

namespace {

class CollectingProgress : public Progress
{
public:
    void setFraction(double f) override
    {
        QMutexLocker l(&m);
        fractions.append(f);
    }
    void setStatus(const QString &t) override
    {
        QMutexLocker l(&m);
        statuses.append(t);
    }
    void log(const QString &t) override
    {
        QMutexLocker l(&m);
        lines.append(t);
    }
    Cancellation cancellation() const override { return cancel; }

    QMutex m;
    QList<double> fractions;
    QStringList statuses, lines;
    Cancellation cancel;
};

class MsSqlAdminTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        settings.kind = DatabaseKind::MsSql;
        settings.host = u"sql01"_s;
        settings.name = u"BPMSoft"_s;
        settings.user = u"bpm"_s;
        server.on(u"^SELECT @@SPID$"_s, scalar(57));
        server.on(u"SERVERPROPERTY\\('EngineEdition'\\)"_s,
                  rows({u"e"_s, u"ed"_s, u"v"_s, u"n"_s},
                       {{3, u"Enterprise Edition (64-bit)"_s, u"16.0.1000.6"_s, u"SQL01"_s}}));
        server.on(u"FROM sys.databases WHERE name = DB_NAME\\(\\)"_s,
                  rows({u"s"_s, u"d"_s, u"id"_s, u"c"_s},
                       {{u"SQL01"_s, u"BPMSoft"_s, u"7"_s,
                         QDateTime(QDate(2024, 5, 1), QTime(10, 0))}}));
        server.on(u"INFORMATION_SCHEMA.TABLES"_s, rows({u"TABLE_NAME"_s}, {}));
        server.on(u"sys.master_files"_s, scalar(qint64(3) << 30));
        // Nothing at the target path yet.
        server.on(
                u"^RESTORE HEADERONLY"_s,
                error(u"[Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Cannot open backup "
                      "device 'D:\\Backup\\b.bak'. Operating system error 2(The system cannot "
                      "find the file specified.). RESTORE HEADERONLY is terminating abnormally."_s,
                      u"3201"_s));
        server.on(u"^RESTORE VERIFYONLY"_s, affected(-1));
        server.on(u"^SELECT DB_ID"_s, scalar(QVariant()));
    }

    void backupIsThereAfterwards()
    {
        // After the BACKUP ran, HEADERONLY finds it.
        server.on(u"^RESTORE HEADERONLY"_s,
                  rows({u"BackupName"_s, u"DatabaseName"_s, u"BackupSize"_s,
                        u"CompressedBackupSize"_s, u"BackupFinishDate"_s, u"SoftwareVersionMajor"_s,
                        u"SoftwareVersionMinor"_s, u"SoftwareVersionBuild"_s},
                       {{u"x"_s, u"BPMSoft"_s, qint64(900) << 20, qint64(200) << 20,
                         QDateTime::currentDateTime(), 16, 0, 1000}}));
    }

    MsSqlAdmin admin(int pollMs = 5)
    {
        MsSqlAdmin::Options options;
        options.pollIntervalMs = pollMs;
        return MsSqlAdmin(settings, std::make_unique<FakeConnector>(server), options);
    }

    DatabaseSettings settings;
    FakeSqlServer server;
    CollectingProgress progress;
};

TEST_F(MsSqlAdminTest, BackupSendsTheReferenceStatementsOutsideTransactions)
{
    server.on(u"^BACKUP DATABASE"_s, [this](const QString &, const QVariantList &) {
        backupIsThereAfterwards();
        return affected(-1);
    });
    BackupRequest request;
    request.outputPath = u"D:\\Backup\\b.bak"_s;
    const BackupResult r = admin().backup(request, progress);
    ASSERT_TRUE(r.ok()) << r.error.toString().toStdString();

    const RecordedStatement backup = server.find(u"^BACKUP DATABASE"_s);
    EXPECT_EQ(backup.sql, MsSqlStatements::backup(u"BPMSoft"_s, u"D:\\Backup\\b.bak"_s, true));
    EXPECT_EQ(backup.database, u"master"_s);
    // The worker connection asked for its session id before it ran the backup.
    const auto log = server.log();
    int spidIndex = -1, backupIndex = -1;
    for (int i = 0; i < log.size(); ++i) {
        if (log[i].sql == u"SELECT @@SPID"_s && log[i].connection == backup.connection &&
            spidIndex < 0)
            spidIndex = i;
        if (log[i].sql.startsWith(u"BACKUP"_s))
            backupIndex = i;
    }
    EXPECT_GE(spidIndex, 0);
    EXPECT_LT(spidIndex, backupIndex);
    // Then VERIFYONLY and HEADERONLY; never a transaction.
    EXPECT_EQ(server.find(u"^RESTORE VERIFYONLY"_s).sql,
              MsSqlStatements::verifyOnly(u"D:\\Backup\\b.bak"_s));
    EXPECT_EQ(server.transactionsBegun, 0);

    EXPECT_TRUE(r.info.verified);
    EXPECT_TRUE(r.info.onServerHost);
    EXPECT_TRUE(r.info.compressed);
    EXPECT_EQ(r.info.format, u"mssql-bak"_s);
    EXPECT_EQ(r.info.sizeBytes, qint64(200) << 20);
    EXPECT_EQ(r.info.databaseSizeBytes, qint64(3) << 30);
    EXPECT_EQ(r.info.source.server, u"SQL01"_s);
    EXPECT_EQ(r.info.source.databaseId, u"7"_s);
    EXPECT_TRUE(r.info.sha256.isEmpty()); // not reachable from here
    EXPECT_TRUE(progress.lines.join(u'\n').contains(u"SQL Server host"_s));
}

TEST_F(MsSqlAdminTest, ExpressGetsNoCompressionAndAWarning)
{
    server.on(u"SERVERPROPERTY\\('EngineEdition'\\)"_s,
              rows({u"e"_s, u"ed"_s, u"v"_s, u"n"_s},
                   {{4, u"Express Edition (64-bit)"_s, u"15.0.2000.5"_s, u"SQL01\\SQLEXPRESS"_s}}));
    server.on(u"^BACKUP DATABASE"_s, [this](const QString &, const QVariantList &) {
        backupIsThereAfterwards();
        return affected(-1);
    });
    BackupRequest request;
    request.outputPath = u"D:\\Backup\\b.bak"_s;
    const BackupResult r = admin().backup(request, progress);
    ASSERT_TRUE(r.ok()) << r.error.toString().toStdString();
    EXPECT_FALSE(server.find(u"^BACKUP"_s).sql.contains(u"COMPRESSION"_s));
    EXPECT_FALSE(r.info.compressed);
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_TRUE(r.warnings.first().contains(u"Express"_s));
}

TEST_F(MsSqlAdminTest, ProgressIsPolledOnASecondConnectionAndCancelKills)
{
    // The BACKUP runs until it is killed; the DMV reports 40 % meanwhile.
    QMutex mutex;
    QWaitCondition killedSignal;
    bool killed = false;
    int polls = 0;
    server.on(u"dm_exec_requests"_s, [&](const QString &, const QVariantList &values) {
        QMutexLocker l(&mutex);
        EXPECT_EQ(values.value(0).toInt(), 57);
        if (++polls == 3)
            progress.cancel.cancel();
        return rows({u"percent_complete"_s, u"command"_s}, {{40.0, u"BACKUP DATABASE"_s}});
    });
    server.on(u"^KILL 57$"_s, [&](const QString &, const QVariantList &) {
        QMutexLocker l(&mutex);
        killed = true;
        killedSignal.wakeAll();
        return affected(0);
    });
    server.on(u"^BACKUP DATABASE"_s, [&](const QString &, const QVariantList &) {
        QMutexLocker l(&mutex);
        while (!killed)
            killedSignal.wait(&mutex);
        return error(u"[SQL Server]The backup or restore was aborted."_s, u"3204"_s);
    });
    BackupRequest request;
    request.outputPath = u"D:\\Backup\\b.bak"_s;
    const BackupResult r = admin().backup(request, progress);
    EXPECT_EQ(r.error.code(), DbError::Code::Cancelled) << r.error.toString().toStdString();
    EXPECT_TRUE(r.error.message().contains(u"D:\\Backup\\b.bak"_s));
    const RecordedStatement poll = server.find(u"dm_exec_requests"_s);
    const RecordedStatement backup = server.find(u"^BACKUP"_s);
    EXPECT_NE(poll.connection, backup.connection);
    EXPECT_NE(server.find(u"^KILL"_s).connection, backup.connection);
    // 40 % of the backup's share of the bar was shown.
    bool sawForty = false;
    for (double f : progress.fractions)
        sawForty = sawForty || (f > 0.3 && f < 0.4);
    EXPECT_TRUE(sawForty);
}

TEST_F(MsSqlAdminTest, WithoutViewServerStateTheWorkGoesOnAndSaysSo)
{
    server.on(u"dm_exec_requests"_s, rows({u"percent_complete"_s, u"command"_s}, {}));
    QMutex mutex;
    int polls = 0;
    QWaitCondition polled;
    server.on(u"dm_exec_requests"_s, [&](const QString &, const QVariantList &) {
        QMutexLocker l(&mutex);
        ++polls;
        polled.wakeAll();
        return rows({u"percent_complete"_s, u"command"_s}, {});
    });
    server.on(u"^BACKUP DATABASE"_s, [&](const QString &, const QVariantList &) {
        QMutexLocker l(&mutex);
        while (polls < 2)
            polled.wait(&mutex);
        backupIsThereAfterwards();
        return affected(-1);
    });
    BackupRequest request;
    request.outputPath = u"D:\\Backup\\b.bak"_s;
    const BackupResult r = admin().backup(request, progress);
    ASSERT_TRUE(r.ok()) << r.error.toString().toStdString();
    EXPECT_EQ(progress.lines.filter(u"VIEW SERVER STATE"_s).size(), 1);
}

TEST_F(MsSqlAdminTest, MissingBackupRightIsNamed)
{
    server.on(u"^BACKUP DATABASE"_s,
              error(u"[Microsoft][ODBC Driver 18 for SQL Server][SQL Server]BACKUP DATABASE "
                    "permission denied in database 'BPMSoft'. [Microsoft][ODBC Driver 18 for SQL "
                    "Server][SQL Server]BACKUP DATABASE is terminating abnormally."_s,
                    u"262"_s));
    BackupRequest request;
    request.outputPath = u"D:\\Backup\\b.bak"_s;
    const BackupResult r = admin().backup(request, progress);
    ASSERT_EQ(r.error.code(), DbError::Code::Permission) << r.error.toString().toStdString();
    EXPECT_TRUE(r.error.message().contains(u"BACKUP DATABASE permission"_s));
    EXPECT_TRUE(r.error.message().contains(u"bpm"_s));
    EXPECT_TRUE(r.error.message().contains(u"db_backupoperator"_s));
    EXPECT_TRUE(r.error.message().contains(u"SQL Server host"_s)); // the possible leftover
}

TEST_F(MsSqlAdminTest, ServiceAccountWithoutFolderRightsIsExplained)
{
    server.on(u"^BACKUP DATABASE"_s,
              error(u"[SQL Server]Cannot open backup device 'D:\\Backup\\b.bak'. Operating "
                    "system error 5(Access is denied.). BACKUP DATABASE is terminating "
                    "abnormally."_s,
                    u"3201"_s));
    BackupRequest request;
    request.outputPath = u"D:\\Backup\\b.bak"_s;
    const BackupResult r = admin().backup(request, progress);
    ASSERT_EQ(r.error.code(), DbError::Code::Permission);
    EXPECT_TRUE(r.error.message().contains(u"service account"_s));
}

TEST_F(MsSqlAdminTest, AnExistingBackupIsNotOverwritten)
{
    backupIsThereAfterwards();
    BackupRequest request;
    request.outputPath = u"D:\\Backup\\b.bak"_s;
    const BackupResult r = admin().backup(request, progress);
    EXPECT_EQ(r.error.code(), DbError::Code::AlreadyExists);
    EXPECT_EQ(server.count(u"^BACKUP"_s), 0);
}

TEST_F(MsSqlAdminTest, RelativePathsAndBadNamesAreRefusedBeforeAnySql)
{
    BackupRequest request;
    request.outputPath = u"b.bak"_s;
    EXPECT_EQ(admin().backup(request, progress).error.code(), DbError::Code::InvalidName);
    EXPECT_EQ(admin().restoreAs(u"D:\\b.bak"_s, u"bad\nname"_s, progress).error.code(),
              DbError::Code::InvalidName);
    EXPECT_TRUE(server.log().isEmpty());
}

TEST_F(MsSqlAdminTest, VerifyReportsADamagedBackup)
{
    server.on(u"^RESTORE VERIFYONLY"_s,
              error(u"[SQL Server]The media family on device 'D:\\b.bak' is incorrectly formed. "
                    "SQL Server cannot process this media family. VERIFY DATABASE is terminating "
                    "abnormally."_s,
                    u"3241"_s));
    VerifyRequest request;
    request.backupPath = u"D:\\b.bak"_s;
    const VerifyResult r = admin().verify(request, progress);
    EXPECT_FALSE(r.valid);
    EXPECT_EQ(r.error.code(), DbError::Code::InvalidBackup);
}

TEST_F(MsSqlAdminTest, VerifyReadsTheHeader)
{
    backupIsThereAfterwards();
    VerifyRequest request;
    request.backupPath = u"D:\\b.bak"_s;
    const VerifyResult r = admin().verify(request, progress);
    ASSERT_TRUE(r.ok()) << r.error.toString().toStdString();
    EXPECT_TRUE(r.valid);
    EXPECT_EQ(r.sourceDatabase, u"BPMSoft"_s);
    EXPECT_EQ(r.sourceVersion, u"16.0.1000"_s);
    EXPECT_EQ(r.sizeBytes, qint64(200) << 20);
    EXPECT_FALSE(r.warnings.isEmpty()); // no SHA-256 for a file on the server host
}

TEST_F(MsSqlAdminTest, RestoreAsMovesEveryFileOfTheBackup)
{
    server.on(u"^RESTORE FILELISTONLY"_s,
              rows({u"LogicalName"_s, u"PhysicalName"_s, u"Type"_s},
                   {{u"TSOnline_Data"_s, u"C:\\Data\\TS_Data.mdf"_s, u"D"_s},
                    {u"TSOnline_Log"_s, u"C:\\Data\\TS_Log.ldf"_s, u"L"_s}}));
    server.on(u"InstanceDefaultDataPath"_s,
              rows({u"d"_s, u"l"_s}, {{u"E:\\SQLData\\"_s, u"F:\\SQLLog\\"_s}}));
    const RestoreResult r = admin().restoreAs(u"D:\\Backup\\b.bak"_s, u"BPMSoft_Test"_s, progress);
    ASSERT_TRUE(r.ok()) << r.error.toString().toStdString();
    EXPECT_EQ(server.find(u"^RESTORE DATABASE"_s).sql,
              u"RESTORE DATABASE [BPMSoft_Test] FROM DISK = N'D:\\Backup\\b.bak' WITH FILE = 1, "
              "MOVE N'TSOnline_Data' TO N'E:\\SQLData\\BPMSoft_Test.mdf', MOVE N'TSOnline_Log' TO "
              "N'F:\\SQLLog\\BPMSoft_Test_log.ldf', RECOVERY, CHECKSUM, STATS = 5"_s);
    EXPECT_EQ(server.find(u"^SELECT DB_ID"_s).values, QVariantList{u"BPMSoft_Test"_s});
    EXPECT_EQ(server.transactionsBegun, 0);
}

TEST_F(MsSqlAdminTest, RestoreAsRefusesAnExistingDatabase)
{
    server.on(u"^SELECT DB_ID"_s, scalar(12));
    const RestoreResult r = admin().restoreAs(u"D:\\b.bak"_s, u"BPMSoft_Test"_s, progress);
    EXPECT_EQ(r.error.code(), DbError::Code::AlreadyExists);
    EXPECT_EQ(server.count(u"^RESTORE"_s), 0);
}

TEST_F(MsSqlAdminTest, AFailedRestoreAsIsDroppedAndTheRightNamed)
{
    server.on(u"^RESTORE FILELISTONLY"_s, rows({u"LogicalName"_s, u"PhysicalName"_s, u"Type"_s},
                                               {{u"d"_s, u"C:\\d.mdf"_s, u"D"_s}}));
    int dbIdCalls = 0;
    server.on(u"^SELECT DB_ID"_s, [&](const QString &, const QVariantList &) {
        // Absent before, present (restoring) after the failure.
        return ++dbIdCalls == 1 ? scalar(QVariant()) : scalar(33);
    });
    server.on(u"^RESTORE DATABASE"_s,
              error(u"[SQL Server]CREATE DATABASE permission denied in database 'master'. "
                    "RESTORE DATABASE is terminating abnormally."_s,
                    u"262"_s));
    const RestoreResult r = admin().restoreAs(u"D:\\b.bak"_s, u"T"_s, progress);
    ASSERT_EQ(r.error.code(), DbError::Code::Permission);
    EXPECT_TRUE(r.error.message().contains(u"CREATE DATABASE"_s));
    EXPECT_TRUE(r.error.message().contains(u"dbcreator"_s));
    EXPECT_EQ(server.count(u"^DROP DATABASE \\[T\\]$"_s), 1);
}

TEST_F(MsSqlAdminTest, RollbackIsOneSingleUserBatchAndMultiUserAfter)
{
    server.on(u"^SELECT DB_ID"_s, scalar(7));
    backupIsThereAfterwards();
    const RestoreResult r = admin().replaceFromBackup(u"D:\\Backup\\b.bak"_s, progress);
    ASSERT_TRUE(r.ok()) << r.error.toString().toStdString();
    const QStringList s = server.statements();
    const qsizetype verify = s.indexOf(MsSqlStatements::verifyOnly(u"D:\\Backup\\b.bak"_s));
    const qsizetype batch =
            s.indexOf(MsSqlStatements::setSingleUser(u"BPMSoft"_s) + u";\n"_s +
                      MsSqlStatements::restoreReplace(u"BPMSoft"_s, u"D:\\Backup\\b.bak"_s));
    const qsizetype multi = s.indexOf(MsSqlStatements::setMultiUser(u"BPMSoft"_s));
    EXPECT_GE(verify, 0);
    EXPECT_GT(batch, verify);
    EXPECT_GT(multi, batch);
    EXPECT_EQ(server.transactionsBegun, 0);
}

TEST_F(MsSqlAdminTest, FailedRollbackSaysWhatStateTheDatabaseIsIn)
{
    server.on(u"^SELECT DB_ID"_s, scalar(7));
    backupIsThereAfterwards();
    server.on(u"SET SINGLE_USER"_s,
              error(u"[SQL Server]User does not have permission to RESTORE database 'BPMSoft'."_s,
                    u"3110"_s));
    server.on(u"state_desc"_s, scalar(u"ONLINE"_s));
    const RestoreResult r = admin().replaceFromBackup(u"D:\\b.bak"_s, progress);
    ASSERT_EQ(r.error.code(), DbError::Code::Permission);
    EXPECT_TRUE(r.error.message().contains(u"dbcreator"_s));
    EXPECT_TRUE(r.error.message().contains(u"still online"_s));
    EXPECT_EQ(server.count(u"SET MULTI_USER"_s), 1);
    // A damaged file stops it before the database is touched.
    FakeSqlServer other;
    other.on(u"^SELECT DB_ID"_s, scalar(7));
    other.on(u"^SELECT @@SPID$"_s, scalar(60));
    other.on(u"^RESTORE VERIFYONLY"_s, error(u"checksum failure"_s, u"3183"_s));
    MsSqlAdmin a(settings, std::make_unique<FakeConnector>(other));
    const RestoreResult refused = a.replaceFromBackup(u"D:\\b.bak"_s, progress);
    EXPECT_EQ(refused.error.code(), DbError::Code::InvalidBackup);
    EXPECT_EQ(other.count(u"SINGLE_USER"_s), 0);
}

TEST_F(MsSqlAdminTest, LoginFailureAndMissingDriverAreConnectionProblems)
{
    server.openError =
            u"[Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Login failed for user 'bpm'."_s;
    server.openErrorCode = u"18456"_s;
    auto fp = admin().fingerprint();
    EXPECT_EQ(fp.error.code(), DbError::Code::Connection);
    EXPECT_TRUE(fp.error.message().contains(u"bpm"_s));
    server.openError =
            u"[unixODBC][Driver Manager]Can't open lib 'ODBC Driver 18 for SQL Server' : file not found"_s;
    server.openErrorCode.clear();
    fp = admin().fingerprint();
    EXPECT_EQ(fp.error.code(), DbError::Code::ToolMissing);
}

} // namespace
