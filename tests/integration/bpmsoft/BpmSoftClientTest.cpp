// BpmSoftClient against the sandbox site over real sockets, on both hosting flavours.
#include "QtPrinters.h"
#include "SandboxFixture.h"
#include "WaitUntil.h"
#include "bpmsoft/SyncHttpClient.h"
#include "packagebuilder/PackageArchiveBuilder.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSet>

#include <iostream>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace upgrade;
using namespace upgrade::test;
using sandbox::Fault;

namespace {

class ClientTest
    : public SandboxFixture
    , public ::testing::WithParamInterface<BpmSoftFlavour>
{
protected:
    void SetUp() override
    {
        Config c;
        c.flavour = GetParam();
        startSandbox(c);
    }
    bool netfw() const { return GetParam() == BpmSoftFlavour::NetFramework; }
    QString prefix() const { return netfw() ? u"/0"_s : QString(); }
};

} // namespace

TEST_P(ClientTest, LogsInAtTheRootAndCallsServicesWithTheFlavoursPrefix)
{
    auto c = client();
    RecordingProgress progress;
    ASSERT_TRUE(c->login(progress)) << c->lastError().message.toStdString();
    const auto packages = c->installedPackages(progress);
    ASSERT_TRUE(packages) << c->lastError().message.toStdString();
    const auto log = requests();
    ASSERT_GE(log.size(), 2);
    EXPECT_EQ(log.at(0).path, u"/ServiceModel/AuthService.svc/Login"_s);
    EXPECT_EQ(log.at(0).status, 200);
    EXPECT_EQ(log.at(1).path, prefix() + u"/ServiceModel/PackageService.svc/GetPackages"_s);
    EXPECT_TRUE(log.at(1).csrfHeader) << "every call carries the BPMCSRF header";
    EXPECT_FALSE(log.at(1).session.isEmpty());
    c->logout();
    EXPECT_EQ(requests().last().path, prefix() + u"/ServiceModel/AuthService.svc/Logout"_s);
    int sessions = -1;
    onSite([&](sandbox::SandboxSite &s) { sessions = s.sessionCount(); });
    EXPECT_EQ(sessions, 0) << "logout ends the session on the server";
}

TEST_P(ClientTest, WrongPasswordIsAClearErrorNotASession)
{
    auto c = client(u"not-the-password"_s);
    RecordingProgress progress;
    EXPECT_FALSE(c->login(progress));
    EXPECT_EQ(c->lastError().kind, BpmSoftError::Kind::WrongCredentials);
    EXPECT_TRUE(c->lastError().message.contains(u"wrong user name or password"_s))
            << c->lastError().message.toStdString();
    EXPECT_FALSE(c->lastError().details.contains(u"not-the-password"_s))
            << "the password never reaches the details";
    // Server side: HTTP 200 with Code 1 and no session cookie.
    SyncHttpClient raw;
    HttpRequest r;
    r.method = "POST";
    r.url = QUrl(m_url.toString() + u"/ServiceModel/AuthService.svc/Login"_s);
    r.headers = {{"Content-Type", "application/json"}};
    r.body = R"({"UserName":"Supervisor","UserPassword":"wrong"})";
    const HttpResponse resp = raw.send(r);
    EXPECT_EQ(resp.status, 200);
    EXPECT_EQ(QJsonDocument::fromJson(resp.body).object().value(u"Code"_s).toInt(), 1);
    EXPECT_TRUE(raw.cookie(m_url, ".ASPXAUTH").isEmpty());
    // A data call with a wrong password fails clearly too, without retry storms.
    BpmSoftClient::Select q(u"SysSettings"_s, {u"Id"_s});
    EXPECT_FALSE(c->select(q, progress));
    EXPECT_EQ(c->lastError().kind, BpmSoftError::Kind::WrongCredentials);
}

