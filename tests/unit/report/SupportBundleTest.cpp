// The support bundle: what it contains, that the journal in it is a consistent copy made
// without touching the live file, and that a secret known to the Redactor is in no entry — even
// when it had leaked into a log line and the journal before it was registered.
#include "QtPrinters.h"
#include "ReportJournal.h"

#include "report/SupportBundle.h"
#include "util/Redactor.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;
using upgrade::test::ReportJournal;

namespace {

const QString Secret = u"Tr0ub4dor&3-sandbox"_s;

QMap<QString, QByteArray> unzip(const QString &path)
{
    QMap<QString, QByteArray> entries;
    QuaZip zip(path);
    EXPECT_TRUE(zip.open(QuaZip::mdUnzip)) << path.toStdString();
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        entries.insert(zip.getCurrentFileName(), file.readAll());
    }
    return entries;
}

void write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Every form in which the secret could hide in bytes.
bool containsSecret(const QByteArray &bytes)
{
    return bytes.contains(Secret.toUtf8()) || bytes.contains(QUrl::toPercentEncoding(Secret)) ||
           bytes.contains(QByteArray("Tr0ub4dor\\u00263")) ||
           bytes.contains(QByteArray::fromRawData(reinterpret_cast<const char *>(Secret.utf16()),
                                                  Secret.size() * 2));
}

class SupportBundleTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString runDir() const { return dir.filePath(u"run"_s); }
    QString logDir() const { return dir.filePath(u"logs"_s); }
    void SetUp() override { Redactor::clearSecrets(); }
    void TearDown() override { Redactor::clearSecrets(); }

    /// A run that leaked the secret before anyone knew it was one: journal messages, values,
    /// a program log, a step's log in the run folder.
    void leakyRun()
    {
        ReportJournal j(runDir());
        j.passStage(StageKind::Preparation);
        j.startStage(StageKind::Test);
        j.step(u"test.backup-production-database"_s, StepState::Failed,
               u"pg_dump said: password authentication failed for %1"_s.arg(Secret),
               u"PGPASSWORD=%1 pg_dump ..."_s.arg(Secret));
        ASSERT_TRUE(j.journal->setValue(u"note"_s, QJsonObject{{u"text"_s, Secret}}));
        ASSERT_TRUE(j.journal->addAnswer(
                {u"override.test-not-passed"_s, u"go"_s, Secret, u"option"_s, {}, {}, {}}));
        j.backup(u"test.backup-production-database"_s, EnvironmentKind::Production,
                 runDir() + u"/backups/db.bak"_s, 3, u"abc"_s);
        j.endStage(StageKind::Test, StageState::Failed, Secret);
        ASSERT_TRUE(containsSecret(read(Journal::filePath(runDir())) +
                                   read(Journal::filePath(runDir()) + u"-wal"_s)));
        const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
        write(logDir() + u"/bpmsoft-upgrade-%1-4242.log"_s.arg(stamp),
              "2024-06-01 20:00:00.000 [info] connecting with " + Secret.toUtf8() + "\n" +
                      QByteArray(3 << 20, 'x') + "\nagain " + Secret.toUtf8() + " at the end\n");
        write(runDir() + u"/steps/install/install.log"_s,
              "Install log\nuser Supervisor password " + Secret.toUtf8() + "\n");
        write(runDir() + u"/backups/db.bak"_s, "backup " + Secret.toUtf8());
    }
};

} // namespace

