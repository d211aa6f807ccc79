// Every fault the sandbox injects: the client gives a clear error or retries safely; it
// never hangs and never reports a false success.
#include "QtPrinters.h"
#include "SandboxFixture.h"

#include <QDir>
#include <QFile>

#include <QElapsedTimer>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace upgrade;
using namespace upgrade::test;
using sandbox::Fault;

namespace {

Fault fault(const QString &endpoint, Fault::Kind kind, int times = 0, int every = 1)
{
    Fault f;
    f.endpoint = endpoint;
    f.kind = kind;
    f.times = times;
    f.every = every;
    return f;
}

const QString Select = u"DataService/json/SyncReply/SelectQuery"_s;
const QString Update = u"DataService/json/SyncReply/UpdateQuery"_s;

class ClientFaultsTest : public SandboxFixture
{
protected:
    void SetUp() override { startSandbox(); }
    BpmSoftClient::Select settingsQuery() const
    {
        BpmSoftClient::Select q(u"SysSettings"_s, {u"Id"_s, u"Code"_s});
        return q;
    }
    int countRequests(const QString &suffix)
    {
        int n = 0;
        for (const auto &r : requests())
            if (r.path.endsWith(suffix))
                ++n;
        return n;
    }
};

} // namespace

TEST_F(ClientFaultsTest, DroppedReadIsRetried)
{
    m_scenario->add(fault(Select, Fault::Kind::Drop, 2));
    auto c = client();
    RecordingProgress progress;
    const auto rows = c->select(settingsQuery(), progress);
    ASSERT_TRUE(rows) << c->lastError().message.toStdString();
    EXPECT_FALSE(rows->isEmpty());
    EXPECT_EQ(countRequests(u"SelectQuery"_s), 3);
}

TEST_F(ClientFaultsTest, ReadsGiveUpClearlyWhenTheSiteKeepsDropping)
{
    m_scenario->add(fault(Select, Fault::Kind::Drop));
    auto c = client();
    RecordingProgress progress;
    EXPECT_FALSE(c->select(settingsQuery(), progress));
    EXPECT_EQ(c->lastError().kind, BpmSoftError::Kind::Network);
    EXPECT_FALSE(c->lastError().mayHaveBeenApplied) << "a read changes nothing";
    // Our attempts, each of which Qt may repeat once more by itself on a closed connection.
    EXPECT_GE(countRequests(u"SelectQuery"_s), 1 + c->options().readRetries);
    EXPECT_LE(countRequests(u"SelectQuery"_s), 2 * (1 + c->options().readRetries));
}

TEST_F(ClientFaultsTest, ChangesAreNeverRepeatedAfterALostAnswer)
{
    m_scenario->add(fault(Update, Fault::Kind::DropAfter, 1));
    auto c = client();
    RecordingProgress progress;
    const auto updated =
            c->update(u"SmrIntegrationObject"_s, {{u"SmrIsActive"_s, DataValue::boolean(false)}},
                      DataFilter::everything(), progress);
    EXPECT_FALSE(updated) << "no answer, no count: not a success";
    EXPECT_EQ(c->lastError().kind, BpmSoftError::Kind::Network);
    EXPECT_TRUE(c->lastError().mayHaveBeenApplied);
    EXPECT_TRUE(c->lastError().message.contains(u"may or may not have been made"_s));
    EXPECT_EQ(countRequests(u"UpdateQuery"_s), 1) << "not repeated";
    // It was in fact applied (the answer was lost): the warning was right.
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"SmrIntegrationObject\" WHERE \"SmrIsActive\" = 0"_s),
              count(u"SELECT COUNT(*) FROM \"SmrIntegrationObject\""_s));
}

TEST_F(ClientFaultsTest, ExpiredSessionLogsInAgainOnceAndRepeats)
{
    m_scenario->add(fault(Update, Fault::Kind::ExpireSession, 1));
    auto c = client();
    RecordingProgress progress;
    const auto updated =
            c->update(u"SmrIntegrationObject"_s, {{u"SmrIsActive"_s, DataValue::boolean(false)}},
                      DataFilter::everything(), progress);
    ASSERT_TRUE(updated) << c->lastError().message.toStdString();
    EXPECT_EQ(*updated, count(u"SELECT COUNT(*) FROM \"SmrIntegrationObject\""_s));
    EXPECT_EQ(countRequests(u"AuthService.svc/Login"_s), 2);
    EXPECT_EQ(countRequests(u"UpdateQuery"_s), 2);
}

