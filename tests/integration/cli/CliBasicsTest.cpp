// bpmsoft-upgrade as a process: version, help, exit codes, validate-profile on good and bad
// files — and nothing written while doing it.
#include "QtPrinters.h"
#include "TestEnvironment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using upgrade::test::TestEnvironment;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runCli(const QStringList &args, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BPMSOFT_UPGRADE_HOME"_s, home);
    p.setProcessEnvironment(env);
    p.start(TestEnvironment::executable(u"bpmsoft-upgrade"_s), args);
    EXPECT_TRUE(p.waitForFinished(30000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

/// Every file below `dir` with its sha256: to prove a command wrote nothing.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        f.open(QIODevice::ReadOnly);
        files.insert(f.fileName(),
                     QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

class CliBasics : public ::testing::Test
{
protected:
    QTemporaryDir home;
    QTemporaryDir work;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(work.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return f.fileName();
    }
};

TEST_F(CliBasics, VersionAndHelp)
{
    const Result version = runCli({u"--version"_s}, home.path());
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(u"bpmsoft-upgrade "_s)) << version.out.toStdString();

    const Result help = runCli({u"--help"_s}, home.path());
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(u"validate-profile"_s));
    EXPECT_TRUE(help.out.contains(u"Exit codes"_s));
    for (const char *code :
         {"0  done", "2  usage", "3  preflight", "4  a confirmation", "5  interrupted"})
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(code))) << code;
}

TEST_F(CliBasics, HelpInRussian)
{
    const Result help = runCli({u"--lang"_s, u"ru"_s, u"--help"_s}, home.path());
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(u"Коды завершения"_s)) << help.out.toStdString();
}

TEST_F(CliBasics, UnknownCommandAndOptionAreUsageErrors)
{
    EXPECT_EQ(runCli({u"frobnicate"_s}, home.path()).exitCode, 2);
    EXPECT_EQ(runCli({u"--frobnicate"_s}, home.path()).exitCode, 2);
    EXPECT_EQ(runCli({}, home.path()).exitCode, 2);
    EXPECT_EQ(runCli({u"validate-profile"_s}, home.path()).exitCode, 2);
}

TEST_F(CliBasics, ValidProfileExitsZero)
{
    const QString example = TestEnvironment::sourceDir() + u"/resources/profiles/example.json"_s;
    const Result r = runCli({u"validate-profile"_s, example}, home.path());
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"valid"_s));
}

TEST_F(CliBasics, BadProfilesExitTwoWithProblemsAndWriteNothing)
{
    QFile exampleFile(TestEnvironment::sourceDir() + u"/resources/profiles/example.json"_s);
    ASSERT_TRUE(exampleFile.open(QIODevice::ReadOnly));
    const QByteArray example = exampleFile.readAll();
    QByteArray withPassword = example;
    withPassword.replace("\"user\": \"bpmsoft\",",
                         "\"user\": \"bpmsoft\", \"password\": \"Hunter2x\",");
    QByteArray badHosting = example;
    badHosting.replace("\"iis-netframework\"", "\"apache\"");

    const QList<QPair<QString, QByteArray>> cases = {
            {u"truncated.json"_s, example.left(example.size() / 2)},
            {u"garbage.json"_s, QByteArray("\x00\x01\x02\xff\xfe garbage", 14)},
            {u"password.json"_s, withPassword},
            {u"hosting.json"_s, badHosting},
            {u"version.json"_s, "{\"schemaVersion\": 99}"},
    };
    for (const auto &[name, content] : cases)
        write(name, content);
    const auto before = snapshot(work.path());

    for (const auto &[name, content] : cases) {
        SCOPED_TRACE(name.toStdString());
        const Result r = runCli({u"validate-profile"_s, work.filePath(name)}, home.path());
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.err.contains(u"problem"_s)) << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(u"Hunter2x"_s));
    }
    const Result json = runCli(
            {u"validate-profile"_s, u"--json"_s, work.filePath(u"hosting.json"_s)}, home.path());
    EXPECT_EQ(json.exitCode, 2);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_FALSE(o.value(u"valid"_s).toBool(true));
    EXPECT_GE(o.value(u"problems"_s).toArray().size(), 2); // production and test hosting
    EXPECT_EQ(o.value(u"problems"_s).toArray().first().toObject().value(u"path"_s).toString(),
              u"environments.production.hosting"_s);

    EXPECT_EQ(snapshot(work.path()), before);     // profiles untouched
    EXPECT_TRUE(snapshot(home.path()).isEmpty()); // no log, no journal
}

} // namespace