TEST_P(ClientTest, ServerRefusesAnonymousAndCsrfLessRequests)
{
    SyncHttpClient raw;
    const QString base = m_url.toString() + prefix();
    HttpRequest svc;
    svc.method = "POST";
    svc.url = QUrl(base + u"/ServiceModel/PackageService.svc/GetPackages"_s);
    svc.body = "{}";
    svc.headers = {{"Content-Type", "application/json"}};
    HttpResponse resp = raw.send(svc);
    EXPECT_EQ(resp.status, 401) << "anonymous .svc call";
    EXPECT_TRUE(resp.body.contains("Authentication failed."));
    HttpRequest data;
    data.method = "POST";
    data.url = QUrl(base + u"/DataService/json/SyncReply/SelectQuery"_s);
    data.body = "{}";
    resp = raw.send(data);
    EXPECT_EQ(resp.status, 302) << "anonymous DataService call";
    EXPECT_TRUE(resp.location().path().startsWith(netfw() ? u"/Login/NuiLogin.aspx"_s
                                                          : u"/Login/Login.html"_s))
            << resp.location().toString().toStdString();

    HttpRequest login;
    login.method = "POST";
    login.url = QUrl(m_url.toString() + u"/ServiceModel/AuthService.svc/Login"_s);
    login.headers = {{"Content-Type", "application/json"}};
    login.body = R"({"UserName":"Supervisor","UserPassword":"Supervisor"})";
    ASSERT_EQ(raw.send(login).status, 200);
    EXPECT_FALSE(raw.cookie(m_url, ".ASPXAUTH").isEmpty());
    const QByteArray csrf = raw.cookie(m_url, "BPMCSRF");
    ASSERT_FALSE(csrf.isEmpty());
    if (netfw()) {
        EXPECT_FALSE(raw.cookie(m_url, "BPMLOADER").isEmpty());
        EXPECT_EQ(raw.cookie(m_url, "UserName"), "83|117|112|101|114|118|105|115|111|114");
    } else {
        EXPECT_FALSE(raw.cookie(m_url, "CsrfToken").isEmpty());
        EXPECT_EQ(raw.cookie(m_url, "UserType"), "General");
    }
    resp = raw.send(svc);
    EXPECT_EQ(resp.status, 403) << "logged in, but no BPMCSRF header";
    svc.headers.append(qMakePair(QByteArray("BPMCSRF"), QByteArray("not-the-token")));
    EXPECT_EQ(raw.send(svc).status, 403) << "a BPMCSRF header that is not the cookie's";
    svc.headers.last().second = csrf;
    resp = raw.send(svc);
    EXPECT_EQ(resp.status, 200);
    EXPECT_FALSE(raw.cookie(m_url, "BPMSESSIONID").isEmpty())
            << "BPMSESSIONID comes with the first authenticated request";

    // Services at the root: only .NET Core routes them.
    svc.url = QUrl(m_url.toString() + u"/ServiceModel/PackageService.svc/GetPackages"_s);
    EXPECT_EQ(raw.send(svc).status, netfw() ? 404 : 200);
    // Login under /0: refused on .NET Framework (the login lives at the site root).
    login.url = QUrl(m_url.toString() + u"/0/ServiceModel/AuthService.svc/Login"_s);
    EXPECT_EQ(raw.send(login).status, netfw() ? 401 : 200);
}

TEST_P(ClientTest, HealthPingVersionAndPackages)
{
    auto c = client();
    RecordingProgress progress;
    const HealthStatus h = c->ping(progress);
    EXPECT_TRUE(h.isHealthy()) << h.message.toStdString();
    EXPECT_EQ(requests().last().path, prefix() + u"/api/HealthCheck/Ping"_s);

    const auto version = c->platformVersion(progress);
    ASSERT_TRUE(version) << c->lastError().message.toStdString();
    EXPECT_EQ(version->version, sandbox::SandboxSeed::PlatformVersion);
    EXPECT_EQ(version->source, PlatformVersion::Source::ApplicationInfo);

    const auto packages = c->installedPackages(progress);
    ASSERT_TRUE(packages);
    EXPECT_EQ(packages->size(), count(u"SELECT COUNT(*) FROM \"SysPackage\""_s));
    bool found = false;
    for (const InstalledPackage &p : *packages) {
        if (p.name == u"SmrOneCConnector"_s) {
            found = true;
            EXPECT_EQ(p.version, sandbox::SandboxSeed::OldConnectorVersion);
            EXPECT_EQ(p.maintainer, u"SamaraSoft"_s);
            EXPECT_FALSE(p.uid.isEmpty());
        }
    }
    EXPECT_TRUE(found);
}

