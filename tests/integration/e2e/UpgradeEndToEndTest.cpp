// The whole upgrade through the CLI on the sandbox (issue 7): `run --stage test` then
// `run --stage production`, each sandbox scenario, with the real steps, real SQLite databases,
// the Designer stand-in and a test site started as its own process.
#include "PostgresFixture.h"
#include "QtPrinters.h"
#include "TestEnvironment.h"
#include "WaitUntil.h"

#include "SandboxEnvironment.h"
#include "plan/Journal.h"
#include "report/RunValues.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::StringLiterals;
using namespace upgrade;
using namespace upgrade::test;

namespace {

constexpr double Speed = 400;
const QString Password = u"E2e-Sandbox-Pw-7319"_s;

std::string dump(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> events;
    qint64 ms = 0;

    QList<QJsonObject> of(const QString &event) const
    {
        QList<QJsonObject> r;
        for (const QJsonObject &e : events)
            if (e.value(u"event"_s).toString() == event)
                r << e;
        return r;
    }
    QJsonObject finished(const QString &step) const
    {
        for (const QJsonObject &e : of(u"step-finished"_s))
            if (e.value(u"step"_s).toString() == step)
                return e;
        return {};
    }
    std::string text() const { return (out + "\n" + err).toStdString(); }
};

/// Every table of an SQLite file, hashed row by row in rowid order.
QMap<QString, QByteArray> tableChecksums(const QString &file)
{
    QMap<QString, QByteArray> sums;
    const QString name = u"sums-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            return sums;
        QSqlQuery tables(db);
        tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &t : names) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            QSqlQuery rows(db);
            rows.exec(u"SELECT * FROM \"%1\" ORDER BY rowid"_s.arg(t));
            while (rows.next())
                for (int i = 0; i < rows.record().count(); ++i)
                    hash.addData(rows.value(i).toString().toUtf8() + '\x1f');
            sums.insert(t, hash.result().toHex());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return sums;
}

class UpgradeEndToEnd : public ::testing::Test
{
protected:
    QTemporaryDir root;
    std::unique_ptr<sandbox::SandboxEnvironment> sandbox;
    QString journal;
    QString profile;

    void start(const QString &scenario, const QString &databaseUrl = {})
    {
        ASSERT_TRUE(root.isValid());
        sandbox::SandboxOptions o;
        o.directory = root.filePath(u"sandbox"_s);
        o.scenario = scenario;
        o.speed = Speed;
        o.smallSeed = true;
        o.password = Password;
        o.databaseUrl = databaseUrl;
        sandbox = std::make_unique<sandbox::SandboxEnvironment>(o);
        QString error;
        ASSERT_TRUE(sandbox->start(&error)) << error.toStdString();
        journal = root.filePath(u"run"_s);
        profile = sandbox->info().profilePath;
    }

    void TearDown() override
    {
        // The test site is a detached process of the run: end it by the pid the run recorded.
        if (!journal.isEmpty() && Journal::exists(journal)) {
            QString error;
            if (auto j = Journal::open(journal, Journal::Mode::ReadOnly, &error)) {
                const qint64 pid = j->value(u"test.site"_s).toObject().value(u"pid"_s).toInteger();
#ifdef Q_OS_UNIX
                if (pid > 0)
                    ::kill(pid_t(pid), SIGTERM);
#endif
            }
        }
        if (sandbox)
            sandbox->stop();
    }

    CliRun cli(const QStringList &arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"BPMSOFT_UPGRADE_HOME"_s, root.filePath(u"home"_s));
        env.insert(u"BPMSOFT_UPGRADE_SANDBOX_SPEED"_s, QString::number(Speed));
        p.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        p.start(TestEnvironment::executable(u"bpmsoft-upgrade"_s), arguments);
        CliRun r;
        if (!p.waitForFinished(240'000)) {
            p.kill();
            p.waitForFinished();
        }
        r.ms = timer.elapsed();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        for (const QByteArray &line : r.out.split('\n'))
            if (line.startsWith('{'))
                r.events << QJsonDocument::fromJson(line).object();
        return r;
    }

