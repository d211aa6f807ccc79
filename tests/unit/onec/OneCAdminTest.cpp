// OneCAdmin with the real designer stand-in (bpmsoft-sandbox-1cv8) on a sandbox file
// infobase: dump/restore round trip, wrong password, timeout, cancel, corrupt and foreign
// .dt files, an error reported with exit code 0, a CP1251 log, the /@ parameters file.
#include "onec/OneCAdmin.h"
#include "QtPrinters.h"
#include "TestDoubles.h"
#include "TestEnvironment.h"
#include "util/FileHash.h"
#include "util/Redactor.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;
using namespace upgrade::test;

namespace {

const QString User = u"Администратор"_s;
const QString Password = u"pa ss\"wörd"_s;

class OneCAdminTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        infobase = dir.filePath(u"ib"_s);
        ProcessSpec create;
        create.program = TestEnvironment::executable(u"bpmsoft-sandbox-1cv8"_s);
        create.arguments = {u"CREATEINFOBASE"_s, u"File=\"%1\";"_s.arg(infobase), u"/N"_s + User,
                            u"/P"_s + Password};
        create.timeoutMs = 30000;
        ASSERT_TRUE(ProcessRunner().run(create).succeeded());
        writeRows({u"Контрагент 1"_s, u"Контрагент 2"_s, u"ООО «Ромашка»"_s});
        settings.filePath = infobase;
        settings.user = User;
        settings.executable = TestEnvironment::executable(u"bpmsoft-sandbox-1cv8"_s);
    }
    void TearDown() override
    {
        qunsetenv("BPMSOFT_SANDBOX_1C_DELAY_MS");
        qunsetenv("BPMSOFT_SANDBOX_1C_FAULT");
        qunsetenv("BPMSOFT_SANDBOX_1C_LOG_ENCODING");
    }

    /// Runs `work` on a fresh connection to the infobase and closes it again.
    void withDb(const std::function<void(QSqlDatabase &)> &work)
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(QDir(infobase).filePath(u"infobase.sqlite"_s));
            ASSERT_TRUE(db.open());
            work(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    void writeRows(const QStringList &names)
    {
        withDb([&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.exec(u"CREATE TABLE IF NOT EXISTS Catalog_Counterparty (Ref TEXT, Description TEXT)"_s);
            q.exec(u"DELETE FROM Catalog_Counterparty"_s);
            db.transaction();
            for (const QString &n : names) {
                q.prepare(u"INSERT INTO Catalog_Counterparty VALUES (?, ?)"_s);
                q.addBindValue(QUuid::createUuid().toString());
                q.addBindValue(n);
                ASSERT_TRUE(q.exec());
            }
            db.commit();
        });
    }
    QStringList rows()
    {
        QStringList out;
        withDb([&](QSqlDatabase &db) {
            QSqlQuery q(u"SELECT Description FROM Catalog_Counterparty ORDER BY rowid"_s, db);
            while (q.next())
                out.append(q.value(0).toString());
        });
        return out;
    }
    OneCAdmin admin(OneCAdmin::Options options = {}, const QString &password = Password)
    {
        return OneCAdmin(settings, OneCCredentials{password, {}}, runner, options);
    }

    QTemporaryDir dir;
    QString infobase;
    OneCSettings settings;
    ProcessRunner runner;
};