TEST_P(ClientTest, VersionAndPackagesFallBackWhenServicesAreMissing)
{
    Fault noInfo;
    noInfo.endpoint = u"ServiceModel/ApplicationInfoService.svc/*"_s;
    noInfo.kind = Fault::Kind::NotFound;
    m_scenario->add(noInfo);
    Fault noPackages = noInfo;
    noPackages.endpoint = u"ServiceModel/PackageService.svc/GetPackages"_s;
    noPackages.kind = Fault::Kind::Http500;
    m_scenario->add(noPackages);
    auto c = client();
    RecordingProgress progress;
    const auto version = c->platformVersion(progress);
    ASSERT_TRUE(version) << c->lastError().message.toStdString();
    EXPECT_EQ(version->version, sandbox::SandboxSeed::PlatformVersion);
    EXPECT_EQ(version->source, PlatformVersion::Source::LoginPage);
    const auto packages = c->installedPackages(progress);
    ASSERT_TRUE(packages) << c->lastError().message.toStdString();
    EXPECT_EQ(packages->size(), count(u"SELECT COUNT(*) FROM \"SysPackage\""_s));
    EXPECT_EQ(requests().last().path, prefix() + u"/DataService/json/SyncReply/SelectQuery"_s);
}

TEST_P(ClientTest, GenerateAndCompileAll)
{
    auto c = client();
    RecordingProgress progress;
    const auto generated = c->generateAllSchemaSources(progress);
    ASSERT_TRUE(generated) << c->lastError().message.toStdString();
    EXPECT_TRUE(generated->success);
    const auto compiled = c->compileAll(progress);
    ASSERT_TRUE(compiled) << c->lastError().message.toStdString();
    EXPECT_TRUE(compiled->success);
    EXPECT_TRUE(compiled->errors.isEmpty());
    EXPECT_EQ(requests().last().path,
              prefix() + u"/ServiceModel/WorkspaceExplorerService.svc/Rebuild"_s);
}

