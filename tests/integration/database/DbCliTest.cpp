// bpmsoft-upgrade db backup | verify | restore | fingerprint as a process, against the real
// PostgreSQL server: exit codes, JSON output, and no password in any output or log.
#include "BpmTestSchema.h"
#include "PostgresFixture.h"
#include "QtPrinters.h"
#include "TestEnvironment.h"

#include "util/FileHash.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using upgrade::test::BpmTestSchema;
using upgrade::test::TestEnvironment;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

class DbCliTest : public upgrade::test::PostgresFixture
{
protected:
    void SetUp() override
    {
        PostgresFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_TRUE(BpmTestSchema::create(db(), 50).isEmpty());
        m_copy = u"t_cli_copy_%1"_s.arg(QRandomGenerator::global()->bounded(1000000));
        const QString profile = QString::fromUtf8(R"({
  "schemaVersion": 1,
  "name": "cli test",
  "packageArchive": "/tmp/connector.zip",
  "environments": {
    "production": {
      "siteUrl": "http://127.0.0.1:1", "hosting": "sandbox", "userName": "Supervisor",
      "database": {"kind": "postgresql", "host": "%1", "port": %2, "name": "%3", "user": "%4"}
    },
    "test": {
      "siteUrl": "http://127.0.0.1:2", "hosting": "sandbox", "userName": "Supervisor",
      "database": {"kind": "postgresql", "host": "%1", "port": %2, "name": "%5", "user": "%4"}
    }
  }
})")
                                        .arg(server().host)
                                        .arg(server().port)
                                        .arg(databaseName(), server().user, m_copy);
        m_profile = write(u"profile.json"_s, profile.toUtf8());
        m_secrets = write(u"secrets.txt"_s, (u"production.database="_s + server().password +
                                             u"\ntest.database="_s + server().password + u'\n')
                                                    .toUtf8());
        QFile::setPermissions(m_secrets, QFile::ReadOwner | QFile::WriteOwner);
    }
    void TearDown() override
    {
        if (!IsSkipped())
            dropDatabase(m_copy);
        PostgresFixture::TearDown();
    }

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_work.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return f.fileName();
    }

    Result run(QStringList args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"BPMSOFT_UPGRADE_HOME"_s, m_home.path());
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        p.setProcessEnvironment(env);
        p.start(TestEnvironment::executable(u"bpmsoft-upgrade"_s),
                QStringList{u"--lang"_s, u"en"_s} + args);
        EXPECT_TRUE(p.waitForFinished(120000));
        Result r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                 QString::fromUtf8(p.readAllStandardOutput()),
                 QString::fromUtf8(p.readAllStandardError())};
        EXPECT_FALSE(r.out.contains(server().password));
        EXPECT_FALSE(r.err.contains(server().password));
        return r;
    }

    QStringList common(const QString &command, const QString &env = u"production"_s)
    {
        return {u"db"_s,
                command,
                u"--profile"_s,
                m_profile,
                u"--environment"_s,
                env,
                u"--secrets-file"_s,
                m_secrets};
    }

    QTemporaryDir m_home, m_work;
    QString m_profile, m_secrets, m_copy;
};