    CliRun stage(const QString &which, const QStringList &extra = {})
    {
        CliRun r = cli(QStringList{u"run"_s, u"--profile"_s, profile, u"--stage"_s, which,
                                   u"--journal"_s, journal, u"--secrets-file"_s,
                                   sandbox->info().secretsPath, u"--yes"_s, u"--json"_s} +
                       extra);
        std::printf("[ timing ] %s stage: %lld ms (exit %d)\n", qPrintable(which),
                    static_cast<long long>(r.ms), r.exitCode);
        return r;
    }

    QJsonValue value(const QString &key)
    {
        QString error;
        auto j = Journal::open(journal, Journal::Mode::ReadOnly, &error);
        return j ? j->value(key) : QJsonValue();
    }

    /// The sandbox's profile, to change for a test.
    QJsonObject profileJson() const
    {
        QFile in(profile);
        return in.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(in.readAll()).object()
                                            : QJsonObject();
    }

    /// Writes `json` as `name` next to the sandbox's profile and runs with it from now on.
    bool useProfile(const QJsonObject &json, const QString &name)
    {
        profile = root.filePath(u"sandbox/"_s + name);
        QFile out(profile);
        return out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(json).toJson()) > 0;
    }

    /// The report.json the last stage's end wrote into the run folder.
    QJsonObject reportJson()
    {
        QFile file(QDir(journal).filePath(u"report.json"_s));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    void expectNoDuplicates(StageKind stage)
    {
        const QJsonArray results = value(RunValues::integrationResultsKey(stage)).toArray();
        ASSERT_FALSE(results.isEmpty());
        for (const QJsonValue &r : results) {
            EXPECT_EQ(r.toObject().value(u"duplicates"_s).toInteger(), 0) << dump(r.toObject());
            EXPECT_EQ(r.toObject().value(u"errors"_s).toInteger(), 0) << dump(r.toObject());
        }
    }
};