TEST_P(ClientTest, UploadsMultipartAndFallsBackToChunks)
{
    // A bigger archive so that progress has several steps.
    PackageArchiveBuilder b;
    auto &p = b.addSamplePackage(u"SmrOneCConnector"_s, u"2.4.0"_s);
    QByteArray blob(3 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(42); // incompressible, so the archive stays large
    for (qsizetype i = 0; i < blob.size(); ++i)
        blob[i] = char(random.bounded(256));
    p.files.append({u"Files/bin/SmrConnector.dll"_s, blob});
    const QString path = QDir(m_dir.path()).filePath(u"big.zip"_s);
    ASSERT_TRUE(b.writeZip(path));
    QFile original(path);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();

    auto c = client();
    RecordingProgress progress;
    QElapsedTimer timer;
    timer.start();
    const auto name = c->uploadPackage(path, progress);
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    ASSERT_TRUE(name) << c->lastError().message.toStdString();
    EXPECT_EQ(*name, u"big.zip"_s);
    std::cout << "[ measure ] multipart upload of " << bytes.size() / 1024 << " KiB in " << ms
              << " ms (" << (bytes.size() / 1048576.0) / (ms / 1000.0) << " MiB/s)\n";
    QFile stored(QDir(m_root).filePath(u"site/uploads/big.zip"_s));
    ASSERT_TRUE(stored.open(QIODevice::ReadOnly));
    EXPECT_EQ(stored.readAll(), bytes);
    ASSERT_FALSE(progress.fractions.isEmpty());
    EXPECT_DOUBLE_EQ(progress.fractions.last(), 1.0);

    // The site refuses multipart (413): the client sends chunks with Content-Range.
    Fault tooLarge;
    tooLarge.endpoint = u"ServiceModel/PackageInstallerService.svc/UploadPackage"_s;
    tooLarge.kind = Fault::Kind::PayloadTooLarge;
    m_scenario->add(tooLarge);
    BpmSoftClientOptions o = clientOptions();
    o.uploadChunkBytes = 1024 * 1024;
    BpmSoftClient chunked(o, u"Supervisor"_s);
    QFile::remove(stored.fileName());
    timer.restart();
    const auto name2 = chunked.uploadPackage(path, progress);
    ASSERT_TRUE(name2) << chunked.lastError().message.toStdString();
    std::cout << "[ measure ] chunked upload in " << timer.elapsed() << " ms\n";
    stored.close();
    ASSERT_TRUE(stored.open(QIODevice::ReadOnly));
    EXPECT_EQ(stored.readAll(), bytes);
    int chunks = 0;
    for (const auto &r : requests())
        if (r.path.endsWith(u"UploadPackage"_s) && !r.contentType.startsWith("multipart"))
            ++chunks;
    EXPECT_EQ(chunks, int((bytes.size() + o.uploadChunkBytes - 1) / o.uploadChunkBytes));
}

TEST_P(ClientTest, InstallsWithLiveLogAndAppliesTheConnectorsChange)
{
    EXPECT_FALSE(hasColumn(u"SmrIntegrationObject"_s, u"SmrUseForDeduplication"_s));
    EXPECT_FALSE(hasColumn(u"SmrSyncHistory"_s, u"SmrExternalKey"_s));
    auto c = client();
    RecordingProgress progress;
    const auto name = c->uploadPackage(connectorArchive(), progress);
    ASSERT_TRUE(name);
    const InstallOutcome outcome = c->installPackage(*name, progress);
    EXPECT_EQ(outcome.status, InstallOutcome::Status::Succeeded)
            << outcome.message.toStdString() << "\n"
            << outcome.log.toStdString();
    EXPECT_TRUE(outcome.errors.isEmpty());
    // The log streamed line by line, in order, without repeats.
    ASSERT_FALSE(progress.lines.isEmpty());
    EXPECT_TRUE(progress.lines.first().contains(u"Loading file: SmrOneCConnector_2.4.0.zip"_s));
    EXPECT_TRUE(progress.lines.last().contains(u"Application installed successfully"_s));
    EXPECT_EQ(progress.lines.size(), outcome.log.count(u'\n'));
    EXPECT_EQ(progress.lines.removeDuplicates(), 0);
    // The connector's change and the new versions.
    EXPECT_TRUE(hasColumn(u"SmrSyncHistory"_s, u"SmrExternalKey"_s));
    EXPECT_TRUE(hasColumn(u"SmrIntegrationObject"_s, u"SmrUseForDeduplication"_s));
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"SmrIntegrationObject\" WHERE "
                    "\"SmrUseForDeduplication\" = 0 OR \"SmrUseForDeduplication\" IS NULL"_s),
              count(u"SELECT COUNT(*) FROM \"SmrIntegrationObject\""_s))
            << "the flag appears unset on every integration object";
    const auto packages = c->installedPackages(progress);
    ASSERT_TRUE(packages);
    for (const InstalledPackage &p : *packages) {
        if (p.name.startsWith(u"SmrOneC"_s)) {
            EXPECT_EQ(p.version, u"2.4.0"_s) << p.name.toStdString();
        }
    }
    // On .NET Framework the log is read from a second session while the first is locked.
    QString installSession;
    QSet<QString> logSessions;
    for (const auto &r : requests()) {
        if (r.path.endsWith(u"InstallPackage"_s))
            installSession = r.session;
        if (r.path.endsWith(u"GetLogFile"_s))
            logSessions.insert(r.session);
    }
    ASSERT_FALSE(installSession.isEmpty());
    ASSERT_FALSE(logSessions.isEmpty());
    if (netfw()) {
        EXPECT_FALSE(logSessions.contains(installSession));
    }
}

