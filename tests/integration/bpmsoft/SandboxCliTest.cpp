// bpmsoft-sandbox as a process: it writes a valid profile and owner-only secrets, prints the
// URL, serves, and stops cleanly on SIGTERM and SIGINT.
#include "QtPrinters.h"
#include "SandboxEnvironment.h"
#include "TestEnvironment.h"
#include "WaitUntil.h"
#include "bpmsoft/BpmSoftClient.h"
#include "profile/FileSecretStore.h"
#include "profile/Profile.h"
#include "profile/SecretKeys.h"
#include "util/Progress.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace upgrade;
using upgrade::test::TestEnvironment;
using upgrade::test::waitUntil;

namespace {

/// Starts the sandbox and waits for its "Press Ctrl+C" line; the output so far.
QString startAndWait(QProcess &p, const QStringList &args)
{
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s); // English messages, whatever the machine's language
    env.insert(u"LANGUAGE"_s, u"en"_s);
    p.setProcessEnvironment(env);
    p.start(TestEnvironment::executable(u"bpmsoft-sandbox"_s), args);
    QString out;
    waitUntil(
            [&]() {
                out += QString::fromUtf8(p.readAllStandardOutput());
                return out.contains(u"Ctrl+C"_s) || p.state() == QProcess::NotRunning;
            },
            30000);
    return out;
}

QUrl firstUrl(const QString &text)
{
    static const QRegularExpression re(u"(https?://127\\.0\\.0\\.1:\\d+)"_s);
    return QUrl(re.match(text).captured(1));
}

} // namespace

TEST(SandboxCli, WritesAValidProfileServesAndStopsOnSigterm)
{
    QTemporaryDir dir;
    QProcess p;
    const QString out =
            startAndWait(p, {u"--dir"_s, dir.path(), u"--seed"_s, u"small"_s, u"--speed"_s, u"50"_s,
                             u"--hosting"_s, u"netcore"_s, u"--password"_s, u"S3cret-pw"_s});
    ASSERT_TRUE(out.contains(u"Ctrl+C"_s))
            << out.toStdString() << p.readAllStandardError().toStdString();
    const QUrl site = firstUrl(out);
    ASSERT_TRUE(site.isValid());

    const auto loaded = Profile::load(QDir(dir.path()).filePath(u"profile.json"_s));
    ASSERT_TRUE(loaded.profile) << (loaded.problems.isEmpty()
                                            ? std::string()
                                            : loaded.problems.first().message.toStdString());
    const Profile &profile = *loaded.profile;
    EXPECT_EQ(profile.production.siteUrl, site.toString());
    EXPECT_EQ(profile.production.hosting, Hosting::Sandbox);
    EXPECT_NE(profile.test.siteUrl, profile.production.siteUrl);
    EXPECT_TRUE(QFile::exists(profile.packageArchive));
    EXPECT_TRUE(QFile::exists(profile.production.database->path));
    EXPECT_TRUE(QFile::exists(profile.production.onec.filePath + u"/infobase.sqlite"_s));
    QFile profileFile(QDir(dir.path()).filePath(u"profile.json"_s));
    ASSERT_TRUE(profileFile.open(QIODevice::ReadOnly));
    EXPECT_FALSE(profileFile.readAll().contains("S3cret-pw")) << "no secret in the profile";

    const QString secretsPath = QDir(dir.path()).filePath(u"secrets"_s);
    EXPECT_EQ(QFile::permissions(secretsPath) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());
    FileSecretStore secrets;
    QString error;
    ASSERT_TRUE(secrets.open(secretsPath, &error)) << error.toStdString();
    auto c = BpmSoftClient::forEnvironment(profile, EnvironmentKind::Production, secrets, &error);
    ASSERT_TRUE(c) << error.toStdString();
    LogProgress progress;
    EXPECT_EQ(c->flavour(progress), BpmSoftFlavour::NetCore) << "detected for hosting sandbox";
    ASSERT_TRUE(c->login(progress)) << c->lastError().message.toStdString();
    EXPECT_TRUE(c->ping(progress).isHealthy());

    p.terminate(); // SIGTERM
    ASSERT_TRUE(p.waitForFinished(15000));
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p.exitCode(), 0);
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardOutput()).contains(u"Stopped."_s));
    EXPECT_EQ(c->ping(progress).state, HealthStatus::State::Unreachable);
}