TEST_F(DbCliTest, BackupVerifyRestoreFingerprint)
{
    const QString file = m_work.filePath(u"prod.backup"_s);
    const Result backup = run(common(u"backup"_s) + QStringList{u"--output"_s, file, u"--json"_s});
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString() << backup.out.toStdString();
    const QJsonObject b = QJsonDocument::fromJson(backup.out.toUtf8()).object();
    EXPECT_TRUE(b.value(u"ok"_s).toBool());
    const QJsonObject info = b.value(u"backup"_s).toObject();
    EXPECT_EQ(info.value(u"sha256"_s).toString(),
              upgrade::FileHash::sha256(file).value_or(QString()));
    EXPECT_TRUE(info.value(u"verified"_s).toBool());
    EXPECT_EQ(info.value(u"source"_s).toObject().value(u"database"_s).toString(), databaseName());
    EXPECT_TRUE(backup.err.contains(u"100%"_s)) << backup.err.toStdString();

    const Result verify =
            run({u"db"_s, u"verify"_s, u"--profile"_s, m_profile, u"--secrets-file"_s, m_secrets,
                 u"--backup"_s, file, u"--sha256"_s, info.value(u"sha256"_s).toString()});
    EXPECT_EQ(verify.exitCode, 0) << verify.err.toStdString();
    EXPECT_TRUE(verify.out.contains(u"is a valid backup"_s)) << verify.out.toStdString();

    const Result restore = run(common(u"restore"_s, u"test"_s) +
                               QStringList{u"--backup"_s, file, u"--as"_s, m_copy});
    ASSERT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    EXPECT_EQ(BpmTestSchema::count(
                      db(), u"SELECT count(*) FROM pg_database WHERE datname = '%1'"_s.arg(m_copy)),
              1);
    const Result again = run(common(u"restore"_s, u"test"_s) +
                             QStringList{u"--backup"_s, file, u"--as"_s, m_copy});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(u"already exists"_s)) << again.err.toStdString();

    const Result fp = run(common(u"fingerprint"_s, u"test"_s) + QStringList{u"--json"_s});
    ASSERT_EQ(fp.exitCode, 0) << fp.err.toStdString();
    const QJsonObject f =
            QJsonDocument::fromJson(fp.out.toUtf8()).object().value(u"fingerprint"_s).toObject();
    EXPECT_EQ(f.value(u"database"_s).toString(), m_copy);
    EXPECT_EQ(f.value(u"rowCounts"_s).toObject().value(u"SysPackage"_s).toInt(), 40);

    // No log line anywhere carries the password.
    QDirIterator it(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
    int logs = 0;
    while (it.hasNext()) {
        QFile log(it.next());
        ASSERT_TRUE(log.open(QIODevice::ReadOnly));
        EXPECT_FALSE(log.readAll().contains(server().password.toUtf8()))
                << log.fileName().toStdString();
        ++logs;
    }
    EXPECT_GT(logs, 0);
}

TEST_F(DbCliTest, VerifyExitsOneForAFileThatIsNotABackup)
{
    const QString garbage = write(u"garbage.backup"_s, QByteArray(4096, 'g'));
    const Result r = run({u"db"_s, u"verify"_s, u"--profile"_s, m_profile, u"--secrets-file"_s,
                          m_secrets, u"--backup"_s, garbage, u"--json"_s});
    EXPECT_EQ(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_FALSE(o.value(u"valid"_s).toBool(true));
    EXPECT_EQ(o.value(u"error"_s).toObject().value(u"code"_s).toString(), u"invalid-backup"_s);
}

TEST_F(DbCliTest, UsageErrorsExitTwo)
{
    EXPECT_EQ(run(common(u"backup"_s)).exitCode, 2); // no --output
    EXPECT_EQ(
            run({u"db"_s, u"backup"_s, u"--profile"_s, m_profile, u"--output"_s, u"x"_s}).exitCode,
            2);
    EXPECT_EQ(run(common(u"fingerprint"_s, u"staging"_s)).exitCode, 2);
    EXPECT_EQ(run({u"db"_s, u"restore"_s, u"--profile"_s, m_work.filePath(u"none.json"_s),
                   u"--environment"_s, u"test"_s, u"--backup"_s, u"b"_s, u"--as"_s, u"x"_s})
                      .exitCode,
              2);
    const Result help = run({u"--help"_s});
    for (const QString &c : {u"db backup"_s, u"db verify"_s, u"db restore"_s, u"db fingerprint"_s})
        EXPECT_TRUE(help.out.contains(c)) << c.toStdString();
    const Result commandHelp = run({u"db"_s, u"backup"_s, u"--help"_s});
    EXPECT_EQ(commandHelp.exitCode, 0);
    EXPECT_TRUE(commandHelp.out.contains(u"--secrets-file"_s));
}

} // namespace