TEST_P(ClientTest, InstallFailureOnProductionIsAFailureWithTheLogsErrors)
{
    stopSandbox();
    Config config;
    config.flavour = GetParam();
    config.scenario = u"production-install-fails"_s;
    startSandbox(config);
    auto c = client();
    RecordingProgress progress;
    const auto name = c->uploadPackage(connectorArchive(), progress);
    ASSERT_TRUE(name);
    const InstallOutcome outcome = c->installPackage(*name, progress);
    EXPECT_EQ(outcome.status, InstallOutcome::Status::Failed);
    EXPECT_FALSE(outcome.isSuccess());
    EXPECT_TRUE(outcome.errors.join(u'\n').contains(u"SmrSyncHistory"_s))
            << outcome.errors.join(u'\n').toStdString();
    EXPECT_EQ(c->lastError().kind, BpmSoftError::Kind::OperationFailed);
    // Half-applied, as real failures are: the table changed, the versions did not.
    EXPECT_TRUE(hasColumn(u"SmrSyncHistory"_s, u"SmrExternalKey"_s));
    EXPECT_FALSE(hasColumn(u"SmrIntegrationObject"_s, u"SmrUseForDeduplication"_s));
    EXPECT_EQ(
            scalar(u"SELECT \"Version\" FROM \"SysPackage\" WHERE \"Name\" = 'SmrOneCConnector'"_s)
                    .toString(),
            sandbox::SandboxSeed::OldConnectorVersion);

    // The same archive on a test site (a copy) installs.
    const QString copy = QDir(m_dir.path()).filePath(u"copy.sqlite"_s);
    ASSERT_TRUE(QFile::copy(m_databaseUrl, copy));
    // The copy was taken after the failure: restore the structure's old state for realism is
    // not needed; the test site installs over it.
    sandbox::SandboxSite *test = startSecondSite(copy, sandbox::SiteRole::Test);
    ASSERT_TRUE(test);
    auto tc = client(u"Supervisor"_s, test->url());
    const auto name2 = tc->uploadPackage(connectorArchive(), progress);
    ASSERT_TRUE(name2);
    const InstallOutcome ok = tc->installPackage(*name2, progress);
    EXPECT_EQ(ok.status, InstallOutcome::Status::Succeeded) << ok.message.toStdString();
}

TEST_P(ClientTest, InstallOfSchemasModifiedLocallyIsSuccessWithWarnings)
{
    Fault modified;
    modified.endpoint = u"ServiceModel/PackageInstallerService.svc/InstallPackage"_s;
    modified.kind = Fault::Kind::InstallModifiedLocally;
    m_scenario->add(modified);
    auto c = client();
    RecordingProgress progress;
    const auto name = c->uploadPackage(connectorArchive(), progress);
    ASSERT_TRUE(name);
    const InstallOutcome outcome = c->installPackage(*name, progress);
    EXPECT_EQ(outcome.status, InstallOutcome::Status::SucceededWithWarnings)
            << outcome.message.toStdString();
    ASSERT_FALSE(outcome.warnings.isEmpty());
    EXPECT_TRUE(outcome.warnings.join(u'\n').contains(u"modified locally"_s));
}

TEST_P(ClientTest, CorruptArchiveFailsToInstall)
{
    const QString path = QDir(m_dir.path()).filePath(u"broken.zip"_s);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("PK\x03\x04 this is not really a zip archive");
    f.close();
    auto c = client();
    RecordingProgress progress;
    const auto name = c->uploadPackage(path, progress);
    ASSERT_TRUE(name);
    const InstallOutcome outcome = c->installPackage(*name, progress);
    EXPECT_EQ(outcome.status, InstallOutcome::Status::Failed);
    EXPECT_TRUE(outcome.errors.join(u'\n').contains(u"InvalidGZipArchiveException"_s))
            << outcome.errors.join(u'\n').toStdString();
}

TEST_P(ClientTest, InstallWhoseAnswerIsLostIsJudgedFromTheLog)
{
    Fault lost;
    lost.endpoint = u"ServiceModel/PackageInstallerService.svc/InstallPackage"_s;
    lost.kind = Fault::Kind::DropAfter;
    m_scenario->add(lost);
    auto c = client();
    RecordingProgress progress;
    const auto name = c->uploadPackage(connectorArchive(), progress);
    ASSERT_TRUE(name);
    const InstallOutcome outcome = c->installPackage(*name, progress);
    EXPECT_EQ(outcome.status, InstallOutcome::Status::SucceededWithWarnings)
            << outcome.message.toStdString();
    EXPECT_TRUE(outcome.warnings.join(u'\n').contains(u"lost"_s));

    // Lost answer and a failed install: a failure, never a success.
    Fault fail;
    fail.endpoint = lost.endpoint;
    fail.kind = Fault::Kind::InstallFailure;
    m_scenario->add(fail);
    const InstallOutcome failed = c->installPackage(*name, progress);
    EXPECT_EQ(failed.status, InstallOutcome::Status::Failed) << failed.message.toStdString();
}