TEST_F(OneCAdminTest, DumpAndRestoreRoundTripKeepsTheData)
{
    const QStringList before = rows();
    const QString dt = dir.filePath(u"backups/prod-1c.dt"_s);
    RecordingProgress progress;
    const OneCResult dumped = admin().dump(dt, progress);
    ASSERT_TRUE(dumped.succeeded()) << dumped.message.toStdString() << dumped.details.toStdString();
    EXPECT_TRUE(QFile::exists(dt));
    EXPECT_FALSE(QFile::exists(dir.filePath(u"backups/prod-1c.incomplete.dt"_s)));
    EXPECT_EQ(dumped.size, QFileInfo(dt).size());
    EXPECT_EQ(dumped.sha256, *FileHash::sha256(dt));
    EXPECT_TRUE(dumped.logText.contains(u"Выгрузка информационной базы успешно завершена"_s));
    EXPECT_TRUE(QFile::exists(dumped.logPath));
    EXPECT_TRUE(progress.lines().join(u'\n').contains(u"успешно завершена"_s));
    EXPECT_EQ(dumped.executable.source, OneCExecutable::Source::Profile);
    EXPECT_TRUE(dumped.warning.isEmpty()) << dumped.warning.toStdString();
    // The password never shows in what is logged.
    EXPECT_FALSE(dumped.commandLine.contains(Password));
    EXPECT_FALSE(dumped.details.contains(Password));
    EXPECT_TRUE(dumped.commandLine.contains(u"/DumpIB"_s));

    writeRows({u"changed after the backup"_s});
    ASSERT_NE(rows(), before);
    RecordingProgress restoreProgress;
    const OneCResult restored = admin().restore(dt, restoreProgress, dumped.sha256);
    ASSERT_TRUE(restored.succeeded())
            << restored.message.toStdString() << restored.details.toStdString();
    EXPECT_EQ(rows(), before);
    EXPECT_TRUE(restored.logText.contains(u"Загрузка информационной базы успешно завершена"_s));
    EXPECT_EQ(restored.sha256, dumped.sha256);
}

TEST_F(OneCAdminTest, AnExistingBackupIsNeverOverwritten)
{
    const QString dt = dir.filePath(u"old.dt"_s);
    QFile f(dt);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("an older backup");
    f.close();
    RecordingProgress progress;
    const OneCResult r = admin().dump(dt, progress);
    EXPECT_FALSE(r.succeeded());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("an older backup"));
}

TEST_F(OneCAdminTest, WrongPasswordFailsWithTheDesignersText)
{
    const QString dt = dir.filePath(u"x.dt"_s);
    RecordingProgress progress;
    const OneCResult r = admin({}, u"wrong"_s).dump(dt, progress);
    EXPECT_EQ(r.outcome, OneCResult::Outcome::Failed);
    EXPECT_TRUE(r.message.contains(u"Идентификация пользователя не выполнена"_s))
            << r.message.toStdString();
    EXPECT_TRUE(r.logText.contains(u"Идентификация пользователя не выполнена"_s));
    EXPECT_FALSE(QFile::exists(dt));
    EXPECT_FALSE(QFile::exists(dir.filePath(u"x.incomplete.dt"_s)));
}

TEST_F(OneCAdminTest, AnErrorInTheLogFailsEvenWithExitCodeZero)
{
    qputenv("BPMSOFT_SANDBOX_1C_FAULT", "error-exit-0");
    const QString dt = dir.filePath(u"x.dt"_s);
    RecordingProgress progress;
    const OneCResult r = admin().dump(dt, progress);
    EXPECT_EQ(r.outcome, OneCResult::Outcome::Failed);
    EXPECT_TRUE(r.message.contains(u"ошибка записи на диск"_s)) << r.message.toStdString();
    EXPECT_FALSE(QFile::exists(dt));
}

TEST_F(OneCAdminTest, TimeoutStopsTheDesignerAndLeavesNoBackup)
{
    qputenv("BPMSOFT_SANDBOX_1C_DELAY_MS", "60000");
    OneCAdmin::Options options;
    options.timeoutMs = 700;
    const QString dt = dir.filePath(u"slow.dt"_s);
    RecordingProgress progress;
    const OneCResult r = admin(options).dump(dt, progress);
    EXPECT_EQ(r.outcome, OneCResult::Outcome::TimedOut);
    EXPECT_LT(r.elapsedMs, 20000);
    EXPECT_FALSE(QFile::exists(dt));
    EXPECT_FALSE(QFile::exists(dir.filePath(u"slow.incomplete.dt"_s)));
}

