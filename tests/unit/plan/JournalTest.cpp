// The journal: what it records, redaction, and refusing damaged or newer files without touching
// them.
#include "QtPrinters.h"
#include "TestEnvironment.h"

#include "plan/Journal.h"
#include "plan/PendingStep.h"
#include "plan/Plan.h"
#include "util/Redactor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;

namespace {

RunInfo sampleRun()
{
    RunInfo run;
    run.runId = u"run-1"_s;
    run.profilePath = u"/tmp/p.json"_s;
    run.profile = QJsonObject{{u"name"_s, u"x"_s}};
    run.factory = u"sample"_s;
    run.packageArchive = u"/tmp/pkg.zip"_s;
    run.programVersion = u"0.1.0"_s;
    return run;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

void writeBytes(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

Stage twoSteps()
{
    Stage stage;
    stage.kind = StageKind::Test;
    stage.steps = {std::make_shared<PendingStep>(
                           PendingStep::Description{u"test.one"_s,
                                                    u"One"_s,
                                                    {EnvironmentKind::Test, StepTarget::Site},
                                                    false,
                                                    {},
                                                    {}}),
                   std::make_shared<PendingStep>(
                           PendingStep::Description{u"test.two"_s,
                                                    u"Two"_s,
                                                    {EnvironmentKind::Test, StepTarget::Database},
                                                    true,
                                                    {},
                                                    {}})};
    return stage;
}

class JournalTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString runDir() const { return dir.filePath(u"run"_s); }

    /// A real, checkpointed journal with some content, closed.
    void makeJournal()
    {
        QString error;
        auto journal = Journal::create(runDir(), sampleRun(), &error);
        ASSERT_TRUE(journal) << error.toStdString();
        ASSERT_TRUE(journal->registerSteps(twoSteps()));
        for (int i = 0; i < 50; ++i)
            ASSERT_TRUE(journal->setValue(u"key%1"_s.arg(i), QString(200, u'x')));
    }
};

TEST_F(JournalTest, RecordsTheStory)
{
    QString error;
    {
        auto journal = Journal::create(runDir(), sampleRun(), &error);
        ASSERT_TRUE(journal) << error.toStdString();
        EXPECT_FALSE(Journal::create(runDir(), sampleRun(), &error)); // never twice
        EXPECT_TRUE(error.contains(u"already"_s));

        ASSERT_TRUE(journal->registerSteps(twoSteps()));
        ASSERT_TRUE(journal->setStageState(StageKind::Test, StageState::Running, {}, u"abc"_s));
        ASSERT_TRUE(journal->setStepState(u"test.one"_s, StepState::Running));
        ASSERT_TRUE(journal->setStepState(u"test.one"_s, StepState::Failed, u"boom"_s, u"raw"_s));
        ASSERT_TRUE(journal->setStepState(u"test.one"_s, StepState::Running));
        ASSERT_TRUE(journal->setStepState(u"test.one"_s, StepState::Succeeded, u"fine"_s));
        ASSERT_TRUE(journal->setStepState(u"test.two"_s, StepState::Running));

        Artifact a;
        a.kind = u"backup.database"_s;
        a.environment = EnvironmentKind::Production;
        a.path = u"/b/x.bak"_s;
        a.size = 42;
        a.sha256 = u"00ff"_s;
        a.source = {u"db:5432"_s, u"BPM"_s, u"https://crm"_s, u"fp1"_s};
        a.stepId = u"test.one"_s;
        const qint64 id = journal->addArtifact(a);
        ASSERT_GT(id, 0);
        EXPECT_TRUE(journal->setArtifactVerified(id, true, u"00ee"_s));
        EXPECT_FALSE(journal->setArtifactVerified(id + 100, true));
        ASSERT_TRUE(journal->addAnswer({u"confirm.x"_s, u"yes"_s, {}, u"option"_s, {}, {}, {}}));
        ASSERT_TRUE(journal->addGate({u"verified-backup"_s,
                                      StageKind::Test,
                                      u"test.two"_s,
                                      u"refused"_s,
                                      u"no backup"_s,
                                      {{u"a"_s, 1}},
                                      {},
                                      {}}));
        ASSERT_TRUE(journal->setValue(u"integration"_s, QJsonArray{1, 2}));
    }
    // A new process: running becomes interrupted.
    auto journal = Journal::open(runDir(), Journal::Mode::ReadWrite, &error);
    ASSERT_TRUE(journal) << error.toStdString();
    EXPECT_EQ(journal->run().runId, u"run-1"_s);
    EXPECT_EQ(journal->run().factory, u"sample"_s);
    EXPECT_EQ(journal->run().profile.value(u"name"_s).toString(), u"x"_s);
    EXPECT_EQ(journal->markInterrupted(), QStringList{u"test.two"_s});
    EXPECT_EQ(journal->stage(StageKind::Test)->state, StageState::Interrupted);
    EXPECT_EQ(journal->stage(StageKind::Test)->packageSha256, u"abc"_s);

    const StepRecord one = *journal->step(u"test.one"_s);
    EXPECT_EQ(one.state, StepState::Succeeded);
    EXPECT_EQ(one.attempts, 2);
    EXPECT_EQ(one.message, u"fine"_s);
    EXPECT_TRUE(one.startedAt.isValid());
    EXPECT_TRUE(one.finishedAt.isValid());
    const StepRecord two = *journal->step(u"test.two"_s);
    EXPECT_EQ(two.state, StepState::Interrupted);
    EXPECT_TRUE(two.destructive);

    QStringList story;
    for (const TransitionRecord &t : journal->transitions(u"test.one"_s))
        story << t.state;
    EXPECT_EQ(story, (QStringList{u"running"_s, u"failed"_s, u"running"_s, u"succeeded"_s}));
    EXPECT_EQ(journal->transitions(u"test.one"_s).at(1).details, u"raw"_s);

    const QList<Artifact> artifacts = journal->artifacts(u"backup.database"_s);
    ASSERT_EQ(artifacts.size(), 1);
    EXPECT_TRUE(artifacts[0].verified);
    EXPECT_EQ(artifacts[0].sha256, u"00ee"_s);
    EXPECT_EQ(artifacts[0].size, 42);
    EXPECT_EQ(artifacts[0].source.fingerprint, u"fp1"_s);
    EXPECT_EQ(artifacts[0].stepId, u"test.one"_s);
    EXPECT_TRUE(journal->artifacts(u"other"_s).isEmpty());

    ASSERT_EQ(journal->answers().size(), 1);
    EXPECT_EQ(journal->answers()[0].questionId, u"confirm.x"_s);
    EXPECT_FALSE(journal->answers()[0].osUser.isEmpty());
    EXPECT_TRUE(journal->answers()[0].at.isValid());
    ASSERT_EQ(journal->gates().size(), 1);
    EXPECT_EQ(journal->gates()[0].decision, u"refused"_s);
    EXPECT_EQ(journal->gates()[0].details.value(u"a"_s).toInt(), 1);
    EXPECT_EQ(journal->value(u"integration"_s).toArray().size(), 2);
    EXPECT_TRUE(journal->value(u"missing"_s).isUndefined());
}

TEST_F(JournalTest, IsWalWithFullSync)
{
    makeJournal();
    QString error;
    auto journal = Journal::open(runDir(), Journal::Mode::ReadWrite, &error);
    ASSERT_TRUE(journal);
    // Another connection sees WAL mode (a property of the file).
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check-wal"_s);
    db.setDatabaseName(Journal::filePath(runDir()));
    ASSERT_TRUE(db.open());
    {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        EXPECT_EQ(q.value(0).toString(), u"wal"_s);
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"check-wal"_s);
}

TEST_F(JournalTest, NeverStoresSecrets)
{
    Redactor::addSecret(u"S3cr3t-Value"_s);
    QString error;
    {
        auto journal = Journal::create(runDir(), sampleRun(), &error);
        ASSERT_TRUE(journal);
        ASSERT_TRUE(journal->registerSteps(twoSteps()));
        journal->setStepState(u"test.one"_s, StepState::Failed, u"login S3cr3t-Value failed"_s,
                              u"Password=S3cr3t-Value;"_s);
        journal->addAnswer({u"override.x"_s,
                            u"because S3cr3t-Value"_s,
                            u"S3cr3t-Value"_s,
                            u"option"_s,
                            {},
                            {},
                            {}});
        journal->setValue(u"v"_s, u"S3cr3t-Value"_s);
    }
    // Checkpointed on close: the main file holds everything.
    EXPECT_FALSE(bytesOf(Journal::filePath(runDir())).contains("S3cr3t-Value"));
    const QString wal = Journal::filePath(runDir()) + u"-wal"_s;
    if (QFile::exists(wal)) {
        EXPECT_FALSE(bytesOf(wal).contains("S3cr3t-Value"));
    }
    Redactor::clearSecrets();
}

TEST_F(JournalTest, DamagedFilesAreRefusedAndLeftUntouched)
{
    makeJournal();
    const QByteArray good = bytesOf(Journal::filePath(runDir()));
    ASSERT_GT(good.size(), 8192);

    QByteArray newer = good;
    {
        // A journal of a newer schema: make one properly, then bump the version.
        QTemporaryDir other;
        QString error;
        const QString otherRun = other.filePath(u"run"_s);
        {
            auto j = Journal::create(otherRun, sampleRun(), &error);
            ASSERT_TRUE(j);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
            db.setDatabaseName(Journal::filePath(otherRun));
            ASSERT_TRUE(db.open());
            QSqlQuery(db).exec(u"PRAGMA journal_mode=DELETE"_s);
            QSqlQuery(db).exec(u"UPDATE schema_version SET version = 99"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"bump"_s);
        newer = bytesOf(Journal::filePath(otherRun));
    }
    QByteArray notOurs;
    {
        QTemporaryDir other;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(other.filePath(u"x.sqlite"_s));
            ASSERT_TRUE(db.open());
            QSqlQuery(db).exec(u"CREATE TABLE t (x)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        notOurs = bytesOf(other.filePath(u"x.sqlite"_s));
    }
    QByteArray corrupted = good;
    for (qsizetype i = 4096; i < 2 * 4096; ++i) // the whole second page (a table's b-tree)
        corrupted[i] = char(0xA5);

    const QList<std::pair<const char *, QByteArray>> cases = {
            {"empty", QByteArray()},
            {"garbage", QByteArray("\x00\x01\x02garbage\xff\xfe", 12).repeated(500)},
            {"text", QByteArray("not a journal at all\n").repeated(300)},
            {"truncated-half", good.left(good.size() / 2)},
            {"truncated-odd", good.left(good.size() - 100)},
            {"truncated-header", good.left(60)},
            {"corrupted-page", corrupted},
            {"newer-schema", newer},
            {"another-sqlite-file", notOurs},
    };
    for (const auto &[name, content] : cases) {
        SCOPED_TRACE(name);
        QTemporaryDir caseDir;
        const QString path = Journal::filePath(caseDir.path());
        writeBytes(path, content);
        const QStringList filesBefore = QDir(caseDir.path()).entryList(QDir::Files);
        for (Journal::Mode mode : {Journal::Mode::ReadOnly, Journal::Mode::ReadWrite}) {
            QString error;
            EXPECT_FALSE(Journal::open(caseDir.path(), mode, &error)) << name;
            EXPECT_TRUE(error.contains(u"cannot be used"_s)) << error.toStdString();
            EXPECT_TRUE(error.contains(u"unchanged"_s)) << error.toStdString();
            if (QByteArray(name) == "newer-schema") {
                EXPECT_TRUE(error.contains(u"newer version"_s)) << error.toStdString();
            }
            EXPECT_EQ(bytesOf(path), content);
        }
        EXPECT_EQ(QDir(caseDir.path()).entryList(QDir::Files), filesBefore);
    }

    QString error;
    EXPECT_FALSE(Journal::open(dir.filePath(u"nowhere"_s), Journal::Mode::ReadOnly, &error));
    EXPECT_TRUE(error.contains(u"no journal"_s)) << error.toStdString();
}

TEST_F(JournalTest, ReadingDoesNotChangeTheFile)
{
    makeJournal();
    const QByteArray before = bytesOf(Journal::filePath(runDir()));
    QString error;
    {
        auto journal = Journal::open(runDir(), Journal::Mode::ReadOnly, &error);
        ASSERT_TRUE(journal) << error.toStdString();
        EXPECT_TRUE(journal->isReadOnly());
        EXPECT_EQ(journal->steps().size(), 2);
        EXPECT_FALSE(journal->setValue(u"x"_s, 1)); // read-only really is
    }
    EXPECT_EQ(bytesOf(Journal::filePath(runDir())), before);
}

TEST_F(JournalTest, TwoConnectionsSeeEachOthersWrites)
{
    makeJournal();
    QString error;
    auto writer = Journal::open(runDir(), Journal::Mode::ReadWrite, &error);
    auto reader = Journal::open(runDir(), Journal::Mode::ReadOnly, &error);
    ASSERT_TRUE(writer && reader) << error.toStdString();
    ASSERT_TRUE(writer->setStepState(u"test.one"_s, StepState::Running));
    EXPECT_EQ(reader->step(u"test.one"_s)->state, StepState::Running);
}

} // namespace
