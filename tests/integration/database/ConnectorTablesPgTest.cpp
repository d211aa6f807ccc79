// ConnectorTables and TestCopyNeutralizer on the real PostgreSQL server: TRUNCATE in a
// transaction after a snapshot, DELETE where TRUNCATE is not allowed, nothing cleared when the
// snapshot fails, the deduplication flag on a boolean column, discovery, and neutralising a
// copy with BPMSoft's quoted names and with lower-case Quartz tables.
#include "BpmTestSchema.h"
#include "PostgresFixture.h"
#include "QtPrinters.h"

#include "database/ConnectorTables.h"
#include "database/PostgresAdmin.h"
#include "database/TestCopyNeutralizer.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;
using upgrade::test::BpmTestSchema;

namespace {

class ConnectorTablesPgTest : public upgrade::test::PostgresFixture
{
protected:
    void SetUp() override
    {
        PostgresFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        const QString error = BpmTestSchema::create(db(), 300);
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    }
    void TearDown() override
    {
        m_sql.reset();
        for (const QString &role : std::as_const(m_roles)) {
            QSqlQuery q(db());
            q.exec(u"DROP OWNED BY \"%1\""_s.arg(role));
            q.exec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(role));
        }
        PostgresFixture::TearDown();
    }

    SqlExecutor &sql(const QString &user = {}, const QString &password = {})
    {
        DatabaseSettings s;
        s.kind = DatabaseKind::PostgreSql;
        s.host = server().host;
        s.port = server().port;
        s.name = databaseName();
        s.user = user.isEmpty() ? server().user : user;
        PostgresAdmin admin(s, user.isEmpty() ? server().password : password);
        DbError error;
        m_sql = admin.openSql(&error);
        EXPECT_TRUE(m_sql) << error.toString().toStdString();
        return *m_sql;
    }

    qint64 count(const QString &query) { return BpmTestSchema::count(db(), query); }

    std::unique_ptr<SqlExecutor> m_sql;
    QStringList m_roles;
    LogProgress m_progress;
};

TEST_F(ConnectorTablesPgTest, SnapshotThenTruncateInOneTransaction)
{
    const QString before = BpmTestSchema::checksums(db()).value(u"SmrSyncHistory"_s);
    ConnectorTables tables(sql(), SqlDialect(DatabaseKind::PostgreSql), ConnectorSettings());
    const auto r = tables.snapshotAndClearSyncHistory(m_progress);
    ASSERT_TRUE(r.ok()) << r.error.toString().toStdString();
    EXPECT_TRUE(r.truncated);
    EXPECT_EQ(r.rowsBefore, 300);
    EXPECT_EQ(r.snapshotRows, 300);
    EXPECT_EQ(r.rowsAfter, 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM \"SmrSyncHistory\""_s), 0);
    // The snapshot holds exactly the rows that were there.
    const auto sums = BpmTestSchema::checksums(db());
    EXPECT_EQ(sums.value(r.snapshotTable), before);
}

TEST_F(ConnectorTablesPgTest, DeleteWhereTruncateIsNotAllowed)
{
    // A foreign key pointing at the mapping table forbids TRUNCATE.
    exec(u"CREATE TABLE \"SmrSyncRef\" (\"Id\" uuid, \"HistoryId\" uuid REFERENCES "
         "\"SmrSyncHistory\"(\"Id\"))"_s);
    ConnectorTables tables(sql(), SqlDialect(DatabaseKind::PostgreSql), ConnectorSettings());
    const auto r = tables.snapshotAndClearSyncHistory(m_progress);
    ASSERT_TRUE(r.ok()) << r.error.toString().toStdString();
    EXPECT_FALSE(r.truncated);
    EXPECT_EQ(r.rowsBefore, 300);
    EXPECT_EQ(r.rowsAfter, 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM \"%1\""_s.arg(r.snapshotTable)), 300);
}

TEST_F(ConnectorTablesPgTest, NothingIsClearedWhenTheSnapshotCannotBeMade)
{
    const QString role = u"t_conn_%1"_s.arg(QRandomGenerator::global()->bounded(1000000));
    m_roles.append(role);
    exec(u"CREATE ROLE \"%1\" LOGIN PASSWORD 'pw'"_s.arg(role));
    exec(u"GRANT SELECT, DELETE, TRUNCATE ON \"SmrSyncHistory\" TO \"%1\""_s.arg(role));
    exec(u"GRANT SELECT ON ALL TABLES IN SCHEMA information_schema TO \"%1\""_s.arg(role));
    exec(u"REVOKE CREATE ON SCHEMA public FROM PUBLIC"_s);
    ConnectorTables tables(sql(role, u"pw"_s), SqlDialect(DatabaseKind::PostgreSql),
                           ConnectorSettings());
    const auto r = tables.snapshotAndClearSyncHistory(m_progress);
    EXPECT_EQ(r.error.code(), DbError::Code::Permission) << r.error.toString().toStdString();
    EXPECT_EQ(count(u"SELECT count(*) FROM \"SmrSyncHistory\""_s), 300);
}