TEST_F(ClientFaultsTest, ExpiredSessionOnAServiceIs401AndAlsoRecovered)
{
    m_scenario->add(
            fault(u"ServiceModel/PackageService.svc/GetPackages"_s, Fault::Kind::ExpireSession, 1));
    auto c = client();
    RecordingProgress progress;
    ASSERT_TRUE(c->login(progress));
    ASSERT_TRUE(c->installedPackages(progress)) << c->lastError().message.toStdString();
    const auto log = requests();
    bool saw401 = false;
    for (const auto &r : log)
        saw401 |= r.path.endsWith(u"GetPackages"_s) && r.status == 401;
    EXPECT_TRUE(saw401);
}

TEST_F(ClientFaultsTest, PermanentRedirectToLoginFailsAfterOneRelogin)
{
    m_scenario->add(fault(Select, Fault::Kind::RedirectToLogin));
    auto c = client();
    RecordingProgress progress;
    EXPECT_FALSE(c->select(settingsQuery(), progress));
    EXPECT_EQ(c->lastError().kind, BpmSoftError::Kind::SessionLost);
    EXPECT_EQ(countRequests(u"SelectQuery"_s), 2);
    EXPECT_EQ(countRequests(u"AuthService.svc/Login"_s), 2);
}

TEST_F(ClientFaultsTest, LoginPageServedWith200IsNotMistakenForData)
{
    m_scenario->add(fault(Select, Fault::Kind::LoginPage200));
    auto c = client();
    RecordingProgress progress;
    EXPECT_FALSE(c->select(settingsQuery(), progress));
    EXPECT_EQ(c->lastError().kind, BpmSoftError::Kind::SessionLost);
}

TEST_F(ClientFaultsTest, MissingCsrfCookieIsCollectedFromTheSiteRoot)
{
    m_scenario->add(fault(u"ServiceModel/AuthService.svc/Login"_s, Fault::Kind::NoCsrfCookie));
    auto c = client();
    RecordingProgress progress;
    const auto rows = c->select(settingsQuery(), progress);
    ASSERT_TRUE(rows) << c->lastError().message.toStdString();
    const auto log = requests();
    bool rootVisited = false;
    for (const auto &r : log)
        rootVisited |= r.method == "GET" && (r.path == u"/"_s || r.path == u"/0/"_s);
    EXPECT_TRUE(rootVisited);
}

TEST_F(ClientFaultsTest, HangingServerTimesOut)
{
    m_scenario->add(fault(Select, Fault::Kind::Hang));
    BpmSoftClientOptions o = clientOptions();
    o.requestTimeoutMs = 300;
    o.readRetries = 1;
    BpmSoftClient c(o, u"Supervisor"_s);
    RecordingProgress progress;
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(c.select(settingsQuery(), progress));
    EXPECT_LT(timer.elapsed(), 3000);
    EXPECT_EQ(c.lastError().kind, BpmSoftError::Kind::Timeout);
}

TEST_F(ClientFaultsTest, CancelStopsAWaitingCallPromptly)
{
    m_scenario->add(fault(Select, Fault::Kind::Hang));
    auto c = client();
    RecordingProgress progress;
    ASSERT_TRUE(c->login(progress));
    QTimer::singleShot(200, [&]() { progress.cancel(); });
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(c->select(settingsQuery(), progress));
    EXPECT_LT(timer.elapsed(), 2000);
    EXPECT_EQ(c->lastError().kind, BpmSoftError::Kind::Cancelled);
}

TEST_F(ClientFaultsTest, ServerErrorsAndUnavailabilityAreReported)
{
    m_scenario->add(
            fault(u"ServiceModel/WorkspaceExplorerService.svc/Rebuild"_s, Fault::Kind::Http500));
    m_scenario->add(fault(u"api/HealthCheck/Ping"_s, Fault::Kind::Http503));
    auto c = client();
    RecordingProgress progress;
    EXPECT_FALSE(c->compileAll(progress));
    EXPECT_EQ(c->lastError().kind, BpmSoftError::Kind::ServerError);
    EXPECT_EQ(c->lastError().httpStatus, 500);
    EXPECT_TRUE(c->lastError().mayHaveBeenApplied);
    EXPECT_EQ(countRequests(u"Rebuild"_s), 1) << "a compile is not repeated blindly";
    const HealthStatus h = c->ping(progress);
    EXPECT_EQ(h.state, HealthStatus::State::Unavailable);
    EXPECT_FALSE(h.isHealthy());
}