TEST_F(UpgradeEndToEnd, HappyTestThenProduction)
{
    start(u"happy"_s);
    const CliRun test = stage(u"test"_s);
    ASSERT_EQ(test.exitCode, 0) << test.text();
    expectNoDuplicates(StageKind::Test);
    const QJsonArray objects = value(RunValues::deduplicationObjectsKey(StageKind::Test)).toArray();
    for (const QJsonValue &o : objects)
        EXPECT_TRUE(o.toObject().value(u"flagSet"_s).toBool()) << dump(o.toObject());
    EXPECT_EQ(objects.size(), 2);
    const QJsonArray packages =
            value(RunValues::packageArchiveKey()).toObject().value(u"packages"_s).toArray();
    ASSERT_EQ(packages.size(), 3);
    EXPECT_EQ(packages[0].toObject().value(u"change"_s).toString(), u"upgrade"_s);
    EXPECT_EQ(packages[0].toObject().value(u"installedVersion"_s).toString(), u"2.3.5"_s);

    const CliRun production = stage(u"production"_s);
    ASSERT_EQ(production.exitCode, 0) << production.text();
    EXPECT_EQ(production.finished(u"production.verify"_s).value(u"outcome"_s).toString(), u"ok"_s);
    expectNoDuplicates(StageKind::Production);
    // The stage's end wrote the run's reports; the JSON one says what happened.
    {
        const QJsonObject report = reportJson();
        EXPECT_EQ(report.value(u"result"_s).toString(), u"succeeded"_s) << dump(report);
        const QJsonArray integrations = report.value(u"integrations"_s).toArray();
        ASSERT_FALSE(integrations.isEmpty()) << dump(report);
        for (const QJsonValue &i : integrations) {
            EXPECT_FALSE(i.toObject().value(u"name"_s).toString().isEmpty());
            EXPECT_GT(i.toObject().value(u"records"_s).toInteger(), 0) << dump(i.toObject());
            EXPECT_EQ(i.toObject().value(u"duplicates"_s).toInteger(), 0) << dump(i.toObject());
        }
        EXPECT_TRUE(QFile::exists(QDir(journal).filePath(u"report.html"_s)));
    }
    EXPECT_EQ(value(u"production.versions-after"_s)
                      .toObject()
                      .value(u"SmrOneCConnector"_s)
                      .toString(),
              u"2.4.0"_s);

    // `rollback --journal` restores production from the run's backups: the old versions are back.
    const CliRun rollback = cli({u"rollback"_s, u"--journal"_s, journal, u"--secrets-file"_s,
                                 sandbox->info().secretsPath, u"--yes"_s, u"--json"_s});
    std::printf("[ timing ] rollback: %lld ms\n", static_cast<long long>(rollback.ms));
    EXPECT_EQ(rollback.exitCode, 0) << rollback.text();
    EXPECT_EQ(rollback.finished(u"production.rollback"_s).value(u"outcome"_s).toString(), u"ok"_s);
    EXPECT_EQ(value(u"production.versions-after-rollback"_s)
                      .toObject()
                      .value(u"SmrOneCConnector"_s)
                      .toString(),
              u"2.3.5"_s);

    // `report` after the rollback: rolled back, with the integrations of both stages.
    const CliRun report = cli({u"report"_s, u"--journal"_s, journal, u"--format"_s, u"json"_s,
                               u"--output"_s, u"-"_s});
    ASSERT_EQ(report.exitCode, 0) << report.text();
    const QJsonObject json = QJsonDocument::fromJson(report.out).object();
    EXPECT_EQ(json.value(u"result"_s).toString(), u"rolled-back"_s) << report.text();
    QSet<QString> stages;
    for (const QJsonValue &i : json.value(u"integrations"_s).toArray())
        stages.insert(i.toObject().value(u"stage"_s).toString());
    EXPECT_EQ(stages, (QSet<QString>{u"test"_s, u"production"_s})) << report.text();
    const CliRun pdf = cli({u"report"_s, u"--journal"_s, journal, u"--output"_s,
                            QDir(journal).filePath(u"report.pdf"_s)});
    EXPECT_EQ(pdf.exitCode, 0) << pdf.text();
    const CliRun bundle = cli({u"bundle"_s, u"--journal"_s, journal, u"--secrets-file"_s,
                               sandbox->info().secretsPath, u"--output"_s,
                               QDir(journal).filePath(u"support.zip"_s)});
    EXPECT_EQ(bundle.exitCode, 0) << bundle.text();

    // The password is in no file the run wrote: the journal, the logs, the reports, the bundle's
    // entries (unpacked: they are deflated), the output.
    QStringList files;
    for (const QString &folder : {journal, root.filePath(u"home"_s)}) {
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (f.contains(u"/test-site/"_s))
                continue; // the sandbox test site's own files, not the run's
            files << f;
        }
    }
    EXPECT_FALSE(files.isEmpty());
    for (const QString &f : files) {
        QFile file(f);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << f.toStdString();
        EXPECT_FALSE(file.readAll().contains(Password.toUtf8())) << f.toStdString();
    }
    QuaZip zip(QDir(journal).filePath(u"support.zip"_s));
    ASSERT_TRUE(zip.open(QuaZip::mdUnzip));
    int entries = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile(), ++entries) {
        QuaZipFile entry(&zip);
        ASSERT_TRUE(entry.open(QIODevice::ReadOnly));
        EXPECT_FALSE(entry.readAll().contains(Password.toUtf8()))
                << zip.getCurrentFileName().toStdString();
    }
    EXPECT_GE(entries, 4);
    EXPECT_FALSE(test.out.contains(Password.toUtf8()));
    EXPECT_FALSE(production.out.contains(Password.toUtf8()));
    EXPECT_FALSE(rollback.out.contains(Password.toUtf8()));