TEST_P(ClientTest, CancellingTheWaitForAnInstallSaysItMayStillRun)
{
    stopSandbox();
    Config config;
    config.flavour = GetParam();
    config.speed = 10; // 6 s install: the cancel comes long before
    startSandbox(config);
    auto c = client();
    RecordingProgress progress;
    const auto name = c->uploadPackage(connectorArchive(), progress);
    ASSERT_TRUE(name);
    progress.cancelAfterLines = 3;
    QElapsedTimer timer;
    timer.start();
    const InstallOutcome outcome = c->installPackage(*name, progress);
    EXPECT_LT(timer.elapsed(), 3000);
    EXPECT_EQ(outcome.status, InstallOutcome::Status::Cancelled);
    EXPECT_TRUE(outcome.message.contains(u"still be installing"_s));
    bool installing = false;
    onSite([&](sandbox::SandboxSite &s) { installing = s.isInstalling(); });
    EXPECT_TRUE(installing);
}

TEST_P(ClientTest, RestartMakesTheSiteUnavailableThenReady)
{
    stopSandbox();
    Config config;
    config.flavour = GetParam();
    config.speed = 30; // a 500 ms restart
    startSandbox(config);
    auto c = client();
    RecordingProgress progress;
    ASSERT_TRUE(c->login(progress));
    ASSERT_TRUE(c->restart(progress)) << c->lastError().message.toStdString();
    EXPECT_EQ(requests().last().path,
              prefix() + (netfw() ? u"/ServiceModel/AppInstallerService.svc/UnloadAppDomain"_s
                                  : u"/ServiceModel/AppInstallerService.svc/RestartApp"_s));
    EXPECT_FALSE(c->isLoggedIn());
    EXPECT_TRUE(waitUntil([&]() {
        sandbox::SandboxSite::State state{};
        onSite([&](sandbox::SandboxSite &s) { state = s.state(); });
        return state == sandbox::SandboxSite::State::Restarting;
    }));
    const HealthStatus during = c->ping(progress);
    EXPECT_EQ(during.state, HealthStatus::State::Unavailable) << during.message.toStdString();
    if (netfw()) {
        // The IIS loader answers at the root even now: only /0 tells the truth.
        SyncHttpClient raw;
        HttpRequest r;
        r.url = QUrl(m_url.toString() + u"/api/HealthCheck/Ping"_s);
        EXPECT_EQ(raw.send(r).status, 200);
    }
    ASSERT_TRUE(c->waitUntilReady(progress)) << c->lastError().message.toStdString();
    EXPECT_TRUE(c->ping(progress).isHealthy());
    EXPECT_TRUE(c->platformVersion(progress));
}

TEST_P(ClientTest, DataServiceSelectCountUpdateDeleteInsert)
{
    auto c = client();
    RecordingProgress progress;
    const qint64 objects = count(u"SELECT COUNT(*) FROM \"SmrIntegrationObject\""_s);
    const auto counted = c->count(u"SmrIntegrationObject"_s, DataFilter::everything(), progress);
    ASSERT_TRUE(counted) << c->lastError().message.toStdString();
    EXPECT_EQ(*counted, objects);

    BpmSoftClient::Select q(u"Account"_s, {u"Id"_s, u"Name"_s, u"SmrINN"_s});
    q.filter.compare(u"SmrINN"_s, Comparison::StartWith, DataValue::text(u"77"_s));
    q.orderBy = u"SmrINN"_s;
    q.rowCount = 10;
    q.rowsOffset = 5;
    const auto rows = c->select(q, progress);
    ASSERT_TRUE(rows) << c->lastError().message.toStdString();
    ASSERT_EQ(rows->size(), 10);
    EXPECT_EQ(rows->first().value(u"SmrINN"_s).toString(), sandbox::SandboxSeed::inn(5));
    EXPECT_LT(rows->first().value(u"SmrINN"_s).toString(),
              rows->last().value(u"SmrINN"_s).toString());

    const qint64 history = count(u"SELECT COUNT(*) FROM \"SmrSyncHistory\""_s);
    ASSERT_GT(history, 0);
    DataFilter accounts;
    accounts.equals(u"SmrObjectName"_s, DataValue::text(u"Account"_s));
    const auto removed = c->remove(u"SmrSyncHistory"_s, accounts, progress);
    ASSERT_TRUE(removed) << c->lastError().message.toStdString();
    EXPECT_EQ(*removed, m_sizes.accounts);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"SmrSyncHistory\""_s), history - m_sizes.accounts);
    EXPECT_FALSE(c->remove(u"SmrSyncHistory"_s, DataFilter(), progress))
            << "deleting without a filter is refused";

    const auto updated =
            c->update(u"SmrIntegrationObject"_s, {{u"SmrIsActive"_s, DataValue::boolean(false)}},
                      DataFilter::everything(), progress);
    ASSERT_TRUE(updated) << c->lastError().message.toStdString();
    EXPECT_EQ(*updated, objects);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"SmrIntegrationObject\" WHERE \"SmrIsActive\" = 0"_s),
              objects);

    const auto id = c->insert(u"Account"_s,
                              {{u"Name"_s, DataValue::text(u"ООО «Проверка»"_s)},
                               {u"SmrINN"_s, DataValue::text(u"1234567890"_s)}},
                              progress);
    ASSERT_TRUE(id) << c->lastError().message.toStdString();
    EXPECT_EQ(scalar(u"SELECT \"Name\" FROM \"Account\" WHERE \"Id\" = ?"_s, {*id}).toString(),
              u"ООО «Проверка»"_s);

    BpmSoftClient::Select bad(u"Account"_s, {u"NoSuchColumn"_s});
    EXPECT_FALSE(c->select(bad, progress));
    EXPECT_EQ(c->lastError().kind, BpmSoftError::Kind::OperationFailed);
    EXPECT_TRUE(c->lastError().message.contains(u"NoSuchColumn"_s));
}

