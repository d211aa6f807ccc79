#include "QtPrinters.h"
#include "profile/ChainedSecretStore.h"
#include "profile/EnvSecretStore.h"
#include "profile/FileSecretStore.h"
#include "profile/KeychainSecretStore.h"
#include "profile/MemorySecretStore.h"
#include "profile/SecretKeys.h"
#include "util/Redactor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <thread>

using namespace Qt::StringLiterals;
using namespace upgrade;

namespace {

TEST(SecretKeys, NamesAndEnvironmentVariables)
{
    EXPECT_EQ(SecretKeys::key(EnvironmentKind::Production, SecretKeys::Database),
              u"production.database"_s);
    EXPECT_EQ(SecretKeys::environmentVariable(u"test.site"_s),
              u"BPMSOFT_UPGRADE_SECRET_TEST_SITE"_s);
    EXPECT_EQ(SecretKeys::allKeys().size(), 10);
}

TEST(FileSecretStore, ReadsOwnerOnlyFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"secrets"_s);
    QString error;
    ASSERT_TRUE(FileSecretStore::writeFile(
            path, {{u"production.site"_s, u"pa=ss;word"_s}, {u"test.site"_s, u"t"_s}}, &error))
            << error.toStdString();
    EXPECT_EQ(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
    FileSecretStore store;
    ASSERT_TRUE(store.open(path, &error)) << error.toStdString();
    EXPECT_EQ(store.get(u"production.site"_s), u"pa=ss;word"_s); // '=' inside the value kept
    EXPECT_EQ(store.get(u"test.site"_s), u"t"_s);
    EXPECT_FALSE(store.get(u"test.database"_s).has_value());
    EXPECT_FALSE(store.write(u"x"_s, u"y"_s, &error));
}

#ifndef Q_OS_WIN
TEST(FileSecretStore, RefusesFileReadableByOthers)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"secrets"_s);
    ASSERT_TRUE(FileSecretStore::writeFile(path, {{u"production.site"_s, u"pw"_s}}, nullptr));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                               QFileDevice::ReadOther);
    FileSecretStore store;
    QString error;
    EXPECT_FALSE(store.open(path, &error));
    EXPECT_TRUE(error.contains(u"chmod 600"_s)) << error.toStdString();
}
#endif

TEST(FileSecretStore, MalformedLineNamesLineButNotContent)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"secrets"_s);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        f.write("# comment\nproduction.site=ok\nleakedsecretvalue\n");
    }
    FileSecretStore store;
    QString error;
    EXPECT_FALSE(store.open(path, &error));
    EXPECT_TRUE(error.contains(u"line 3"_s)) << error.toStdString();
    EXPECT_FALSE(error.contains(u"leakedsecretvalue"_s));
}

TEST(FileSecretStore, MissingFile)
{
    FileSecretStore store;
    QString error;
    EXPECT_FALSE(store.open(u"/nonexistent/secrets"_s, &error));
    EXPECT_TRUE(error.contains(u"does not exist"_s));
}

TEST(EnvSecretStore, ReadsDocumentedVariable)
{
    qputenv("BPMSOFT_UPGRADE_SECRET_TEST_DATABASE", "fromEnv");
    EnvSecretStore store;
    EXPECT_EQ(store.get(u"test.database"_s), u"fromEnv"_s);
    EXPECT_FALSE(store.get(u"test.onec"_s).has_value());
    qunsetenv("BPMSOFT_UPGRADE_SECRET_TEST_DATABASE");
}

TEST(ChainedSecretStore, FirstStoreWinsAndWritesGoToWritable)
{
    ChainedSecretStore chain;
    chain.append(std::make_unique<EnvSecretStore>());
    auto memory = std::make_unique<MemorySecretStore>(
            QHash<QString, QString>{{u"production.site"_s, u"mem"_s}});
    chain.append(std::move(memory));
    qputenv("BPMSOFT_UPGRADE_SECRET_PRODUCTION_SITE", "env");
    EXPECT_EQ(chain.get(u"production.site"_s), u"env"_s);
    qunsetenv("BPMSOFT_UPGRADE_SECRET_PRODUCTION_SITE");
    EXPECT_EQ(chain.get(u"production.site"_s), u"mem"_s);
    EXPECT_TRUE(chain.write(u"test.site"_s, u"new"_s, nullptr));
    EXPECT_EQ(chain.get(u"test.site"_s), u"new"_s);
}

TEST(SecretStore, EverySecretReadIsRedactedFromThenOn)
{
    Redactor::clearSecrets();
    MemorySecretStore store({{u"production.database"_s, u"Zebra-Quartz-17"_s}});
    EXPECT_TRUE(Redactor::redact(u"x Zebra-Quartz-17 y"_s).contains(u"Zebra"_s));
    ASSERT_TRUE(store.get(u"production.database"_s));
    EXPECT_FALSE(Redactor::redact(u"x Zebra-Quartz-17 y"_s).contains(u"Zebra"_s));
    Redactor::clearSecrets();
}

} // namespace

// QtKeychain's executor stays on the thread of the first job and waits for each job's end:
// jobs from threads that come and go (the wizard's thread pool, a Runner's worker) used to wait
// for the whole timeout, every one after the first. Each call answers now (found, not found,
// or the keychain's error on a machine without one) in a fraction of the timeout.
TEST(KeychainSecretStore, CallsFromChangingThreadsAnswerPromptly)
{
    constexpr int TimeoutMs = 8000;
    for (int i = 0; i < 4; ++i) {
        qint64 elapsed = -1;
        QString error;
        std::thread thread([&] {
            QElapsedTimer clock;
            clock.start();
            KeychainSecretStore store(u"bpmsoft-upgrade-tests"_s, TimeoutMs);
            store.get(u"test.cluster"_s, &error);
            elapsed = clock.elapsed();
        });
        thread.join();
        EXPECT_LT(elapsed, TimeoutMs / 2) << "call " << i << ": " << error.toStdString();
        EXPECT_NE(error, u"The system keychain did not answer in time."_s) << "call " << i;
    }
    // And from this (the application's) thread, which does not run its event loop meanwhile.
    QElapsedTimer clock;
    clock.start();
    QString error;
    KeychainSecretStore(u"bpmsoft-upgrade-tests"_s, TimeoutMs).get(u"test.cluster"_s, &error);
    EXPECT_LT(clock.elapsed(), TimeoutMs / 2) << error.toStdString();
}
