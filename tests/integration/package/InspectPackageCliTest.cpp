// `bpmsoft-upgrade inspect-package` as a process, on archives built in the real format: the
// table and the JSON of a good archive (exit 0), the problem of bad ones (exit 2), and usage.
#include "PackageArchiveBuilder.h"
#include "QtPrinters.h"
#include "TestEnvironment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using Builder = upgrade::PackageArchiveBuilder;
using upgrade::test::TestEnvironment;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

class InspectPackageCli : public ::testing::Test
{
protected:
    QTemporaryDir home;
    QTemporaryDir work;

    Result run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"BPMSOFT_UPGRADE_HOME"_s, home.path());
        p.setProcessEnvironment(env);
        p.start(TestEnvironment::executable(u"bpmsoft-upgrade"_s), args);
        EXPECT_TRUE(p.waitForFinished(60000));
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = work.filePath(name);
        EXPECT_TRUE(Builder::write(path, bytes));
        return path;
    }

    static QByteArray connectorZip()
    {
        Builder::Descriptor base;
        base.name = u"SmrBase"_s;
        base.version = u"1.1.0"_s;
        base.maintainer = u"Smr"_s;
        Builder::Descriptor connector;
        connector.name = u"SmrConnector"_s;
        connector.version = u"2.1.0"_s;
        connector.maintainer = u"Smr"_s;
        connector.dependsOn = {{u"SmrBase"_s, {}, u"1.1.0"_s}, {u"Base"_s, {}, u"7.8.0"_s}};
        return Builder()
                .addPackage(base, {{u"Schemas/SmrBase/metadata.json"_s, "{}"}})
                .addPackage(connector, {{u"SqlScripts/PostgreSql/fix.sql"_s, "SELECT 1;"}})
                .toZip();
    }
};

TEST_F(InspectPackageCli, GoodArchiveAsTableAndJson)
{
    const QByteArray zip = connectorZip();
    const QString path = write(u"connector.zip"_s, zip);
    const QString sha256 =
            QString::fromLatin1(QCryptographicHash::hash(zip, QCryptographicHash::Sha256).toHex());

    const Result text = run({u"inspect-package"_s, path});
    EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
    for (const QString &expected :
         {u"SmrConnector"_s, u"2.1.0"_s, u"SmrBase 1.1.0, Base 7.8.0"_s,
          Builder::uidFor(u"SmrBase"_s), sha256, u"Depends on"_s, u"2 packages"_s}) {
        EXPECT_TRUE(text.out.contains(expected)) << expected.toStdString() << " not in\n"
                                                 << text.out.toStdString();
    }

    const Result json = run({u"inspect-package"_s, u"--json"_s, path});
    EXPECT_EQ(json.exitCode, 0) << json.err.toStdString();
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << json.out.toStdString();
    EXPECT_TRUE(o.value(u"valid"_s).toBool());
    EXPECT_EQ(o.value(u"file"_s).toString(), path);
    EXPECT_EQ(o.value(u"format"_s).toString(), u"zip"_s);
    EXPECT_EQ(o.value(u"size"_s).toInteger(), zip.size());
    EXPECT_EQ(o.value(u"sha256"_s).toString(), sha256);
    const QJsonArray packages = o.value(u"packages"_s).toArray();
    ASSERT_EQ(packages.size(), 2);
    const QJsonObject connector = packages.at(1).toObject();
    EXPECT_EQ(connector.value(u"name"_s).toString(), u"SmrConnector"_s);
    EXPECT_EQ(connector.value(u"uid"_s).toString(), Builder::uidFor(u"SmrConnector"_s));
    EXPECT_EQ(connector.value(u"version"_s).toString(), u"2.1.0"_s);
    EXPECT_EQ(connector.value(u"maintainer"_s).toString(), u"Smr"_s);
    EXPECT_EQ(connector.value(u"file"_s).toString(), u"SmrConnector.gz"_s);
    EXPECT_EQ(connector.value(u"modifiedOnUtc"_s).toString(), u"2023-11-14T22:13:20Z"_s);
    const QJsonArray dependsOn = connector.value(u"dependsOn"_s).toArray();
    ASSERT_EQ(dependsOn.size(), 2);
    EXPECT_EQ(dependsOn.at(0).toObject().value(u"name"_s).toString(), u"SmrBase"_s);
    EXPECT_EQ(dependsOn.at(0).toObject().value(u"version"_s).toString(), u"1.1.0"_s);
    EXPECT_EQ(dependsOn.at(1).toObject().value(u"uid"_s).toString(), Builder::uidFor(u"Base"_s));
    // Read-only: no log, no journal, nothing next to the archive.
    EXPECT_TRUE(QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    EXPECT_EQ(QDir(work.path()).entryList(QDir::Files), QStringList{u"connector.zip"_s});
}

TEST_F(InspectPackageCli, SinglePackageInRussian)
{
    Builder::Descriptor d;
    d.name = u"SmrConnector"_s;
    const QString path = write(u"SmrConnector.gz"_s, Builder::package(d));
    const Result r = run({u"--lang"_s, u"ru"_s, u"inspect-package"_s, path});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Пакет"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"Зависит от"_s)) << r.out.toStdString();
}

TEST_F(InspectPackageCli, BadArchivesExitTwoWithTheProblem)
{
    const QByteArray gz = Builder::package(Builder::Descriptor(u"SmrConnector"_s));
    struct Case
    {
        QString name;
        QByteArray bytes;
        QString problem;
    };
    const QList<Case> cases = {
            {u"garbage.zip"_s, "not an archive", u"unknown-format"_s},
            {u"truncated.gz"_s, gz.left(gz.size() / 2), u"corrupt-gzip"_s},
            {u"readme.zip"_s, Builder::zip({{u"readme.txt"_s, "x"}}), u"not-a-package"_s},
            {u"evil.zip"_s, Builder::zip({{u"../evil.gz"_s, gz}}), u"unsafe-name"_s},
            {u"empty.gz"_s, {}, u"empty"_s},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name.toStdString());
        const QString path = write(c.name, c.bytes);
        const Result text = run({u"inspect-package"_s, path});
        EXPECT_EQ(text.exitCode, 2);
        EXPECT_TRUE(text.err.contains(c.name)) << text.err.toStdString();
        EXPECT_TRUE(text.out.isEmpty()) << text.out.toStdString();

        const Result json = run({u"inspect-package"_s, u"--json"_s, path});
        EXPECT_EQ(json.exitCode, 2);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        EXPECT_FALSE(o.value(u"valid"_s).toBool(true));
        EXPECT_FALSE(o.contains(u"packages"_s));
        const QJsonObject e = o.value(u"error"_s).toObject();
        EXPECT_EQ(e.value(u"problem"_s).toString(), c.problem);
        EXPECT_TRUE(e.value(u"message"_s).toString().contains(c.name));
    }
    EXPECT_EQ(run({u"inspect-package"_s, work.filePath(u"missing.zip"_s)}).exitCode, 2);
}

TEST_F(InspectPackageCli, UsageErrorsAndHelp)
{
    EXPECT_EQ(run({u"inspect-package"_s}).exitCode, 2);
    EXPECT_EQ(run({u"inspect-package"_s, u"a.zip"_s, u"b.zip"_s}).exitCode, 2);
    EXPECT_EQ(run({u"inspect-package"_s, u"--frobnicate"_s, u"a.zip"_s}).exitCode, 2);
    const Result help = run({u"inspect-package"_s, u"--help"_s});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(u"--json"_s));
    const Result global = run({u"--help"_s});
    EXPECT_TRUE(global.out.contains(u"inspect-package"_s));
}

} // namespace