TEST_F(ConnectorTablesPgTest, SetsTheFlagWithOneUpdate)
{
    exec(u"UPDATE \"SmrIntegrationObject\" SET \"SmrUseForDeduplication\" = true WHERE \"Name\" = 'Объект 1'"_s);
    exec(u"UPDATE \"SmrIntegrationObject\" SET \"SmrUseForDeduplication\" = false WHERE \"Name\" = 'Объект 2'"_s);
    ConnectorTables tables(sql(), SqlDialect(DatabaseKind::PostgreSql), ConnectorSettings());
    EXPECT_EQ(tables.countWithoutDeduplication().value, 7);
    const auto r = tables.setDeduplicationFlag(m_progress);
    ASSERT_TRUE(r.ok()) << r.error.toString().toStdString();
    EXPECT_EQ(r.rowsUpdated, 7);
    EXPECT_EQ(r.changed.size(), 7);
    EXPECT_TRUE(r.changed.contains(u"Объект 2"_s));
    EXPECT_EQ(
            count(u"SELECT count(*) FROM \"SmrIntegrationObject\" WHERE \"SmrUseForDeduplication\""_s),
            8);
}

TEST_F(ConnectorTablesPgTest, DiscoversCandidates)
{
    ConnectorTables tables(sql(), SqlDialect(DatabaseKind::PostgreSql), ConnectorSettings());
    const auto d = tables.discover();
    ASSERT_TRUE(d.ok()) << d.error.toString().toStdString();
    QStringList names;
    for (const auto &t : d.value.tables)
        names.append(t.name);
    EXPECT_EQ(names, (QStringList{u"SmrIntegrationLog"_s, u"SmrIntegrationObject"_s,
                                  u"SmrOneCConnection"_s, u"SmrSyncHistory"_s}));
    ASSERT_EQ(d.value.deduplicationColumns.size(), 1);
    EXPECT_EQ(d.value.deduplicationColumns.first().column, u"SmrUseForDeduplication"_s);
    EXPECT_EQ(d.value.deduplicationColumns.first().type, u"boolean"_s);
}

TEST_F(ConnectorTablesPgTest, NeutralisesACopyWithBpmSoftNames)
{
    TestCopyNeutralizer n(sql(), SqlDialect(DatabaseKind::PostgreSql), ConnectorSettings());
    NeutralizeOptions o;
    o.testOneCUrl = u"http://1c-test/trade_test/odata/standard.odata"_s;
    o.testSiteUrl = u"http://crm-test:8080/"_s;
    const auto r = n.neutralize(o, m_progress);
    ASSERT_TRUE(r.ok()) << r.error.toString().toStdString();
    EXPECT_EQ(
            count(u"SELECT count(*) FROM \"QRTZ_TRIGGERS\" WHERE \"TRIGGER_STATE\" <> 'PAUSED'"_s),
            0);
    EXPECT_EQ(count(u"SELECT count(*) FROM \"QRTZ_FIRED_TRIGGERS\""_s), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM \"MailServer\" WHERE \"AllowEmailSending\" OR "
                    "\"AllowEmailDownloading\""_s),
              0);
    EXPECT_EQ(count(u"SELECT count(*) FROM \"MailboxSyncSettings\" WHERE "
                    "\"SendEmailsViaThisAccount\""_s),
              0);
    EXPECT_EQ(
            count(u"SELECT count(*) FROM \"SysSettingsValue\" v JOIN \"SysSettings\" s ON s.\"Id\" "
                  "= v.\"SysSettingsId\" WHERE s.\"Code\" = 'SiteUrl' AND v.\"TextValue\" = "
                  "'http://crm-test:8080/'"_s),
            1);
    EXPECT_EQ(count(u"SELECT count(*) FROM \"SmrOneCConnection\" WHERE \"SmrUrl\" = "
                    "'http://1c-test/trade_test/odata/standard.odata' AND \"SmrUser\" = "
                    "'Integration'"_s),
              1);
    EXPECT_GE(r.changes.size(), 6);
}

TEST_F(ConnectorTablesPgTest, FindsLowerCaseQuartzTables)
{
    exec(u"DROP TABLE \"QRTZ_TRIGGERS\", \"QRTZ_PAUSED_TRIGGER_GRPS\""_s);
    exec(u"CREATE TABLE qrtz_triggers (sched_name varchar(120), trigger_name varchar(150), "
         "trigger_group varchar(150), trigger_state varchar(16))"_s);
    exec(u"CREATE TABLE qrtz_paused_trigger_grps (sched_name varchar(120), trigger_group "
         "varchar(150))"_s);
    exec(u"INSERT INTO qrtz_triggers VALUES ('S', 'a', 'g', 'WAITING'), ('S', 'b', 'g', "
         "'ACQUIRED')"_s);
    TestCopyNeutralizer n(sql(), SqlDialect(DatabaseKind::PostgreSql), ConnectorSettings());
    NeutralizeOptions o;
    o.testOneCUrl = u"http://1c-test/"_s;
    const auto r = n.neutralize(o, m_progress);
    ASSERT_TRUE(r.ok()) << r.error.toString().toStdString();
    EXPECT_EQ(count(u"SELECT count(*) FROM qrtz_triggers WHERE trigger_state = 'PAUSED'"_s), 2);
    EXPECT_EQ(count(u"SELECT count(*) FROM qrtz_paused_trigger_grps"_s), 1);
}

} // namespace
