// The sandbox site on PostgreSQL (the throwaway server of scripts/test): seeding, the client's
// operations, the install's ALTER TABLEs, the integration — and reconnecting after its
// connections are terminated (as a restore with the site running does).
#include "PostgresFixture.h"
#include "QtPrinters.h"
#include "SandboxEnvironment.h"
#include "SandboxFixture.h"
#include "profile/FileSecretStore.h"
#include "profile/Profile.h"
#include "profile/SecretKeys.h"

#include <QDir>
#include <QFile>

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace upgrade;
using namespace upgrade::test;

namespace {

class SandboxPostgresTest : public SandboxFixture
{
protected:
    void SetUp() override
    {
        m_server = PostgresServer::fromEnvironment();
        if (!m_server) {
            if (qEnvironmentVariableIsSet("CI"))
                FAIL() << "UPGRADE_TEST_PG_URL is not set: scripts/test starts the server";
            GTEST_SKIP() << "no PostgreSQL server: run through scripts/test";
        }
        m_name = u"sandbox_%1"_s.arg(QRandomGenerator::global()->bounded(100000000));
        QUrl url;
        url.setScheme(u"postgresql"_s);
        url.setHost(m_server->host);
        url.setPort(m_server->port);
        url.setUserName(m_server->user);
        url.setPassword(m_server->password);
        url.setPath(u"/"_s + m_name);
        Config c;
        c.databaseUrl = url.toString();
        startSandbox(c); // the sandbox creates the database
    }
    void TearDown() override
    {
        stopSandbox();
        if (m_server)
            admin(u"DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)"_s.arg(m_name));
    }
    bool admin(const QString &sql)
    {
        bool ok = false;
        {
            QSqlDatabase db = m_server->connect(u"postgres"_s, u"sandbox-admin"_s);
            QSqlQuery q(db);
            ok = q.exec(sql);
            EXPECT_TRUE(ok) << q.lastError().text().toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"sandbox-admin"_s);
        return ok;
    }

    std::optional<PostgresServer> m_server;
    QString m_name;
};

} // namespace

TEST_F(SandboxPostgresTest, SeedsInstallsAndIntegratesOnPostgres)
{
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"SmrSyncHistory\""_s),
              m_sizes.accounts + m_sizes.products);
    EXPECT_EQ(scalar(u"SELECT data_type FROM information_schema.columns WHERE table_name = "
                     "'SmrSyncHistory' AND column_name = 'SmrRecordId'"_s)
                      .toString(),
              u"uuid"_s);
    auto c = client();
    RecordingProgress progress;
    const auto packages = c->installedPackages(progress);
    ASSERT_TRUE(packages) << c->lastError().message.toStdString();
    const auto name = c->uploadPackage(connectorArchive(), progress);
    ASSERT_TRUE(name);
    const InstallOutcome outcome = c->installPackage(*name, progress);
    ASSERT_EQ(outcome.status, InstallOutcome::Status::Succeeded) << outcome.message.toStdString();
    EXPECT_EQ(scalar(u"SELECT data_type FROM information_schema.columns WHERE table_name = "
                     "'SmrIntegrationObject' AND column_name = 'SmrUseForDeduplication'"_s)
                      .toString(),
              u"boolean"_s);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"SmrIntegrationObject\" WHERE NOT "
                    "\"SmrUseForDeduplication\""_s),
              2);

    // The vendor's procedure: clear the mapping, set the flag, run: no duplicates.
    ASSERT_TRUE(c->remove(u"SmrSyncHistory"_s, DataFilter::everything(), progress));
    ASSERT_TRUE(c->update(u"SmrIntegrationObject"_s,
                          {{u"SmrUseForDeduplication"_s, DataValue::boolean(true)}},
                          DataFilter::everything(), progress));
    const auto start = c->executeProcess(u"SmrRunIntegration"_s, {}, {}, progress);
    ASSERT_TRUE(start);
    const auto run = c->waitForProcess(u"SmrRunIntegration"_s, start->requestedAt.addSecs(-2),
                                       20'000, 20, progress);
    ASSERT_TRUE(run) << c->lastError().message.toStdString();
    EXPECT_EQ(run->status, ProcessLogEntry::Status::Completed)
            << run->errorDescription.toStdString();
    EXPECT_EQ(count(u"SELECT COUNT(*) - COUNT(DISTINCT \"SmrINN\") FROM \"Account\""_s), 0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM \"SmrSyncHistory\" WHERE \"SmrIntegrationObjectId\" "
                    "IS NULL"_s),
              0);
}

TEST_F(SandboxPostgresTest, SurvivesTerminatedConnections)
{
    auto c = client();
    RecordingProgress progress;
    BpmSoftClient::Select q(u"SysSettings"_s, {u"Code"_s});
    ASSERT_TRUE(c->select(q, progress));
    m_check.reset(); // our own connection goes too
    ASSERT_TRUE(admin(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                      "'%1' AND pid <> pg_backend_pid()"_s.arg(m_name)));
    const auto rows = c->select(q, progress);
    ASSERT_TRUE(rows) << c->lastError().message.toStdString();
    EXPECT_FALSE(rows->isEmpty());
}

TEST_F(SandboxPostgresTest, TheWholeSandboxOnPostgresWritesAPostgresProfile)
{
    QUrl url(m_databaseUrl);
    url.setPath(url.path() + u"_env"_s);
    sandbox::SandboxOptions options;
    options.directory = QDir(m_dir.path()).filePath(u"env"_s);
    options.databaseUrl = url.toString();
    options.smallSeed = true;
    QString error;
    {
        sandbox::SandboxEnvironment env(options);
        ASSERT_TRUE(env.start(&error)) << error.toStdString();
        const auto loaded = Profile::load(env.info().profilePath);
        ASSERT_TRUE(loaded.profile);
        const DatabaseSettings &db = *loaded.profile->production.database;
        EXPECT_EQ(db.kind, DatabaseKind::PostgreSql);
        EXPECT_EQ(db.name, m_name + u"_env"_s);
        EXPECT_EQ(db.port, m_server->port);
        EXPECT_EQ(loaded.profile->test.database->name, m_name + u"_env_test"_s);
        QFile profile(env.info().profilePath);
        ASSERT_TRUE(profile.open(QIODevice::ReadOnly));
        EXPECT_FALSE(profile.readAll().contains(m_server->password.toUtf8()));
        FileSecretStore secrets;
        ASSERT_TRUE(secrets.open(env.info().secretsPath, &error)) << error.toStdString();
        EXPECT_EQ(secrets.get(SecretKeys::key(EnvironmentKind::Production, SecretKeys::Database)),
                  m_server->password);
    }
    admin(u"DROP DATABASE IF EXISTS \"%1_env\" WITH (FORCE)"_s.arg(m_name));
}