#ifdef Q_OS_UNIX
    // The sandbox test site the run started ends with the sandbox it was made for.
    const qint64 pid = value(u"test.site"_s).toObject().value(u"pid"_s).toInteger();
    ASSERT_GT(pid, 0);
    EXPECT_EQ(::kill(pid_t(pid), 0), 0) << "the test site should still run";
    sandbox->stop();
    // Ended: gone, or a zombie nobody has reaped yet.
    auto ended = [pid] {
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        return ::kill(pid_t(pid), 0) != 0 ||
               (stat.open(QIODevice::ReadOnly) && stat.readAll().contains(") Z "));
    };
    EXPECT_TRUE(test::waitUntil(ended, 15'000))
            << "the test site kept running after its sandbox stopped";
#endif
}

TEST_F(UpgradeEndToEnd, ProductionInstallFailsIsRolledBack)
{
    start(u"production-install-fails"_s);
    const CliRun test = stage(u"test"_s);
    ASSERT_EQ(test.exitCode, 0) << test.text();
    const QString productionDb = sandbox->info().productionDatabase;
    const QString oneC = QDir(sandbox->info().productionInfobase).filePath(u"infobase.sqlite"_s);
    const auto dbBefore = tableChecksums(productionDb);
    const auto oneCBefore = tableChecksums(oneC);
    ASSERT_FALSE(dbBefore.isEmpty());
    ASSERT_FALSE(oneCBefore.isEmpty());

    const CliRun production = stage(u"production"_s);
    EXPECT_EQ(production.exitCode, 1) << production.text();
    EXPECT_EQ(production.finished(u"production.install-package"_s).value(u"outcome"_s).toString(),
              u"failed"_s);
    EXPECT_EQ(production.finished(u"production.rollback"_s).value(u"outcome"_s).toString(), u"ok"_s)
            << production.text();
    bool rolledBack = false;
    for (const QJsonObject &e : production.of(u"finished"_s))
        rolledBack = rolledBack || e.value(u"state"_s).toString() == u"rolled-back"_s;
    EXPECT_TRUE(rolledBack) << production.text();
    EXPECT_EQ(reportJson().value(u"result"_s).toString(), u"rolled-back"_s) << dump(reportJson());
    EXPECT_EQ(tableChecksums(productionDb), dbBefore);
    EXPECT_EQ(tableChecksums(oneC), oneCBefore);
}

TEST_F(UpgradeEndToEnd, CompileErrorsBlockTheTestStage)
{
    start(u"compile-errors"_s);
    const CliRun test = stage(u"test"_s);
    EXPECT_EQ(test.exitCode, 3) << test.text();
    QStringList errors;
    for (const QJsonObject &f : test.of(u"finding"_s))
        if (f.value(u"id"_s).toString() == u"compile.error"_s &&
            f.value(u"severity"_s).toString() == u"blocking"_s)
            errors << f.value(u"message"_s).toString();
    ASSERT_EQ(errors.size(), 2) << test.text();
    // The test stage runs the preparation stage (where the compile check is) first.
    const QJsonObject result =
            value(RunValues::compileResultKey(StageKind::Preparation)).toObject();
    const QJsonArray list = result.value(u"errors"_s).toArray();
    ASSERT_EQ(list.size(), 2);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject e = list[i].toObject();
        EXPECT_FALSE(e.value(u"file"_s).toString().isEmpty());
        EXPECT_GT(e.value(u"line"_s).toInt(), 0);
        EXPECT_FALSE(e.value(u"text"_s).toString().isEmpty());
        EXPECT_TRUE(errors.join(u' ').contains(e.value(u"file"_s).toString()));
    }
    EXPECT_TRUE(test.of(u"step-started"_s).size() <= 3) << "no test step may start";
    const QJsonObject report = reportJson();
    EXPECT_EQ(report.value(u"result"_s).toString(), u"blocked"_s) << dump(report);
    // The report lists the compile errors of the preparation stage, where the check ran.
    const QJsonArray compile = report.value(u"compile"_s).toArray();
    ASSERT_EQ(compile.size(), 1) << dump(report);
    EXPECT_EQ(compile[0].toObject().value(u"stage"_s).toString(), u"preparation"_s);
    EXPECT_EQ(compile[0].toObject().value(u"errors"_s).toArray().size(), 2) << dump(report);
}

TEST_F(UpgradeEndToEnd, IntegrationErrorsFailVerificationAndBlockProduction)
{
    start(u"integration-errors"_s);
    const CliRun test = stage(u"test"_s);
    EXPECT_EQ(test.exitCode, 1) << test.text();
    const QJsonObject verify = test.finished(u"test.verify"_s);
    EXPECT_EQ(verify.value(u"outcome"_s).toString(), u"failed"_s) << test.text();
    EXPECT_TRUE(verify.value(u"message"_s).toString().contains(u"Номенклатура"_s)) << dump(verify);
    bool named = false;
    for (const QJsonValue &r : value(RunValues::integrationResultsKey(StageKind::Test)).toArray())
        named = named || (r.toObject().value(u"name"_s).toString() == u"Номенклатура"_s &&
                          r.toObject().value(u"errors"_s).toInteger() > 0);
    EXPECT_TRUE(named);
    const QJsonObject report = reportJson();
    EXPECT_EQ(report.value(u"result"_s).toString(), u"failed"_s) << dump(report);
    bool reported = false;
    for (const QJsonValue &r : report.value(u"integrations"_s).toArray())
        reported = reported || (r.toObject().value(u"name"_s).toString() == u"Номенклатура"_s &&
                                r.toObject().value(u"errors"_s).toInteger() > 0);
    EXPECT_TRUE(reported) << dump(report);

    const CliRun production = stage(u"production"_s);
    EXPECT_NE(production.exitCode, 0) << production.text();
    for (const QJsonObject &e : production.of(u"step-started"_s))
        ADD_FAILURE() << "a production step started: " << dump(e);
}