TEST_F(SupportBundleTest, ContainsTheRunAndNoSecret)
{
    leakyRun();
    Redactor::addSecret(Secret); // known now, e.g. read through --secrets-file
    const QByteArray liveJournal = read(Journal::filePath(runDir()));
    const QString zipPath = dir.filePath(u"out/bundle.zip"_s);
    LogProgress progress;
    QString error;
    QStringList written;
    SupportBundle::Options options;
    options.logDirectory = logDir();
    ASSERT_TRUE(SupportBundle::create(runDir(), zipPath, options, progress, &error, &written))
            << error.toStdString();
    EXPECT_FALSE(QFile::exists(zipPath + u".part"_s));
    EXPECT_DOUBLE_EQ(progress.fraction(), 1.0);

    const QMap<QString, QByteArray> entries = unzip(zipPath);
    const QStringList names = entries.keys();
    for (const QString &expected :
         {u"report.json"_s, u"report.html"_s, u"profile.json"_s, u"journal.sqlite"_s,
          u"manifest.json"_s, u"run/steps/install/install.log"_s})
        EXPECT_TRUE(names.contains(expected))
                << expected.toStdString() << " in " << names.join(u", "_s).toStdString();
    EXPECT_EQ(names.filter(u"logs/bpmsoft-upgrade-"_s).size(), 1)
            << names.join(u" "_s).toStdString();
    EXPECT_FALSE(names.contains(u"run/backups/db.bak"_s)); // backups never go in
    for (const QString &name : written)
        EXPECT_TRUE(names.contains(name));

    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        EXPECT_FALSE(containsSecret(it.value())) << "secret in " << it.key().toStdString();
    // The masked lines are still there, the rest of the log too.
    const QByteArray log = entries.value(names.filter(u"logs/"_s).value(0));
    EXPECT_TRUE(log.contains("connecting with ***"));
    EXPECT_TRUE(log.contains("again *** at the end"));
    EXPECT_GT(log.size(), 3 << 20);

    // The copy is a real journal with the run's story; the live file was only read.
    EXPECT_EQ(read(Journal::filePath(runDir())), liveJournal);
    QTemporaryDir copyDir;
    write(Journal::filePath(copyDir.path()), entries.value(u"journal.sqlite"_s));
    auto copy = Journal::open(copyDir.path(), Journal::Mode::ReadOnly, &error);
    ASSERT_TRUE(copy) << error.toStdString();
    EXPECT_EQ(copy->run().runId, u"20240601-200000-abcd"_s);
    ASSERT_TRUE(copy->step(u"test.backup-production-database"_s));
    EXPECT_EQ(copy->step(u"test.backup-production-database"_s)->message,
              u"pg_dump said: password authentication failed for ***"_s);
    EXPECT_EQ(copy->artifacts().size(), 1);
    EXPECT_EQ(copy->value(u"note"_s).toObject().value(u"text"_s).toString(), u"***"_s);

    const QJsonObject report = QJsonDocument::fromJson(entries.value(u"report.json"_s)).object();
    EXPECT_EQ(report.value(u"result"_s).toString(), u"failed"_s);
    const QJsonObject manifest =
            QJsonDocument::fromJson(entries.value(u"manifest.json"_s)).object();
    EXPECT_EQ(manifest.value(u"runId"_s).toString(), u"20240601-200000-abcd"_s);
    EXPECT_TRUE(manifest.value(u"entries"_s).toArray().contains(u"journal.sqlite"_s));
    const QJsonObject profile = QJsonDocument::fromJson(entries.value(u"profile.json"_s)).object();
    EXPECT_EQ(profile.value(u"schemaVersion"_s).toInt(), 1);
    EXPECT_TRUE(Profile::fromJsonText(entries.value(u"profile.json"_s)).profile.has_value());
}

TEST_F(SupportBundleTest, CopiesTheJournalWhileARunWritesIt)
{
    ReportJournal j(runDir());
    j.passStage(StageKind::Preparation);
    j.startStage(StageKind::Test);
    // The writer stays open; its last change is in the WAL, not yet in the main file.
    j.step(u"test.backup-production-database"_s, StepState::Succeeded, u"in the wal"_s);
    QString error;
    const QString copyPath = dir.filePath(u"copy.sqlite"_s);
    ASSERT_TRUE(SupportBundle::copyJournal(runDir(), copyPath, &error)) << error.toStdString();
    EXPECT_FALSE(SupportBundle::copyJournal(runDir(), copyPath, &error)); // never overwrites
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check-copy"_s);
        db.setDatabaseName(copyPath);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        EXPECT_EQ(q.value(0).toString(), u"delete"_s); // one self-contained file
        ASSERT_TRUE(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        EXPECT_EQ(q.value(0).toString(), u"ok"_s);
        ASSERT_TRUE(q.exec(u"SELECT count(*) FROM sqlite_master"_s) && q.next());
        EXPECT_GT(q.value(0).toInt(), 3);
    }
    QSqlDatabase::removeDatabase(u"check-copy"_s);
    QTemporaryDir copyDir;
    write(Journal::filePath(copyDir.path()), read(copyPath));
    auto copy = Journal::open(copyDir.path(), Journal::Mode::ReadOnly, &error);
    ASSERT_TRUE(copy) << error.toStdString();
    EXPECT_EQ(copy->step(u"test.backup-production-database"_s)->message, u"in the wal"_s);
    // The writer goes on undisturbed.
    j.step(u"test.restore-test-database"_s, StepState::Succeeded);
}