TEST_F(ClientFaultsTest, RedirectedPingIsUnhealthy)
{
    m_scenario->add(fault(u"api/HealthCheck/Ping"_s, Fault::Kind::RedirectToLogin));
    auto c = client();
    RecordingProgress progress;
    const HealthStatus h = c->ping(progress);
    EXPECT_EQ(h.state, HealthStatus::State::RedirectedToLogin);
    EXPECT_FALSE(h.isHealthy());
}

TEST_F(ClientFaultsTest, StoppedSiteIsUnreachableAndReadinessGivesUp)
{
    auto c = client();
    RecordingProgress progress;
    onSite([](sandbox::SandboxSite &s) { s.stop(); });
    EXPECT_EQ(c->ping(progress).state, HealthStatus::State::Unreachable);
    EXPECT_FALSE(c->login(progress));
    EXPECT_EQ(c->lastError().kind, BpmSoftError::Kind::Network);
    BpmSoftClientOptions o = clientOptions();
    o.readinessBudgetMs = 400;
    BpmSoftClient waiting(o, u"Supervisor"_s);
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(waiting.waitUntilReady(progress));
    EXPECT_EQ(waiting.lastError().kind, BpmSoftError::Kind::Timeout);
    EXPECT_LT(timer.elapsed(), 3000);
}

TEST_F(ClientFaultsTest, ReadinessStopsOnRejectedCredentials)
{
    auto c = client(u"wrong"_s);
    RecordingProgress progress;
    EXPECT_FALSE(c->waitUntilReady(progress));
    EXPECT_EQ(c->lastError().kind, BpmSoftError::Kind::WrongCredentials);
    EXPECT_EQ(countRequests(u"AuthService.svc/Login"_s), 2);
}

TEST_F(ClientFaultsTest, FlakyNetworkScenarioStillWorksForReadsAndUploads)
{
    stopSandbox();
    Config config;
    config.scenario = u"flaky-network"_s;
    startSandbox(config);
    auto c = client();
    RecordingProgress progress;
    for (int i = 0; i < 8; ++i)
        ASSERT_TRUE(c->select(settingsQuery(), progress)) << c->lastError().message.toStdString();
    ASSERT_TRUE(c->installedPackages(progress)) << c->lastError().message.toStdString();
    const auto name = c->uploadPackage(connectorArchive(), progress);
    ASSERT_TRUE(name) << c->lastError().message.toStdString();
    const InstallOutcome outcome = c->installPackage(*name, progress);
    EXPECT_EQ(outcome.status, InstallOutcome::Status::Succeeded) << outcome.message.toStdString();
    const auto updated = c->update(u"SmrIntegrationObject"_s,
                                   {{u"SmrUseForDeduplication"_s, DataValue::boolean(true)}},
                                   DataFilter::everything(), progress);
    ASSERT_TRUE(updated) << c->lastError().message.toStdString();
}

