// bpmsoft-upgrade plan / run / resume / status as processes, on the sample plan (test support:
// BPMSOFT_UPGRADE_SAMPLE_PLAN). The process is killed with SIGKILL inside every step and at
// every step boundary, then resumed: the end state equals an uninterrupted run, no finished
// destructive step runs twice, and the journal tells what happened. Damaged journals: exit 2,
// file untouched.
#include "QtPrinters.h"
#include "TestEnvironment.h"

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
    bool killed = false; ///< ended by a signal
    QString out;
    QString err;
    QList<QJsonObject> events() const
    {
        QList<QJsonObject> list;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
            list << QJsonDocument::fromJson(line.toUtf8()).object();
        return list;
    }
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
    f.write(data);
}

const QStringList DestructiveSteps = {u"test.restore-copy"_s, u"test.install-package"_s,
                                      u"production.install-package"_s};
const QStringList TestSteps = {u"preparation.check"_s, u"test.backup-production"_s,
                               u"test.restore-copy"_s, u"test.install-package"_s, u"test.verify"_s};
const QStringList ProductionSteps = {u"production.backup"_s, u"production.install-package"_s,
                                     u"production.verify"_s};

/// One isolated world: a home, a sample folder, a profile and a package archive.
class World
{
public:
    QTemporaryDir root;
    QString home() const { return root.filePath(u"home"_s); }
    QString sample() const { return root.filePath(u"sample"_s); }
    QString profile() const { return root.filePath(u"profile.json"_s); }
    QString journal() const { return root.filePath(u"run"_s); }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();

    World()
    {
        QDir().mkpath(home());
        QDir().mkpath(sample());
        writeFile(root.filePath(u"package.zip"_s), "the connector, version 2");
        QByteArray profileText =
                readFile(TestEnvironment::sourceDir() + u"/resources/profiles/example.json"_s);
        profileText.replace("C:/Upgrade/SmrConnector_2.4.0.zip", "package.zip");
        profileText.replace("\"workFolder\": \"D:/BpmSoftUpgrade\",", "");
        writeFile(profile(), profileText);
        env.insert(u"BPMSOFT_UPGRADE_HOME"_s, home());
        env.insert(u"BPMSOFT_UPGRADE_SAMPLE_PLAN"_s, sample());
        env.remove(u"BPMSOFT_UPGRADE_SAMPLE_KILL_AT"_s);
        env.remove(u"BPMSOFT_UPGRADE_SAMPLE_FAIL"_s);
        env.remove(u"BPMSOFT_UPGRADE_SAMPLE_SLOW_MS"_s);
    }

    Result cli(const QStringList &args, const QHash<QString, QString> &extra = {}) const
    {
        QProcess p;
        QProcessEnvironment e = env;
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice()); // unattended
        p.start(TestEnvironment::executable(u"bpmsoft-upgrade"_s), args);
        EXPECT_TRUE(p.waitForFinished(60000));
        Result r;
        r.killed = p.exitStatus() == QProcess::CrashExit;
        r.exitCode = r.killed ? -1 : p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    Result run(const QString &stage, const QHash<QString, QString> &extra = {}) const
    {
        return cli({u"run"_s, u"--profile"_s, profile(), u"--stage"_s, stage, u"--journal"_s,
                    journal(), u"--yes"_s},
                   extra);
    }
    Result resume() const { return cli({u"resume"_s, u"--journal"_s, journal(), u"--yes"_s}); }
    QJsonObject status() const
    {
        const Result r = cli({u"status"_s, u"--journal"_s, journal(), u"--json"_s});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QStringList markers() const
    {
        return QString::fromUtf8(readFile(QDir(sample()).filePath(u"markers.log"_s)))
                .split(u'\n', Qt::SkipEmptyParts);
    }
    /// What the runs changed: the two "databases".
    QByteArray state() const
    {
        return readFile(QDir(sample()).filePath(u"production-db.txt"_s)) + "|" +
               readFile(QDir(sample()).filePath(u"test-db.txt"_s));
    }
};

QJsonObject stepOf(const QJsonObject &status, const QString &id)
{
    for (const QJsonValue &v : status.value(u"steps"_s).toArray())
        if (v.toObject().value(u"id"_s).toString() == id)
            return v.toObject();
    return {};
}

QStringList historyOf(const QJsonObject &status, const QString &id)
{
    QStringList states;
    for (const QJsonValue &v : stepOf(status, id).value(u"history"_s).toArray())
        states << v.toObject().value(u"state"_s).toString();
    return states;
}

/// Every step succeeded, every stage passed.
void expectComplete(const QJsonObject &status)
{
    for (const QJsonValue &v : status.value(u"stages"_s).toArray())
        EXPECT_EQ(v.toObject().value(u"state"_s).toString(), u"passed"_s)
                << v.toObject().value(u"stage"_s).toString().toStdString();
    for (const QString &id : TestSteps + ProductionSteps)
        EXPECT_EQ(stepOf(status, id).value(u"state"_s).toString(), u"succeeded"_s)
                << id.toStdString();
}

QByteArray referenceState()
{
    static QByteArray state;
    if (state.isEmpty()) {
        World world;
        EXPECT_EQ(world.run(u"test"_s).exitCode, 0);
        EXPECT_EQ(world.run(u"production"_s).exitCode, 0);
        state = world.state();
        EXPECT_EQ(state, QByteArray("v1\npackage\n|v1\npackage\n"));
        expectComplete(world.status());
    }
    return state;
}

TEST(CliRun, PlanPrintsEveryStage)
{
    World world;
    world.env.remove(u"BPMSOFT_UPGRADE_SAMPLE_PLAN"_s); // the real procedure
    const Result text = world.cli({u"plan"_s, u"--profile"_s, world.profile()});
    EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(u"production.install-package"_s));
    EXPECT_TRUE(text.out.contains(u"sql01:1433/BPMSoft_Test"_s));
    EXPECT_TRUE(text.out.contains(u"CHANGES DATA"_s));
    const Result json = world.cli({u"plan"_s, u"--profile"_s, world.profile(), u"--json"_s});
    ASSERT_EQ(json.exitCode, 0);
    const QJsonArray stages =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"stages"_s).toArray();
    ASSERT_EQ(stages.size(), 3);
    EXPECT_EQ(stages[1].toObject().value(u"stage"_s).toString(), u"test"_s);
    EXPECT_EQ(world.cli({u"plan"_s}).exitCode, 2);
    EXPECT_TRUE(QDir(world.home()).isEmpty()); // plan writes nothing
}