TEST_F(UpgradeEndToEnd, SkippedDeduplicationIsCaughtByVerification)
{
    start(u"happy"_s);
    // A profile that names a deduplication column that does not exist: the flag step fails, and
    // the run is told to skip it, as a careless operator would.
    QJsonObject json = profileJson();
    QJsonObject connector = json.value(u"connector"_s).toObject();
    connector.insert(u"deduplicationColumn"_s, u"SmrNoSuchFlag"_s);
    json.insert(u"connector"_s, connector);
    ASSERT_TRUE(useProfile(json, u"profile-skip.json"_s));

    const CliRun test =
            stage(u"test"_s, {u"--answer"_s, u"on-failure.test.deduplicate=skip:e2e test"_s});
    EXPECT_EQ(test.exitCode, 1) << test.text();
    EXPECT_EQ(test.finished(u"test.deduplicate"_s).value(u"outcome"_s).toString(), u"failed"_s);
    const QJsonObject verify = test.finished(u"test.verify"_s);
    EXPECT_EQ(verify.value(u"outcome"_s).toString(), u"failed"_s) << test.text();
    qint64 duplicates = 0, inBpmSoft = 0, in1C = 0;
    for (const QJsonValue &r : value(RunValues::integrationResultsKey(StageKind::Test)).toArray()) {
        duplicates += r.toObject().value(u"duplicates"_s).toInteger();
        inBpmSoft += r.toObject().value(u"duplicatesInBpmSoft"_s).toInteger();
        in1C += r.toObject().value(u"duplicatesIn1C"_s).toInteger();
    }
    EXPECT_GT(duplicates, 0);
    EXPECT_EQ(duplicates, inBpmSoft + in1C);
    EXPECT_GT(in1C, 0) << "the mapping table cleared without the flag: 1C gets duplicates too"
                       << test.text();
}

TEST_F(UpgradeEndToEnd, MaintenanceWindowInBlockModeStopsProduction)
{
    start(u"happy"_s);
    // A window that is not now (it starts in three hours and lasts one), mode "block".
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject json = profileJson();
    json.insert(u"maintenanceWindow"_s,
                QJsonObject{{u"from"_s, now.addSecs(3 * 3600).toString(u"HH:mm"_s)},
                            {u"to"_s, now.addSecs(4 * 3600).toString(u"HH:mm"_s)},
                            {u"timeZone"_s, u"UTC"_s},
                            {u"mode"_s, u"block"_s}});
    ASSERT_TRUE(useProfile(json, u"profile-window.json"_s));

    const CliRun test = stage(u"test"_s);
    ASSERT_EQ(test.exitCode, 0) << test.text(); // the window is for production only
    const CliRun production = stage(u"production"_s);
    EXPECT_EQ(production.exitCode, 3) << production.text();
    bool blocked = false;
    for (const QJsonObject &f : production.of(u"finding"_s))
        blocked = blocked || (f.value(u"id"_s).toString() == u"production.maintenance-window"_s &&
                              f.value(u"severity"_s).toString() == u"blocking"_s);
    EXPECT_TRUE(blocked) << production.text();
    EXPECT_TRUE(production.finished(u"production.install-package"_s).isEmpty());
}

TEST_F(UpgradeEndToEnd, HappyOnPostgreSql)
{
    const std::optional<PostgresServer> server = PostgresServer::fromEnvironment();
    if (!server)
        GTEST_SKIP() << "no PostgreSQL server: run through scripts/test";
    const QString name = u"e2e_%1"_s.arg(QRandomGenerator::global()->bounded(100000000));
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(server->host);
    url.setPort(server->port);
    url.setUserName(server->user);
    url.setPassword(server->password);
    url.setPath(u"/"_s + name);
    start(u"happy"_s, url.toString());

    const CliRun test = stage(u"test"_s);
    EXPECT_EQ(test.exitCode, 0) << test.text();
    const CliRun production = test.exitCode == 0 ? stage(u"production"_s) : CliRun();
    EXPECT_EQ(production.exitCode, 0) << production.text();
    if (production.exitCode == 0)
        expectNoDuplicates(StageKind::Production);

    TearDown(); // the sites let go of their databases first
    sandbox.reset();
    journal.clear();
    QSqlDatabase admin = server->connect(u"postgres"_s, u"e2e-drop"_s);
    for (const QString &db : {name, name + u"_test"_s})
        QSqlQuery(admin).exec(u"DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)"_s.arg(db));
    admin.close();
}

} // namespace

