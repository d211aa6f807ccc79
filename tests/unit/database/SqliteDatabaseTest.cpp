// SqliteAdmin, ConnectorTables and TestCopyNeutralizer on real SQLite files (the sandbox's
// default store): backup of a live database, verify, restore, replace, damaged files; clearing
// the mapping table, the deduplication flag, discovery, neutralising a copy, hostile names.
#include "BpmTestSchema.h"
#include "QtPrinters.h"

#include "database/ConnectorTables.h"
#include "database/PartialFile.h"
#include "database/QtSqlExecutor.h"
#include "database/SqliteAdmin.h"
#include "database/TestCopyNeutralizer.h"
#include "util/FileHash.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;
using upgrade::test::BpmTestSchema;

namespace {

class SqliteDatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(u"state.sqlite"_s);
        SqlConnectionSpec spec{u"QSQLITE"_s, {}, 0, m_path, {}, {}, {}};
        ASSERT_TRUE(m_sql.open(spec, nullptr));
        m_sql.exec(u"PRAGMA journal_mode = WAL"_s);
        const QString error = BpmTestSchema::create(m_sql.database(), 100);
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    }

    DatabaseSettings settings() const
    {
        DatabaseSettings s;
        s.kind = DatabaseKind::Sqlite;
        s.path = m_path;
        return s;
    }

    qint64 count(const QString &sql) { return m_sql.exec(sql).scalar().toLongLong(); }

    QTemporaryDir m_dir;
    QString m_path;
    QtSqlExecutor m_sql;
    LogProgress m_progress;
};

TEST_F(SqliteDatabaseTest, BackupOfALiveDatabaseVerifyRestoreAndReplace)
{
    SqliteAdmin admin(settings());
    const QString file = m_dir.filePath(u"backup/state.bak"_s);
    BackupRequest request;
    request.outputPath = file;
    const BackupResult b = admin.backup(request, m_progress); // m_sql keeps it open meanwhile
    ASSERT_TRUE(b.ok()) << b.error.toString().toStdString();
    EXPECT_EQ(b.info.sha256, FileHash::sha256(file).value_or(QString()));
    EXPECT_EQ(b.info.source.rowCounts.value(u"SysPackage"_s), 40);
    EXPECT_FALSE(QFileInfo::exists(file + PartialFile::Suffix));

    VerifyRequest v;
    v.backupPath = file;
    v.expectedSha256 = b.info.sha256;
    const VerifyResult verified = admin.verify(v, m_progress);
    ASSERT_TRUE(verified.ok()) << verified.error.toString().toStdString();
    EXPECT_GE(verified.entries, 14);

    const RestoreResult copy = admin.restoreAs(file, u"test-copy.sqlite"_s, m_progress);
    ASSERT_TRUE(copy.ok()) << copy.error.toString().toStdString();
    EXPECT_EQ(copy.database, m_dir.filePath(u"test-copy.sqlite"_s));
    EXPECT_EQ(admin.restoreAs(file, u"test-copy.sqlite"_s, m_progress).error.code(),
              DbError::Code::AlreadyExists);

    // Change production, then roll back.
    m_sql.exec(u"DELETE FROM \"SmrSyncHistory\""_s);
    m_sql.exec(u"UPDATE \"SysPackage\" SET \"Version\" = '9'"_s);
    m_sql.database().close();
    const RestoreResult replaced = admin.replaceFromBackup(file, m_progress);
    ASSERT_TRUE(replaced.ok()) << replaced.error.toString().toStdString();
    m_sql.database().open();
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"SmrSyncHistory\""_s), 100);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"SysPackage\" WHERE \"Version\" = '9'"_s), 0);
    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files);
    for (const QString &f : left)
        EXPECT_FALSE(f.contains(u"before-restore"_s) || f.contains(u".partial"_s))
                << f.toStdString();
}

