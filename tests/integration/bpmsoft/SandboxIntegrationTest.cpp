// The sandbox's integration process: correct before the upgrade, and after it duplicates
// appear unless SmrSyncHistory is cleared AND every integration object has the deduplication
// flag — the vendor's warning made testable.
#include "QtPrinters.h"
#include "SandboxFixture.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace upgrade;
using namespace upgrade::test;

namespace {

class SandboxIntegrationTest : public SandboxFixture
{
protected:
    void SetUp() override { startSandbox(); }

    /// Runs the integration through ProcessEngineService and waits for its end.
    ProcessLogEntry runIntegration(BpmSoftClient &c)
    {
        RecordingProgress progress;
        const auto start = c.executeProcess(u"SmrRunIntegration"_s, {}, {}, progress);
        EXPECT_TRUE(start) << c.lastError().message.toStdString();
        const auto run = c.waitForProcess(u"SmrRunIntegration"_s,
                                          start ? start->requestedAt.addSecs(-2) : QDateTime(),
                                          20'000, 20, progress);
        EXPECT_TRUE(run) << c.lastError().message.toStdString();
        return run.value_or(ProcessLogEntry{});
    }
    void install(BpmSoftClient &c)
    {
        RecordingProgress progress;
        const auto name = c.uploadPackage(connectorArchive(), progress);
        ASSERT_TRUE(name);
        ASSERT_EQ(c.installPackage(*name, progress).status, InstallOutcome::Status::Succeeded);
    }
    /// Extra records sharing an INN with another: BPMSoft's duplicates.
    qint64 bpmDuplicates()
    {
        return count(u"SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM "
                     "\"Account\" GROUP BY \"SmrINN\" HAVING COUNT(*) > 1) d"_s) +
               count(u"SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM "
                     "\"Product\" GROUP BY \"Code\" HAVING COUNT(*) > 1) d"_s);
    }
    qint64 oneCDuplicates()
    {
        return oneCCount(u"SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM "
                         "\"Catalog_Контрагенты\" GROUP BY \"ИНН\" HAVING COUNT(*) > 1) d"_s);
    }
    void clearMapping(BpmSoftClient &c)
    {
        RecordingProgress progress;
        ASSERT_TRUE(c.remove(u"SmrSyncHistory"_s, DataFilter::everything(), progress));
        ASSERT_EQ(count(u"SELECT COUNT(*) FROM \"SmrSyncHistory\""_s), 0);
    }
    void setDeduplication(BpmSoftClient &c)
    {
        RecordingProgress progress;
        const auto n = c.update(u"SmrIntegrationObject"_s,
                                {{u"SmrUseForDeduplication"_s, DataValue::boolean(true)}},
                                DataFilter::everything(), progress);
        ASSERT_TRUE(n) << c.lastError().message.toStdString();
        ASSERT_EQ(*n, 2);
    }
};

} // namespace

TEST_F(SandboxIntegrationTest, BeforeTheUpgradeTheIntegrationIsClean)
{
    auto c = client();
    const qint64 accounts = count(u"SELECT COUNT(*) FROM \"Account\""_s);
    const qint64 contractors = oneCCount(u"SELECT COUNT(*) FROM \"Catalog_Контрагенты\""_s);
    const ProcessLogEntry run = runIntegration(*c);
    EXPECT_EQ(run.status, ProcessLogEntry::Status::Completed) << run.errorDescription.toStdString();
    EXPECT_EQ(bpmDuplicates(), 0);
    EXPECT_EQ(oneCDuplicates(), 0);
    // New 1C contractors came in; new BPMSoft accounts went out.
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"Account\""_s),
              accounts + m_sizes.newContractorsInOneC);
    EXPECT_EQ(oneCCount(u"SELECT COUNT(*) FROM \"Catalog_Контрагенты\""_s),
              contractors + m_sizes.newAccountsInBpm);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM \"SmrIntegrationLog\" WHERE \"SmrStatus\" = "
                     "'Success' AND \"SmrProcessLogId\" = ?"_s,
                     {run.id})
                      .toLongLong(),
              2);
    // A second run changes nothing.
    const qint64 after = count(u"SELECT COUNT(*) FROM \"Account\""_s);
    runIntegration(*c);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"Account\""_s), after);
    EXPECT_EQ(bpmDuplicates(), 0);
}

TEST_F(SandboxIntegrationTest, AfterTheUpgradeOldRowsWithoutFlagsCreateDuplicates)
{
    auto c = client();
    install(*c);
    runIntegration(*c);
    EXPECT_GE(bpmDuplicates(), m_sizes.accounts + m_sizes.products);
}