TEST_F(ClientFaultsTest, TlsNeedsTheSystemTrustOrThePinnedFingerprint)
{
    stopSandbox();
    Config config;
    config.tls = true;
    startSandbox(config);
    ASSERT_EQ(m_url.scheme(), u"https"_s);
    RecordingProgress progress;
    {
        BpmSoftClient c(clientOptions(), u"Supervisor"_s);
        EXPECT_FALSE(c.login(progress));
        EXPECT_EQ(c.lastError().kind, BpmSoftError::Kind::Tls);
        EXPECT_TRUE(c.lastError().message.contains(
                u"B1:80:87:F9:EE:F8:28:5F:8C:BE:B4:B0:FF:94:C9:C3:70:B0:00:8D:D5:8A:F5:A8:00:42:50:74:69:29:AB:5D"_s))
                << c.lastError().message.toStdString();
        EXPECT_FALSE(c.ping(progress).isHealthy());
    }
    {
        BpmSoftClientOptions o = clientOptions();
        o.tlsCertificateSha256 = u"00"_s + QString(62, u'1');
        BpmSoftClient c(o, u"Supervisor"_s);
        EXPECT_FALSE(c.login(progress));
        EXPECT_EQ(c.lastError().kind, BpmSoftError::Kind::Tls) << "a wrong pin is refused";
    }
    {
        BpmSoftClientOptions o = clientOptions();
        o.tlsCertificateSha256 =
                u"b1:80:87:f9:ee:f8:28:5f:8c:be:b4:b0:ff:94:c9:c3:70:b0:00:8d:d5:8a:f5:a8:00:42:50:74:69:29:ab:5d"_s;
        BpmSoftClient c(o, u"Supervisor"_s);
        ASSERT_TRUE(c.login(progress)) << c.lastError().message.toStdString();
        EXPECT_TRUE(c.ping(progress).isHealthy());
        EXPECT_TRUE(c.select(settingsQuery(), progress));
        // The package upload goes over the pinned TLS connection too, byte for byte.
        const auto name = c.uploadPackage(connectorArchive(), progress);
        ASSERT_TRUE(name) << c.lastError().message.toStdString();
        QFile sent(connectorArchive());
        QFile stored(QDir(m_root).filePath(u"site/uploads/"_s + *name));
        ASSERT_TRUE(sent.open(QIODevice::ReadOnly));
        ASSERT_TRUE(stored.open(QIODevice::ReadOnly)) << stored.fileName().toStdString();
        EXPECT_EQ(stored.readAll(), sent.readAll());
    }
}

TEST_F(ClientFaultsTest, CompileErrorsScenarioReportsFileLineColumnCodeAndText)
{
    stopSandbox();
    Config config;
    config.scenario = u"compile-errors"_s;
    startSandbox(config);
    auto c = client();
    RecordingProgress progress;
    const auto generated = c->generateAllSchemaSources(progress);
    ASSERT_TRUE(generated) << c->lastError().message.toStdString();
    EXPECT_TRUE(generated->success) << "generating works; compiling fails";
    const auto compiled = c->compileAll(progress);
    ASSERT_TRUE(compiled) << c->lastError().message.toStdString();
    EXPECT_FALSE(compiled->success);
    EXPECT_EQ(compiled->buildResult, 1);
    ASSERT_EQ(compiled->errors.size(), 2);
    ASSERT_EQ(compiled->warnings.size(), 1);
    const CompileMessage &e = compiled->errors.first();
    EXPECT_TRUE(e.fileName.endsWith(u"UsrOrderSync.cs"_s)) << e.fileName.toStdString();
    EXPECT_EQ(e.line, 118);
    EXPECT_EQ(e.column, 24);
    EXPECT_EQ(e.code, u"CS0246"_s);
    EXPECT_TRUE(e.text.contains(u"SmrLegacyMapper"_s));
    EXPECT_FALSE(e.warning);
    EXPECT_EQ(compiled->warnings.first().code, u"CS0618"_s);
    EXPECT_TRUE(compiled->warnings.first().warning);
}

TEST_F(ClientFaultsTest, ARestartDuringTheInstallIsNeverASuccess)
{
    stopSandbox();
    Config config;
    config.speed = 10; // a 6 s installation, a 1.5 s restart
    startSandbox(config);
    auto c = client();
    RecordingProgress progress;
    const auto name = c->uploadPackage(connectorArchive(), progress);
    ASSERT_TRUE(name);
    // Someone restarts the site (IIS recycles the pool) while it installs.
    auto other = client();
    QTimer::singleShot(1000, [&]() {
        RecordingProgress p;
        EXPECT_TRUE(other->restart(p)) << other->lastError().message.toStdString();
    });
    QElapsedTimer timer;
    timer.start();
    const InstallOutcome outcome = c->installPackage(*name, progress);
    EXPECT_LT(timer.elapsed(), 15000);
    EXPECT_FALSE(outcome.isSuccess()) << outcome.message.toStdString();
    EXPECT_EQ(outcome.status, InstallOutcome::Status::Unknown) << outcome.message.toStdString();
    EXPECT_FALSE(hasColumn(u"SmrIntegrationObject"_s, u"SmrUseForDeduplication"_s));
}