// Cloud mode: no database or 1C access — the HTTP API only. A second sandbox stands for the
// test environment the hosting provider made from production.
TEST_F(UpgradeEndToEnd, CloudThroughTheHttpApi)
{
    start(u"happy"_s);
    sandbox::SandboxOptions o;
    o.directory = root.filePath(u"provider-copy"_s);
    o.scenario = u"happy"_s;
    o.speed = Speed;
    o.smallSeed = true;
    o.password = Password;
    sandbox::SandboxEnvironment copy(o);
    QString error;
    ASSERT_TRUE(copy.start(&error)) << error.toStdString();

    QJsonObject json = profileJson();
    QJsonObject environments = json.value(u"environments"_s).toObject();
    auto cloud = [](QJsonObject env, const QUrl &site, const QUrl &odata) {
        env.insert(u"siteUrl"_s, site.toString());
        env.insert(u"hosting"_s, u"cloud"_s);
        env.remove(u"database"_s);
        QJsonObject onec = env.value(u"onec"_s).toObject();
        onec.insert(u"odataUrl"_s, odata.toString());
        env.insert(u"onec"_s, onec);
        return env;
    };
    environments.insert(u"production"_s,
                        cloud(environments.value(u"production"_s).toObject(),
                              sandbox->info().siteUrl, sandbox->info().productionODataUrl));
    environments.insert(u"test"_s, cloud(environments.value(u"test"_s).toObject(),
                                         copy.info().siteUrl, copy.info().productionODataUrl));
    json.insert(u"environments"_s, environments);
    ASSERT_TRUE(useProfile(json, u"profile-cloud.json"_s));

    const CliRun test = stage(u"test"_s);
    ASSERT_EQ(test.exitCode, 0) << test.text();
    for (const QString &step : {u"preparation.support-requests"_s, u"test.check-copy"_s,
                                u"test.install-package"_s, u"test.deduplicate"_s, u"test.verify"_s})
        EXPECT_EQ(test.finished(step).value(u"outcome"_s).toString(), u"ok"_s)
                << step.toStdString();
    EXPECT_TRUE(test.of(u"step-started"_s).size() >= 8);
    for (const QJsonObject &e : test.of(u"step-started"_s))
        EXPECT_FALSE(e.value(u"step"_s).toString().contains(u"backup"_s)) << dump(e);
    const QDir requests(QDir(journal).filePath(u"support-requests"_s));
    EXPECT_EQ(requests.entryList(QDir::Files).size(), 2) << requests.path().toStdString();
    expectNoDuplicates(StageKind::Test);
    for (const QJsonValue &v : value(RunValues::deduplicationObjectsKey(StageKind::Test)).toArray())
        EXPECT_TRUE(v.toObject().value(u"flagSet"_s).toBool()) << dump(v.toObject());

    // Production waits for the provider's backup confirmation: --yes does not give it.
    const CliRun waiting = stage(u"production"_s);
    EXPECT_EQ(waiting.exitCode, 4) << waiting.text();
    for (const QJsonObject &e : waiting.of(u"step-started"_s))
        EXPECT_NE(e.value(u"step"_s).toString(), u"production.install-package"_s);
    const CliRun production = cli({u"resume"_s, u"--journal"_s, journal, u"--secrets-file"_s,
                                   sandbox->info().secretsPath, u"--yes"_s, u"--json"_s,
                                   u"--answer"_s, u"provider-backup.production=LAN-4711"_s});
    ASSERT_EQ(production.exitCode, 0) << production.text();
    expectNoDuplicates(StageKind::Production);
    const QJsonObject report = reportJson();
    EXPECT_EQ(report.value(u"result"_s).toString(), u"succeeded"_s) << dump(report);
    EXPECT_FALSE(report.value(u"integrations"_s).toArray().isEmpty());
    copy.stop();
}