TEST_F(SqliteDatabaseTest, DamagedFilesFailAndAFailedReplaceKeepsTheOriginal)
{
    SqliteAdmin admin(settings());
    const QString file = m_dir.filePath(u"b.bak"_s);
    BackupRequest request;
    request.outputPath = file;
    ASSERT_TRUE(admin.backup(request, m_progress).ok());
    QFile in(file);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    auto write = [&](const QString &name, const QByteArray &data) {
        QFile f(m_dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
        return f.fileName();
    };
    QByteArray corrupt = bytes;
    for (qsizetype i = 4096; i < corrupt.size(); i += 97)
        corrupt[i] = char(corrupt[i] ^ 0xff);
    for (const QString &bad : {write(u"garbage.bak"_s, QByteArray(8192, 'x')),
                               write(u"truncated.bak"_s, bytes.left(bytes.size() / 2)),
                               write(u"corrupt.bak"_s, corrupt)}) {
        VerifyRequest v;
        v.backupPath = bad;
        EXPECT_EQ(admin.verify(v, m_progress).error.code(), DbError::Code::InvalidBackup)
                << bad.toStdString();
        const RestoreResult r = admin.replaceFromBackup(bad, m_progress);
        EXPECT_FALSE(r.ok());
        EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"SmrSyncHistory\""_s), 100);
    }
}

TEST_F(SqliteDatabaseTest, ClearsTheMappingTableAfterASnapshot)
{
    ConnectorTables tables(m_sql, SqlDialect(DatabaseKind::Sqlite), ConnectorSettings());
    const SyncHistoryClearResult r = tables.snapshotAndClearSyncHistory(
            m_progress, QDateTime(QDate(2024, 3, 1), QTime(12, 0, 0)));
    ASSERT_TRUE(r.ok()) << r.error.toString().toStdString();
    EXPECT_EQ(r.rowsBefore, 100);
    EXPECT_EQ(r.snapshotRows, 100);
    EXPECT_EQ(r.rowsAfter, 0);
    EXPECT_FALSE(r.truncated);
    EXPECT_EQ(r.snapshotTable, u"SmrSyncHistory_snap_20240301_120000"_s);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"SmrSyncHistory\""_s), 0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"SmrSyncHistory_snap_20240301_120000\""_s), 100);
    // A second one in the same second would clash: refused, nothing changed.
    const auto again = tables.snapshotAndClearSyncHistory(
            m_progress, QDateTime(QDate(2024, 3, 1), QTime(12, 0, 0)));
    EXPECT_EQ(again.error.code(), DbError::Code::AlreadyExists);
}

TEST_F(SqliteDatabaseTest, SetsTheDeduplicationFlagOnEveryObject)
{
    m_sql.exec(
            u"UPDATE \"SmrIntegrationObject\" SET \"SmrUseForDeduplication\" = 1 WHERE \"Name\" = 'Объект 3'"_s);
    m_sql.exec(
            u"UPDATE \"SmrIntegrationObject\" SET \"SmrUseForDeduplication\" = 0 WHERE \"Name\" = 'Объект 4'"_s);
    ConnectorTables tables(m_sql, SqlDialect(DatabaseKind::Sqlite), ConnectorSettings());
    EXPECT_EQ(tables.countWithoutDeduplication().value, 7);
    const DeduplicationResult r = tables.setDeduplicationFlag(m_progress);
    ASSERT_TRUE(r.ok()) << r.error.toString().toStdString();
    EXPECT_EQ(r.objects, 8);
    EXPECT_EQ(r.rowsUpdated, 7);
    EXPECT_EQ(r.changed.size(), 7);
    EXPECT_TRUE(r.changed.contains(u"Объект 4"_s));
    EXPECT_FALSE(r.changed.contains(u"Объект 3"_s));
    EXPECT_EQ(r.unsetAfter, 0);
    EXPECT_EQ(tables.countWithoutDeduplication().value, 0);
    EXPECT_EQ(tables.setDeduplicationFlag(m_progress).rowsUpdated, 0);
}