TEST(CliRun, UninterruptedRunAndJsonEvents)
{
    World world;
    const Result test = world.cli(
            {u"run"_s, u"--profile"_s, world.profile(), u"--stage"_s, u"test"_s, u"--json"_s});
    ASSERT_EQ(test.exitCode, 0) << test.err.toStdString();
    const QList<QJsonObject> events = test.events();
    ASSERT_FALSE(events.isEmpty());
    EXPECT_EQ(events.first().value(u"event"_s).toString(), u"run"_s);
    // The default run folder is under the data folder, and is announced first.
    const QString journal = events.first().value(u"journal"_s).toString();
    EXPECT_TRUE(journal.startsWith(QDir::toNativeSeparators(world.home() + u"/runs/profile/"_s)))
            << journal.toStdString();
    QStringList kinds;
    for (const QJsonObject &e : events)
        if (!kinds.contains(e.value(u"event"_s).toString()))
            kinds << e.value(u"event"_s).toString();
    for (const char *kind : {"stage-started", "step-started", "progress", "log", "status",
                             "step-finished", "stage-finished", "finished", "gate"})
        EXPECT_TRUE(kinds.contains(QString::fromLatin1(kind))) << kind;
    EXPECT_EQ(events.last().value(u"exitCode"_s).toInt(), 0);

    // Production without --yes and nobody to ask: exit 4, naming the question.
    const Result production =
            world.cli({u"run"_s, u"--profile"_s, world.profile(), u"--stage"_s, u"production"_s});
    EXPECT_EQ(production.exitCode, 4) << production.err.toStdString();
    EXPECT_TRUE(production.err.contains(u"confirm.production-start"_s))
            << production.err.toStdString();
    EXPECT_TRUE(production.out.contains(journal)); // the newest run of the profile
    const Result resumed = world.cli({u"resume"_s, u"--journal"_s, journal, u"--yes"_s});
    EXPECT_EQ(resumed.exitCode, 0) << resumed.err.toStdString();
    EXPECT_EQ(world.state(), referenceState());
}