TEST_F(OneCAdminTest, CancelWhileTheLogIsStreamedStopsIt)
{
    qputenv("BPMSOFT_SANDBOX_1C_DELAY_MS", "60000");
    Cancellation cancel;
    RecordingProgress progress(cancel);
    // The first /Out line arrives while the Designer still runs: streamed live, then cancel.
    progress.onLog = [&](const QString &line) {
        if (line.contains(u"Начало выгрузки"_s))
            cancel.cancel();
    };
    const QString dt = dir.filePath(u"cancelled.dt"_s);
    const OneCResult r = admin().dump(dt, progress);
    EXPECT_EQ(r.outcome, OneCResult::Outcome::Cancelled);
    EXPECT_TRUE(progress.lines().join(u'\n').contains(u"Начало выгрузки"_s));
    EXPECT_FALSE(QFile::exists(dt));
    EXPECT_LT(r.elapsedMs, 20000);
}

TEST_F(OneCAdminTest, CorruptOrForeignBackupIsRefusedAndTheInfobaseUntouched)
{
    QStringList many;
    for (int i = 0; i < 2000; ++i)
        many.append(u"Контрагент %1 %2"_s.arg(i).arg(QUuid::createUuid().toString()));
    writeRows(many);
    const QString dt = dir.filePath(u"good.dt"_s);
    RecordingProgress progress;
    ASSERT_TRUE(admin().dump(dt, progress).succeeded());
    const QByteArray before = [&] {
        QFile f(QDir(infobase).filePath(u"infobase.sqlite"_s));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();

    QFile good(dt);
    ASSERT_TRUE(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    good.close();
    // Damaged: bytes flipped inside the compressed data of infobase.sqlite (between its local
    // header and the zip's central directory), at several places.
    const qsizetype name = bytes.indexOf("infobase.sqlite");
    ASSERT_GT(name, 2);
    const int extra = uchar(bytes.at(name - 2)) | (uchar(bytes.at(name - 1)) << 8);
    const qsizetype dataStart = name + 15 + extra;
    const qsizetype dataEnd = bytes.indexOf("PK\x01\x02");
    ASSERT_GT(dataEnd - dataStart, 200);
    QList<QPair<QString, QByteArray>> cases;
    for (int i = 1; i <= 4; ++i) {
        QByteArray damaged = bytes;
        const qsizetype at = dataStart + (dataEnd - dataStart) * i / 5;
        damaged[at] = char(damaged[at] ^ 0x5A);
        cases.append({u"damaged-%1.dt"_s.arg(i), damaged});
    }
    // Truncated, and foreign.
    cases.append({u"truncated.dt"_s, bytes.left(bytes.size() / 3)});
    cases.append({u"foreign.dt"_s, QByteArray("this is not a 1C dump at all")});
    OneCAdmin::Options options;
    options.timeoutMs = 30000; // a hang would be a failure, not a stuck test
    for (const auto &[fileName, content] : std::as_const(cases)) {
        QFile f(dir.filePath(fileName));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        RecordingProgress p;
        const OneCResult r = admin(options).restore(dir.filePath(fileName), p);
        EXPECT_EQ(r.outcome, OneCResult::Outcome::Failed) << fileName.toStdString();
        EXPECT_TRUE(r.message.contains(u"поврежден"_s) || r.message.contains(u"не является"_s))
                << fileName.toStdString() << ": " << r.message.toStdString();
        QFile ib(QDir(infobase).filePath(u"infobase.sqlite"_s));
        ASSERT_TRUE(ib.open(QIODevice::ReadOnly));
        EXPECT_EQ(ib.readAll(), before) << fileName.toStdString();
    }
}

TEST_F(OneCAdminTest, ChangedBackupIsRefusedBeforeTheDesignerRuns)
{
    const QString dt = dir.filePath(u"good.dt"_s);
    RecordingProgress progress;
    const OneCResult dumped = admin().dump(dt, progress);
    ASSERT_TRUE(dumped.succeeded());
    RecordingRunner fake;
    OneCAdmin watched(settings, OneCCredentials{Password, {}}, fake);
    const OneCResult r = watched.restore(dt, progress, QString(64, u'0'));
    EXPECT_FALSE(r.succeeded());
    EXPECT_TRUE(fake.specs().isEmpty());
}

TEST_F(OneCAdminTest, Cp1251LogIsDecoded)
{
    qputenv("BPMSOFT_SANDBOX_1C_LOG_ENCODING", "cp1251");
    RecordingProgress progress;
    const OneCResult r = admin({}, u"wrong"_s).dump(dir.filePath(u"x.dt"_s), progress);
    EXPECT_TRUE(r.logText.contains(u"Идентификация пользователя не выполнена"_s))
            << r.logText.toStdString();
}

TEST_F(OneCAdminTest, ParametersFileKeepsThePasswordOffTheCommandLine)
{
    OneCAdmin::Options options;
    options.parametersFile = true;
    const QString dt = dir.filePath(u"via-file.dt"_s);
    RecordingProgress progress;
    const OneCResult r = admin(options).dump(dt, progress);
    ASSERT_TRUE(r.succeeded()) << r.message.toStdString() << r.details.toStdString();
    EXPECT_TRUE(r.commandLine.contains(u"/@"_s));
    EXPECT_FALSE(r.commandLine.contains(u"/P"_s));
    EXPECT_TRUE(QFile::exists(dt));
}

TEST_F(OneCAdminTest, MissingInfobaseIsExplained)
{
    settings.filePath = dir.filePath(u"nowhere"_s);
    RecordingProgress progress;
    const OneCResult r = admin().dump(dir.filePath(u"x.dt"_s), progress);
    EXPECT_FALSE(r.succeeded());
    EXPECT_TRUE(r.message.contains(u"не обнаружена"_s)) << r.message.toStdString();
}

TEST(OneCAdminSpec, DesignerCommandLineAsTheReferenceAndRedacted)
{
    OneCSettings s;
    s.server = u"srv1c:1541"_s;
    s.infobaseName = u"Trade"_s;
    s.user = u"Admin"_s;
    s.executable = u"/bin/sh"_s; // any executable file: only the spec is built
    RecordingRunner fake;
    OneCAdmin admin(s, OneCCredentials{u"Sekr3t!"_s, {}}, fake);
    const ProcessSpec spec =
            admin.buildSpec(OneCAdmin::Operation::Dump, u"/b/t.dt"_s, u"/b/t.log"_s, u"4711"_s);
    EXPECT_EQ(spec.arguments,
              (QStringList{u"DESIGNER"_s, u"/Ssrv1c:1541\\Trade"_s, u"/NAdmin"_s, u"/PSekr3t!"_s,
                           u"/UC4711"_s, u"/DisableStartupMessages"_s, u"/DisableStartupDialogs"_s,
                           u"/Out"_s, u"/b/t.log"_s, u"/DumpIB"_s, u"/b/t.dt"_s}));
    const QString logged = ProcessRunner::commandLine(spec);
    EXPECT_FALSE(logged.contains(u"Sekr3t!"_s)) << logged.toStdString();
    EXPECT_EQ(OneCAdmin::joinWindowsCommandLine(
                      {u"DESIGNER"_s, u"/FC:\\Bases\\My Base"_s, u"/Out"_s, u"C:\\tmp\\a b.log"_s}),
              u"DESIGNER /F\"C:\\Bases\\My Base\" /Out \"C:\\tmp\\a b.log\""_s);
}

TEST(OneCAdminSpec, IbcmdCommandLine)
{
    OneCSettings s;
    s.filePath = u"/srv/ib"_s;
    s.user = u"Admin"_s;
    s.tool = OneCTool::Ibcmd;
    s.executable = u"/bin/sh"_s;
    RecordingRunner fake;
    OneCAdmin admin(s, OneCCredentials{u"pw"_s, {}}, fake);
    EXPECT_EQ(admin.buildSpec(OneCAdmin::Operation::Restore, u"/b/t.dt"_s, {}).arguments,
              (QStringList{u"infobase"_s, u"restore"_s, u"--db-path=/srv/ib"_s, u"--user=Admin"_s,
                           u"--password=pw"_s, u"/b/t.dt"_s}));
}

} // namespace