TEST_F(SqliteDatabaseTest, MissingDeduplicationColumnSaysInstallThePackageFirst)
{
    QTemporaryDir dir;
    QtSqlExecutor old;
    ASSERT_TRUE(
            old.open({u"QSQLITE"_s, {}, 0, dir.filePath(u"old.sqlite"_s), {}, {}, {}}, nullptr));
    ASSERT_TRUE(BpmTestSchema::create(old.database(), 5, false).isEmpty());
    ConnectorTables tables(old, SqlDialect(DatabaseKind::Sqlite), ConnectorSettings());
    const DeduplicationResult r = tables.setDeduplicationFlag(m_progress);
    EXPECT_EQ(r.error.code(), DbError::Code::NotFound);
    EXPECT_TRUE(r.error.message().contains(u"SmrUseForDeduplication"_s));
    EXPECT_EQ(tables.countWithoutDeduplication().error.code(), DbError::Code::NotFound);
}

TEST_F(SqliteDatabaseTest, DiscoversConnectorTablesAndDedupColumns)
{
    m_sql.exec(u"CREATE TABLE \"smrLowerCase\" (\"Id\" TEXT, \"IsDedupKey\" INTEGER)"_s);
    ConnectorTables tables(m_sql, SqlDialect(DatabaseKind::Sqlite), ConnectorSettings());
    const auto d = tables.discover();
    ASSERT_TRUE(d.ok()) << d.error.toString().toStdString();
    QStringList names;
    for (const auto &t : d.value.tables)
        names.append(t.name);
    EXPECT_TRUE(names.contains(u"SmrSyncHistory"_s));
    EXPECT_TRUE(names.contains(u"SmrOneCConnection"_s));
    EXPECT_TRUE(names.contains(u"smrLowerCase"_s));
    EXPECT_FALSE(names.contains(u"SysPackage"_s));
    for (const auto &t : d.value.tables)
        if (t.name == u"SmrSyncHistory"_s) {
            EXPECT_EQ(t.rows, 100);
            EXPECT_TRUE(t.columns.contains(u"SmrOneCId"_s));
        }
    QStringList columns;
    for (const auto &c : d.value.deduplicationColumns)
        columns.append(c.table + u'.' + c.column);
    EXPECT_EQ(columns, (QStringList{u"SmrIntegrationObject.SmrUseForDeduplication"_s,
                                    u"smrLowerCase.IsDedupKey"_s}));
}

TEST_F(SqliteDatabaseTest, HostileConnectorNamesAreRefused)
{
    ConnectorSettings s;
    s.syncHistoryTable = u"SmrSyncHistory\"; DROP TABLE \"SysPackage"_s;
    s.integrationObjectTable = u"x y"_s;
    s.oneCSettingsTable = u"a;b"_s;
    ConnectorTables tables(m_sql, SqlDialect(DatabaseKind::Sqlite), s);
    EXPECT_EQ(tables.snapshotAndClearSyncHistory(m_progress).error.code(),
              DbError::Code::InvalidName);
    EXPECT_EQ(tables.setDeduplicationFlag(m_progress).error.code(), DbError::Code::InvalidName);
    TestCopyNeutralizer n(m_sql, SqlDialect(DatabaseKind::Sqlite), s);
    NeutralizeOptions o;
    o.testOneCUrl = u"http://1c-test/"_s;
    EXPECT_EQ(n.neutralize(o, m_progress).error.code(), DbError::Code::InvalidName);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"SysPackage\""_s), 40);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"SmrSyncHistory\""_s), 100);
    // A table that does not exist is named in the error.
    s = ConnectorSettings();
    s.syncHistoryTable = u"SmrNoSuchTable"_s;
    ConnectorTables missing(m_sql, SqlDialect(DatabaseKind::Sqlite), s);
    const auto r = missing.snapshotAndClearSyncHistory(m_progress);
    EXPECT_EQ(r.error.code(), DbError::Code::NotFound);
    EXPECT_TRUE(r.error.message().contains(u"SmrNoSuchTable"_s));
}