TEST(CliRun, KilledInsideEveryStepAndAtEveryBoundaryThenResumed)
{
    const QByteArray reference = referenceState();
    for (const QString &step : TestSteps + ProductionSteps) {
        for (const QString &point : {u"before"_s, u"middle"_s, u"done"_s, u"after"_s}) {
            const QString killAt = point + u':' + step;
            SCOPED_TRACE(killAt.toStdString());
            World world;
            const bool inProduction = ProductionSteps.contains(step);
            if (inProduction) {
                ASSERT_EQ(world.run(u"test"_s).exitCode, 0);
            }
            const Result killed = world.run(inProduction ? u"production"_s : u"test"_s,
                                            {{u"BPMSOFT_UPGRADE_SAMPLE_KILL_AT"_s, killAt}});
            ASSERT_TRUE(killed.killed) << killed.out.toStdString();

            const Result resumed = world.resume();
            ASSERT_EQ(resumed.exitCode, 0)
                    << resumed.out.toStdString() << resumed.err.toStdString();
            if (!inProduction) {
                ASSERT_EQ(world.run(u"production"_s).exitCode, 0);
            }

            EXPECT_EQ(world.state(), reference);
            const QJsonObject status = world.status();
            expectComplete(status);

            // The journal tells the story: a step killed while running is interrupted, then
            // runs again; a destructive one only after the confirmation, which is recorded.
            const QStringList history = historyOf(status, step);
            const bool killedWhileRunning = point != u"after"_s;
            EXPECT_EQ(history.contains(u"interrupted"_s), killedWhileRunning)
                    << history.join(u' ').toStdString();
            EXPECT_EQ(history.last(), u"succeeded"_s);
            bool confirmed = false;
            for (const QJsonValue &a : status.value(u"answers"_s).toArray())
                if (a.toObject().value(u"question"_s).toString() == u"confirm.rerun."_s + step)
                    confirmed = a.toObject().value(u"value"_s).toString() == u"yes"_s;
            EXPECT_EQ(confirmed, killedWhileRunning && DestructiveSteps.contains(step));

            // No finished destructive step ran twice: each destructive step started once, or
            // twice only when it was interrupted inside its work and the rerun was confirmed.
            const QStringList markers = world.markers();
            for (const QString &d : DestructiveSteps) {
                const int starts = int(markers.count(u"start "_s + d));
                const int expected =
                        d == step && (point == u"middle"_s || point == u"done"_s) ? 2 : 1;
                EXPECT_EQ(starts, expected) << d.toStdString();
            }
            // Finished steps never ran again: nothing started after its own "done" marker.
            for (const QString &id : TestSteps + ProductionSteps) {
                const qsizetype done = markers.indexOf(u"done "_s + id);
                ASSERT_GE(done, 0) << id.toStdString();
                if (id != step || point == u"after"_s) {
                    EXPECT_LT(markers.lastIndexOf(u"start "_s + id), done) << id.toStdString();
                }
            }
        }
    }
}

TEST(CliRun, KilledFromOutsideMidStepAndAtBoundaries)
{
    const QByteArray reference = referenceState();
    // Kill on the event: "progress" of a step (inside it), or "step-finished" (the boundary).
    const QList<QPair<QString, QString>> cases = {
            {u"progress"_s, u"test.install-package"_s},
            {u"step-finished"_s, u"test.restore-copy"_s},
            {u"step-finished"_s, u"test.backup-production"_s}};
    for (const auto &[event, step] : cases) {
        SCOPED_TRACE((event + u' ' + step).toStdString());
        World world;
        QProcess p;
        QProcessEnvironment e = world.env;
        e.insert(u"BPMSOFT_UPGRADE_SAMPLE_SLOW_MS"_s, u"300"_s);
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(TestEnvironment::executable(u"bpmsoft-upgrade"_s),
                {u"run"_s, u"--profile"_s, world.profile(), u"--stage"_s, u"test"_s, u"--journal"_s,
                 world.journal(), u"--yes"_s, u"--json"_s});
        ASSERT_TRUE(p.waitForStarted());
        bool sent = false;
        QByteArray pending;
        while (!sent && p.state() == QProcess::Running && p.waitForReadyRead(20000)) {
            pending += p.readAllStandardOutput();
            qsizetype nl;
            while (!sent && (nl = pending.indexOf('\n')) >= 0) {
                const QJsonObject o = QJsonDocument::fromJson(pending.left(nl)).object();
                pending.remove(0, nl + 1);
                if (o.value(u"event"_s).toString() == event &&
                    o.value(u"step"_s).toString() == step) {
                    p.kill(); // SIGKILL
                    sent = true;
                }
            }
        }
        ASSERT_TRUE(sent);
        ASSERT_TRUE(p.waitForFinished(20000));
        EXPECT_EQ(p.exitStatus(), QProcess::CrashExit);

        const Result resumed = world.resume();
        ASSERT_EQ(resumed.exitCode, 0) << resumed.out.toStdString() << resumed.err.toStdString();
        ASSERT_EQ(world.run(u"production"_s).exitCode, 0);
        EXPECT_EQ(world.state(), reference);
        expectComplete(world.status());
        const QStringList markers = world.markers();
        for (const QString &d : DestructiveSteps) {
            EXPECT_LE(markers.count(u"start "_s + d), 2) << d.toStdString();
        }
        // A step that had finished before the kill did not run again.
        if (event == u"step-finished"_s) {
            EXPECT_EQ(markers.count(u"start "_s + step), 1);
        }
    }
}