#ifdef Q_OS_UNIX
TEST(SandboxCli, SiteOnlyRunsATestSiteOnACopyAndStopsOnSigint)
{
    QTemporaryDir dir;
    {
        QProcess first;
        const QString out = startAndWait(first, {u"--dir"_s, dir.path(), u"--seed"_s, u"small"_s});
        ASSERT_TRUE(out.contains(u"Ctrl+C"_s));
        first.terminate();
        ASSERT_TRUE(first.waitForFinished(15000));
    }
    const QString copy = QDir(dir.path()).filePath(u"bpmsoft-test.sqlite"_s);
    ASSERT_TRUE(QFile::copy(QDir(dir.path()).filePath(u"bpmsoft-production.sqlite"_s), copy));
    QProcess p;
    const QString out = startAndWait(p, {u"--site-only"_s, u"--role"_s, u"test"_s, u"--dir"_s,
                                         dir.path(), u"--database"_s, copy});
    ASSERT_TRUE(out.contains(u"(test, netframework"_s)) << out.toStdString();
    BpmSoftClientOptions o;
    o.siteUrl = firstUrl(out);
    o.flavour = BpmSoftFlavour::NetFramework;
    BpmSoftClient c(o, u"Supervisor"_s);
    LogProgress progress;
    const auto packages = c.installedPackages(progress);
    ASSERT_TRUE(packages) << c.lastError().message.toStdString();
    EXPECT_FALSE(packages->isEmpty());
    ::kill(pid_t(p.processId()), SIGINT);
    ASSERT_TRUE(p.waitForFinished(15000));
    EXPECT_EQ(p.exitCode(), 0);
}
#endif

TEST(SandboxEnvironment, RunsInProcessAndStartsTheTestSiteOnACopy)
{
    QTemporaryDir dir;
    sandbox::SandboxOptions options;
    options.directory = dir.path();
    options.smallSeed = true;
    options.speed = 100;
    sandbox::SandboxEnvironment env(options);
    QString error;
    ASSERT_TRUE(env.start(&error)) << error.toStdString();
    const auto &info = env.info();
    const auto loaded = Profile::load(info.profilePath);
    ASSERT_TRUE(loaded.profile);
    EXPECT_EQ(loaded.profile->test.siteUrl, info.testSiteUrl.toString());
    EXPECT_EQ(loaded.profile->test.database->path, info.testDatabase);
    EXPECT_EQ(loaded.profile->test.onec.filePath, info.testInfobase);

    // What the test-site step does: a copy of the database, a site on it at the reserved port.
    ASSERT_TRUE(QFile::copy(info.productionDatabase, info.testDatabase));
    sandbox::SandboxSite *test = env.startSite(
            env.siteOptions(sandbox::SiteRole::Test, info.testDatabase, info.testSiteUrl.port()),
            &error);
    ASSERT_TRUE(test) << error.toStdString();
    BpmSoftClientOptions o;
    o.siteUrl = info.testSiteUrl;
    BpmSoftClient c(o, options.password);
    LogProgress progress;
    EXPECT_EQ(c.flavour(progress), BpmSoftFlavour::NetFramework);
    const auto packages = c.installedPackages(progress);
    ASSERT_TRUE(packages) << c.lastError().message.toStdString();
    EXPECT_FALSE(packages->isEmpty());
    env.stopSite(test);
    EXPECT_EQ(c.ping(progress).state, HealthStatus::State::Unreachable);
    env.stop();
}

TEST(SandboxCli, BadArgumentsExitWithUsage)
{
    QTemporaryDir dir;
    QProcess p;
    p.start(TestEnvironment::executable(u"bpmsoft-sandbox"_s),
            {u"--dir"_s, dir.path(), u"--scenario"_s, u"no-such-scenario"_s});
    ASSERT_TRUE(p.waitForFinished(15000));
    EXPECT_NE(p.exitCode(), 0);
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardError()).contains(u"no-such-scenario"_s));
    QProcess q;
    q.start(TestEnvironment::executable(u"bpmsoft-sandbox"_s), {u"--speed"_s, u"-1"_s});
    ASSERT_TRUE(q.waitForFinished(15000));
    EXPECT_EQ(q.exitCode(), 2);
}