TEST_F(SqliteDatabaseTest, NeutralisesATestCopy)
{
    TestCopyNeutralizer n(m_sql, SqlDialect(DatabaseKind::Sqlite), ConnectorSettings());
    NeutralizeOptions o;
    o.testOneCUrl = u"http://1c-test.example.ru/trade_test/odata/standard.odata"_s;
    o.testOneCUser = u"TestIntegration"_s;
    o.productionOneCUrl = u"http://1c-prod.example.ru/trade/odata/standard.odata"_s;
    o.testSiteUrl = u"http://crm-test:8080"_s;
    const NeutralizeResult r = n.neutralize(o, m_progress);
    ASSERT_TRUE(r.ok()) << r.error.toString().toStdString();
    EXPECT_EQ(
            count(u"SELECT COUNT(*) FROM \"QRTZ_TRIGGERS\" WHERE \"TRIGGER_STATE\" <> 'PAUSED'"_s),
            0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"QRTZ_PAUSED_TRIGGER_GRPS\" WHERE \"TRIGGER_GROUP\" = "
                    "'_$_ALL_GROUPS_PAUSED_$_'"_s),
              1);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"QRTZ_SCHEDULER_STATE\""_s), 0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"MailServer\" WHERE \"AllowEmailSending\" <> 0 OR "
                    "\"AllowEmailDownloading\" <> 0"_s),
              0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"MailboxSyncSettings\" WHERE "
                    "\"EnableMailSynhronization\" <> 0"_s),
              0);
    const auto connections = n.oneCConnections();
    ASSERT_TRUE(connections.ok());
    ASSERT_EQ(connections.value.size(), 1);
    EXPECT_EQ(connections.value.first().url, o.testOneCUrl);
    EXPECT_EQ(connections.value.first().user, u"TestIntegration"_s);
    // Each change is listed; 9 of 12 triggers were not paused yet.
    QStringList changes;
    for (const auto &c : r.changes)
        changes.append(c.description);
    EXPECT_TRUE(changes.filter(u"1c-prod.example.ru"_s).size() == 1)
            << changes.join(u'\n').toStdString();
    EXPECT_TRUE(changes.filter(u"Paused 9 scheduler triggers"_s).size() == 1)
            << changes.join(u'\n').toStdString();
    // The SiteUrl setting (SQLite sample has no SysSettingsValue rows): reported as 0 rows.
    // Running it again changes nothing more and does not add a second marker.
    const NeutralizeResult again = n.neutralize(o, m_progress);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"QRTZ_PAUSED_TRIGGER_GRPS\""_s), 1);
}

TEST_F(SqliteDatabaseTest, RefusesToPointTheTestCopyAtProductionOneC)
{
    TestCopyNeutralizer n(m_sql, SqlDialect(DatabaseKind::Sqlite), ConnectorSettings());
    NeutralizeOptions o;
    o.productionOneCUrl = u"http://1c-prod.example.ru/trade/odata/standard.odata"_s;
    o.testOneCUrl = u"HTTP://1C-PROD.example.ru/trade/odata/standard.odata/"_s;
    EXPECT_EQ(n.neutralize(o, m_progress).error.code(), DbError::Code::InvalidName);
    o.testOneCUrl.clear();
    EXPECT_EQ(n.neutralize(o, m_progress).error.code(), DbError::Code::InvalidName);
    // Nothing changed.
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"QRTZ_TRIGGERS\" WHERE \"TRIGGER_STATE\" = 'PAUSED'"_s),
              3);
    // Without the 1C connection table the copy cannot be made safe: refused, rolled back.
    m_sql.exec(u"DROP TABLE \"SmrOneCConnection\""_s);
    o.testOneCUrl = u"http://1c-test/"_s;
    const auto r = n.neutralize(o, m_progress);
    EXPECT_EQ(r.error.code(), DbError::Code::NotFound);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"QRTZ_TRIGGERS\" WHERE \"TRIGGER_STATE\" = 'PAUSED'"_s),
              3);
}

} // namespace