TEST(CliRun, FailurePoliciesFromTheCommandLine)
{
    World world;
    ASSERT_EQ(world.run(u"test"_s).exitCode, 0);
    // Retry once by --answer, then it works.
    const Result retried =
            world.cli({u"run"_s, u"--profile"_s, world.profile(), u"--stage"_s, u"production"_s,
                       u"--journal"_s, world.journal(), u"--yes"_s, u"--answer"_s,
                       u"on-failure.production.verify=retry"_s},
                      {{u"BPMSOFT_UPGRADE_SAMPLE_FAIL"_s, u"production.verify:1"_s}});
    EXPECT_EQ(retried.exitCode, 0) << retried.out.toStdString() << retried.err.toStdString();
    EXPECT_EQ(stepOf(world.status(), u"production.verify"_s).value(u"attempts"_s).toInt(), 2);
}

TEST(CliRun, UnattendedProductionFailureRollsBack)
{
    World world;
    ASSERT_EQ(world.run(u"test"_s).exitCode, 0);
    const Result failed = world.run(
            u"production"_s, {{u"BPMSOFT_UPGRADE_SAMPLE_FAIL"_s, u"production.verify:always"_s}});
    EXPECT_EQ(failed.exitCode, 1) << failed.out.toStdString();
    EXPECT_EQ(readFile(QDir(world.sample()).filePath(u"production-db.txt"_s)), QByteArray("v1\n"));
    const QJsonObject status = world.status();
    QString production;
    for (const QJsonValue &v : status.value(u"stages"_s).toArray())
        if (v.toObject().value(u"stage"_s).toString() == u"production"_s)
            production = v.toObject().value(u"state"_s).toString();
    EXPECT_EQ(production, u"rolled-back"_s);
    EXPECT_EQ(stepOf(status, u"production.rollback-database"_s).value(u"state"_s).toString(),
              u"succeeded"_s);
    // A rolled-back run is not resumed.
    EXPECT_EQ(world.resume().exitCode, 1);
}

TEST(CliRun, ProductionRefusedWithoutTheTestStage)
{
    World world;
    const Result r = world.run(u"production"_s);
    EXPECT_EQ(r.exitCode, 4) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"override.test-not-passed"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(QDir(world.sample()).filePath(u"production-db.txt"_s)));
}

TEST(CliRun, DamagedJournalsAreRefusedAndUntouched)
{
    World world;
    ASSERT_EQ(world.run(u"test"_s).exitCode, 0);
    const QString file = world.journal() + u"/journal.sqlite"_s;
    const QByteArray good = readFile(file);
    ASSERT_GT(good.size(), 4096);
    for (const QByteArray &damaged : {good.left(good.size() / 2), good.left(good.size() - 1000),
                                      QByteArray("garbage\x00\xff", 9).repeated(1000)}) {
        writeFile(file, damaged);
        QFile::remove(file + u"-wal"_s);
        QFile::remove(file + u"-shm"_s);
        const QStringList filesBefore = QDir(world.journal()).entryList(QDir::Files);
        for (const QStringList &args :
             {QStringList{u"status"_s, u"--journal"_s, world.journal()},
              QStringList{u"status"_s, u"--journal"_s, world.journal(), u"--json"_s},
              QStringList{u"resume"_s, u"--journal"_s, world.journal(), u"--yes"_s},
              QStringList{u"run"_s, u"--profile"_s, world.profile(), u"--stage"_s, u"production"_s,
                          u"--journal"_s, world.journal(), u"--yes"_s}}) {
            SCOPED_TRACE(args.join(u' ').toStdString());
            const Result r = world.cli(args);
            EXPECT_EQ(r.exitCode, 2);
            EXPECT_TRUE(r.err.contains(u"cannot be used"_s)) << r.err.toStdString();
            EXPECT_TRUE(r.err.contains(u"unchanged"_s)) << r.err.toStdString();
            EXPECT_EQ(readFile(file), damaged); // byte for byte
        }
        EXPECT_EQ(QDir(world.journal()).entryList(QDir::Files), filesBefore);
    }
}

} // namespace

namespace {

TEST(CliRun, SecretsFileMustBeOwnerOnly)
{
    World world;
    const QString secrets = world.root.filePath(u"secrets.txt"_s);
    writeFile(secrets, "production.database=Hunter2-secret\n");
    QFile::setPermissions(secrets, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    const QStringList args = {u"run"_s,        u"--profile"_s,      world.profile(),
                              u"--stage"_s,    u"test"_s,           u"--journal"_s,
                              world.journal(), u"--secrets-file"_s, secrets};
    const Result refused = world.cli(args);
#ifndef Q_OS_WIN
    EXPECT_EQ(refused.exitCode, 2) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(QDir(world.sample()).filePath(u"markers.log"_s))); // nothing ran
#endif
    QFile::setPermissions(secrets, QFile::ReadOwner | QFile::WriteOwner);
    const Result ok = world.cli(args);
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_FALSE(readFile(world.journal() + u"/journal.sqlite"_s).contains("Hunter2-secret"));
}

} // namespace