TEST_F(SupportBundleTest, DamagedJournalNoBundle)
{
    write(Journal::filePath(runDir()), QByteArray(8192, '\0'));
    LogProgress progress;
    QString error;
    const QString zipPath = dir.filePath(u"bundle.zip"_s);
    EXPECT_FALSE(SupportBundle::create(runDir(), zipPath, {}, progress, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFile::exists(zipPath));
    EXPECT_FALSE(QFile::exists(zipPath + u".part"_s));
    EXPECT_EQ(read(Journal::filePath(runDir())), QByteArray(8192, '\0'));
}

TEST_F(SupportBundleTest, CancelLeavesNothing)
{
    leakyRun();
    Cancellation cancellation;
    cancellation.cancel();
    LogProgress progress(cancellation);
    QString error;
    const QString zipPath = dir.filePath(u"bundle.zip"_s);
    SupportBundle::Options options;
    options.logDirectory = logDir();
    EXPECT_FALSE(SupportBundle::create(runDir(), zipPath, options, progress, &error));
    EXPECT_FALSE(QFile::exists(zipPath));
    EXPECT_FALSE(QFile::exists(zipPath + u".part"_s));
}

TEST(SupportBundleLogs, ChoosesTheLogsOfTheRunsTime)
{
    QTemporaryDir dir;
    const QDateTime runStart = QDateTime::currentDateTime().addSecs(-3600);
    const QDateTime runEnd = QDateTime::currentDateTime().addSecs(-1800);
    auto make = [&](const QString &name, const QDateTime &modified) {
        const QString path = dir.filePath(name);
        write(path, "line\n");
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.setFileTime(modified, QFileDevice::FileModificationTime));
    };
    auto stamp = [](const QDateTime &t) { return t.toString(u"yyyyMMdd-HHmmss"_s); };
    // Started before the run, written during it: in.
    make(u"bpmsoft-upgrade-%1-1.log"_s.arg(stamp(runStart.addSecs(-600))), runStart.addSecs(60));
    // Rotated file of the same process: in.
    make(u"bpmsoft-upgrade-%1-1.1.log"_s.arg(stamp(runStart.addSecs(-600))), runStart.addSecs(30));
    // Ended long before the run: out.
    make(u"bpmsoft-upgrade-%1-2.log"_s.arg(stamp(runStart.addSecs(-7200))),
         runStart.addSecs(-3600));
    // Started after the run ended: out.
    make(u"bpmsoft-upgrade-%1-3.log"_s.arg(stamp(runEnd.addSecs(600))), runEnd.addSecs(700));
    // Not a log: out.
    make(u"notes.txt"_s, runStart.addSecs(60));
    QStringList names;
    for (const QString &f : SupportBundle::logFilesOfRun(dir.path(), runStart, runEnd))
        names << QFileInfo(f).fileName();
    names.sort();
    EXPECT_EQ(names,
              (QStringList{u"bpmsoft-upgrade-%1-1.1.log"_s.arg(stamp(runStart.addSecs(-600))),
                           u"bpmsoft-upgrade-%1-1.log"_s.arg(stamp(runStart.addSecs(-600)))}));
    EXPECT_TRUE(SupportBundle::logFilesOfRun(dir.filePath(u"none"_s), runStart, runEnd).isEmpty());
    EXPECT_EQ(SupportBundle::defaultFileName(u"2024/06 01"_s),
              u"bpmsoft-upgrade-support-2024_06_01.zip"_s);
}