TEST_F(SandboxIntegrationTest, OldRowsLeftCreateDuplicatesEvenWithTheFlags)
{
    auto c = client();
    install(*c);
    setDeduplication(*c);
    runIntegration(*c);
    EXPECT_GE(bpmDuplicates(), m_sizes.accounts + m_sizes.products);
}

TEST_F(SandboxIntegrationTest, ClearedTableWithoutFlagsDuplicatesBothSides)
{
    auto c = client();
    install(*c);
    clearMapping(*c);
    runIntegration(*c);
    EXPECT_GE(bpmDuplicates(), m_sizes.accounts + m_sizes.products);
    EXPECT_GE(oneCDuplicates(), m_sizes.accounts) << "unmapped originals were exported again";
}

TEST_F(SandboxIntegrationTest, ClearedTableAndFlagsSetGiveNoDuplicates)
{
    auto c = client();
    install(*c);
    clearMapping(*c);
    setDeduplication(*c);
    const ProcessLogEntry run = runIntegration(*c);
    EXPECT_EQ(run.status, ProcessLogEntry::Status::Completed) << run.errorDescription.toStdString();
    EXPECT_EQ(bpmDuplicates(), 0);
    EXPECT_EQ(oneCDuplicates(), 0);
    // Every record is mapped again, in the new structure.
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"SmrSyncHistory\" WHERE \"SmrExternalKey\" IS NULL"_s),
              0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"SmrSyncHistory\""_s),
              count(u"SELECT COUNT(*) FROM \"Account\""_s) +
                      count(u"SELECT COUNT(*) FROM \"Product\""_s));
    runIntegration(*c);
    EXPECT_EQ(bpmDuplicates(), 0);
}

TEST_F(SandboxIntegrationTest, ATestCopyStillPointingAtProductionReallyUsesProductionsOneC)
{
    const QString copy = QDir(m_dir.path()).filePath(u"test-copy.sqlite"_s);
    ASSERT_TRUE(QFile::copy(m_databaseUrl, copy));
    sandbox::SandboxSite *test = startSecondSite(copy, sandbox::SiteRole::Test);
    ASSERT_TRUE(test);
    auto c = client(u"Supervisor"_s, test->url());
    const qint64 before = oneCCount(u"SELECT COUNT(*) FROM \"_ExchangeLog\""_s);
    runIntegration(*c);
    const qint64 fromTest =
            oneCCount(u"SELECT COUNT(*) FROM \"_ExchangeLog\" WHERE \"Agent\" LIKE '%"_s +
                      test->url().toString() + u"%'"_s);
    EXPECT_GT(fromTest, 0);
    EXPECT_GT(oneCCount(u"SELECT COUNT(*) FROM \"_ExchangeLog\" WHERE \"Method\" = 'POST'"_s), 0)
            << "the test copy wrote into the production 1C";
    EXPECT_GT(oneCCount(u"SELECT COUNT(*) FROM \"_ExchangeLog\""_s), before);
}

TEST_F(SandboxIntegrationTest, IntegrationErrorsScenarioFailsTheProcess)
{
    stopSandbox();
    Config config;
    config.scenario = u"integration-errors"_s;
    startSandbox(config);
    auto c = client();
    const ProcessLogEntry run = runIntegration(*c);
    EXPECT_EQ(run.status, ProcessLogEntry::Status::Error);
    EXPECT_TRUE(run.errorDescription.contains(u"HTTP 500"_s)) << run.errorDescription.toStdString();
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"SmrIntegrationLog\" WHERE \"SmrStatus\" = 'Error'"_s),
              1);
}

TEST_F(SandboxIntegrationTest, UnreachableOneCIsAnErrorNotASilentSuccess)
{
    auto c = client();
    RecordingProgress progress;
    // Re-point the connector at a 1C that is not there (as a wrong test address would be).
    const auto n = c->update(
            u"SmrOneCConnection"_s,
            {{u"SmrUrl"_s, DataValue::text(u"http://127.0.0.1:9/none/odata/standard.odata"_s)}},
            DataFilter::everything(), progress);
    ASSERT_TRUE(n);
    const ProcessLogEntry run = runIntegration(*c);
    EXPECT_EQ(run.status, ProcessLogEntry::Status::Error);
    EXPECT_TRUE(run.errorDescription.contains(u"1С недоступна"_s))
            << run.errorDescription.toStdString();
}