TEST_P(ClientTest, RunsTheIntegrationProcessAndReadsTheProcessLog)
{
    auto c = client();
    RecordingProgress progress;
    const auto before = c->processLog(u"SmrRunIntegration"_s, {}, progress);
    ASSERT_TRUE(before) << c->lastError().message.toStdString();
    EXPECT_EQ(before->size(), m_sizes.integrationLogRuns);
    const auto start = c->executeProcess(u"SmrRunIntegration"_s, {}, {}, progress);
    ASSERT_TRUE(start) << c->lastError().message.toStdString();
    const auto run = c->waitForProcess(u"SmrRunIntegration"_s, start->requestedAt.addSecs(-2),
                                       10'000, 30, progress);
    ASSERT_TRUE(run) << c->lastError().message.toStdString();
    EXPECT_EQ(run->status, ProcessLogEntry::Status::Completed)
            << run->errorDescription.toStdString();
    EXPECT_TRUE(run->completeDate.isValid());
    EXPECT_GE(run->completeDate, run->startDate);

    // Synchronously, with a result parameter.
    const auto sync = c->executeProcess(u"SmrRunIntegration"_s, {}, u"Result"_s, progress);
    ASSERT_TRUE(sync) << c->lastError().message.toStdString();
    EXPECT_TRUE(sync->hasResult);
    const QJsonObject result = QJsonDocument::fromJson(sync->resultValue.toUtf8()).object();
    EXPECT_TRUE(result.value(u"success"_s).toBool()) << sync->resultValue.toStdString();

    EXPECT_FALSE(c->executeProcess(u"NoSuchProcess"_s, {}, {}, progress));
    EXPECT_EQ(c->lastError().kind, BpmSoftError::Kind::ServerError);
}

TEST_P(ClientTest, DetectsTheFlavourWhenTheProfileCannotSay)
{
    BpmSoftClientOptions o = clientOptions();
    o.flavour = BpmSoftFlavour::Auto;
    BpmSoftClient c(o, u"Supervisor"_s);
    RecordingProgress progress;
    EXPECT_EQ(c.flavour(progress), GetParam());
    EXPECT_TRUE(c.ping(progress).isHealthy());
}

INSTANTIATE_TEST_SUITE_P(Flavours, ClientTest,
                         ::testing::Values(BpmSoftFlavour::NetFramework, BpmSoftFlavour::NetCore),
                         [](const ::testing::TestParamInfo<BpmSoftFlavour> &param) {
                             return param.param == BpmSoftFlavour::NetFramework
                                            ? std::string("NetFramework")
                                            : std::string("NetCore");
                         });
