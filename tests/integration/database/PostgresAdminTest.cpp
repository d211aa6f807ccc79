// PostgresAdmin against the real PostgreSQL server and the real pg_dump / pg_restore that
// scripts/test provides: backup → verify → restore equal row by row, rollback, a failed
// rollback leaving the original, consistency under concurrent writes, disk space, damaged
// files, hostile names, missing rights, cancel.
#include "BpmTestSchema.h"
#include "PostgresFixture.h"
#include "QtPrinters.h"

#include "database/BackupSpaceCheck.h"
#include "database/PartialFile.h"
#include "database/PostgresAdmin.h"
#include "database/PostgresCasts.h"
#include "database/QtSqlExecutor.h"
#include "util/FileHash.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace upgrade;
using upgrade::test::BpmTestSchema;
using upgrade::test::RecordingProgress;

namespace {

class FixedFreeSpace : public FreeSpaceProvider
{
public:
    explicit FixedFreeSpace(qint64 bytes)
        : m_bytes(bytes)
    {}
    std::optional<qint64> availableBytes(const QString &) const override { return m_bytes; }

private:
    qint64 m_bytes;
};

class PostgresAdminTest : public upgrade::test::PostgresFixture
{
protected:
    void SetUp() override
    {
        PostgresFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_TRUE(m_dir.isValid());
    }

    void TearDown() override
    {
        for (const QString &name : std::as_const(m_connections)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
        for (const QString &name : std::as_const(m_extraDatabases)) {
            QString error;
            if (!dropDatabase(name, &error))
                ADD_FAILURE() << error.toStdString();
        }
        for (const QString &role : std::as_const(m_roles)) {
            QSqlQuery q(db());
            q.exec(u"DROP OWNED BY \"%1\""_s.arg(role));
            q.exec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(role));
        }
        PostgresFixture::TearDown();
    }

    DatabaseSettings settings(const QString &database) const
    {
        DatabaseSettings s;
        s.kind = DatabaseKind::PostgreSql;
        s.host = server().host;
        s.port = server().port;
        s.name = database;
        s.user = server().user;
        return s;
    }

    std::unique_ptr<PostgresAdmin> admin(const QString &database = {},
                                         PostgresAdmin::Options options = {})
    {
        return std::make_unique<PostgresAdmin>(
                settings(database.isEmpty() ? databaseName() : database), server().password,
                options);
    }

    /// A connection to another database of the server, closed in TearDown.
    QSqlDatabase connectTo(const QString &database)
    {
        const QString name = u"conn-%1-%2"_s.arg(m_connections.size()).arg(database);
        m_connections.append(name);
        return server().connect(database, name);
    }

    QString uniqueName(const QString &base)
    {
        const QString name = u"%1_%2"_s.arg(base).arg(QRandomGenerator::global()->bounded(1000000));
        m_extraDatabases.append(name);
        return name;
    }

    void createSchema(int rows = 200)
    {
        const QString error = BpmTestSchema::create(db(), rows);
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    }

    BackupInfo backupOrFail(PostgresAdmin &a, const QString &file)
    {
        LogProgress progress;
        BackupRequest request;
        request.outputPath = file;
        const BackupResult r = a.backup(request, progress);
        EXPECT_TRUE(r.ok()) << r.error.toString().toStdString();
        return r.info;
    }

    bool databaseExists(const QString &name)
    {
        return BpmTestSchema::count(db(),
                                    u"SELECT count(*) FROM pg_database WHERE datname = '%1'"_s.arg(
                                            QString(name).replace(u"'"_s, u"''"_s))) == 1;
    }

    QStringList filesIn(const QString &dir) const
    {
        return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    QTemporaryDir m_dir;
    QStringList m_extraDatabases;
    QStringList m_connections;
    QStringList m_roles;
};

TEST_F(PostgresAdminTest, BackupVerifyRestoreAsGivesAnEqualDatabase)
{
    createSchema();
    const auto original = BpmTestSchema::checksums(db());
    ASSERT_GE(original.size(), 10);

    auto a = admin();
    const QString file = m_dir.filePath(u"prod.backup"_s);
    RecordingProgress progress;
    BackupRequest request;
    request.outputPath = file;
    const BackupResult backup = a->backup(request, progress);
    ASSERT_TRUE(backup.ok()) << backup.error.toString().toStdString();

    // The file is there under its final name only, with the recorded size and digest.
    EXPECT_EQ(filesIn(m_dir.path()), QStringList{u"prod.backup"_s});
    EXPECT_EQ(backup.info.path, QFileInfo(file).absoluteFilePath());
    EXPECT_EQ(backup.info.sizeBytes, QFileInfo(file).size());
    EXPECT_EQ(backup.info.sha256, FileHash::sha256(file).value_or(QString()));
    EXPECT_TRUE(backup.info.verified);
    EXPECT_EQ(backup.info.format, u"postgresql-custom"_s);
    EXPECT_GT(backup.info.databaseSizeBytes, 0);
    EXPECT_TRUE(backup.info.toolVersion.contains(u"pg_dump"_s));
    EXPECT_EQ(backup.info.source.database, databaseName());
    EXPECT_EQ(backup.info.source.rowCounts.value(u"SysPackage"_s), 40);
    const auto fractions = progress.fractions();
    ASSERT_FALSE(fractions.isEmpty());
    EXPECT_DOUBLE_EQ(fractions.last(), 1.0);
    EXPECT_TRUE(std::is_sorted(fractions.begin(), fractions.end()));
    EXPECT_TRUE(progress.statuses().filter(u"SmrSyncHistory"_s).size() > 0)
            << progress.statuses().join(u'\n').toStdString();

    VerifyRequest verifyRequest;
    verifyRequest.backupPath = file;
    verifyRequest.expectedSha256 = backup.info.sha256;
    const VerifyResult verified = a->verify(verifyRequest, progress);
    ASSERT_TRUE(verified.ok()) << verified.error.toString().toStdString();
    EXPECT_TRUE(verified.valid);
    EXPECT_EQ(verified.sha256, backup.info.sha256);
    EXPECT_EQ(verified.sourceDatabase, databaseName());
    EXPECT_GT(verified.entries, 14);

    const QString copy = uniqueName(u"t_copy"_s);
    const RestoreResult restored = a->restoreAs(file, copy, progress);
    ASSERT_TRUE(restored.ok()) << restored.error.toString().toStdString();
    EXPECT_TRUE(restored.restored);
    QSqlDatabase copyDb = connectTo(copy);
    ASSERT_TRUE(copyDb.isOpen());
    EXPECT_EQ(BpmTestSchema::checksums(copyDb), original);
    // The casts BPMSoft needs are there afterwards although the source had none.
    QtSqlExecutor sql;
    ASSERT_TRUE(sql.open(
            {u"QPSQL"_s, server().host, server().port, copy, server().user, server().password, {}},
            nullptr));
    const auto missing = PostgresCasts::missing(sql);
    ASSERT_TRUE(missing.ok());
    EXPECT_TRUE(missing.value.isEmpty()) << missing.value.join(u',').toStdString();
    QtSqlExecutor source;
    ASSERT_TRUE(source.open({u"QPSQL"_s,
                             server().host,
                             server().port,
                             databaseName(),
                             server().user,
                             server().password,
                             {}},
                            nullptr));
    EXPECT_EQ(PostgresCasts::missing(source).value.size(), PostgresCasts::required().size());

    // Restoring again under the same name is refused, and the copy is untouched.
    const RestoreResult again = a->restoreAs(file, copy, progress);
    EXPECT_EQ(again.error.code(), DbError::Code::AlreadyExists);
    EXPECT_EQ(BpmTestSchema::checksums(copyDb), original);
}

TEST_F(PostgresAdminTest, RefusesToOverwriteAnExistingFile)
{
    createSchema(10);
    const QString file = m_dir.filePath(u"exists.backup"_s);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("precious");
    f.close();
    LogProgress progress;
    BackupRequest request;
    request.outputPath = file;
    const BackupResult r = admin()->backup(request, progress);
    EXPECT_EQ(r.error.code(), DbError::Code::AlreadyExists);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("precious"));
}

TEST_F(PostgresAdminTest, GarbageTruncatedOrChangedFilesFailVerification)
{
    createSchema();
    auto a = admin();
    const QString good = m_dir.filePath(u"good.backup"_s);
    const BackupInfo info = backupOrFail(*a, good);
    QFile in(good);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();

    auto write = [&](const QString &name, const QByteArray &data) {
        QFile f(m_dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
        return f.fileName();
    };
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    for (char &c : noise)
        c = char(QRandomGenerator::global()->bounded(256));
    const QString garbage = write(u"garbage.backup"_s, noise);
    const QString truncated = write(u"truncated.backup"_s, bytes.left(bytes.size() * 2 / 3));
    const QString empty = write(u"empty.backup"_s, {});
    QByteArray flipped = bytes;
    flipped[flipped.size() - 200] = char(flipped[flipped.size() - 200] ^ 0x5a);
    const QString damaged = write(u"damaged.backup"_s, flipped);

    LogProgress progress;
    for (const QString &file : {garbage, truncated, empty, damaged}) {
        VerifyRequest request;
        request.backupPath = file;
        const VerifyResult r = a->verify(request, progress);
        EXPECT_FALSE(r.valid) << file.toStdString();
        EXPECT_EQ(r.error.code(), DbError::Code::InvalidBackup)
                << file.toStdString() << ": " << r.error.toString().toStdString();
        EXPECT_TRUE(r.error.message().contains(QFileInfo(file).fileName()));
    }
    // A file that differs from what was recorded.
    VerifyRequest request;
    request.backupPath = good;
    request.expectedSha256 = QString(64, u'0');
    EXPECT_EQ(a->verify(request, progress).error.code(), DbError::Code::InvalidBackup);
    request.expectedSha256 = info.sha256.toUpper();
    EXPECT_TRUE(a->verify(request, progress).ok());
    // The name of an unfinished backup.
    const QString partial = write(u"x.backup"_s + PartialFile::Suffix, bytes);
    request.backupPath = partial;
    request.expectedSha256.clear();
    EXPECT_EQ(a->verify(request, progress).error.code(), DbError::Code::InvalidBackup);
    // A missing file.
    request.backupPath = m_dir.filePath(u"none.backup"_s);
    EXPECT_EQ(a->verify(request, progress).error.code(), DbError::Code::NotFound);
}

TEST_F(PostgresAdminTest, TrialRestoreVerifiesAndLeavesNoDatabase)
{
    createSchema(20);
    auto a = admin();
    const QString file = m_dir.filePath(u"trial.backup"_s);
    // Only this test's databases (the prefix survives the trial/aside name truncation):
    // other tests create and drop theirs in parallel.
    backupOrFail(*a, file);
    const qint64 before = BpmTestSchema::count(
            db(), u"SELECT count(*) FROM pg_database WHERE starts_with(datname, '%1')"_s.arg(
                          databaseName().left(30)));
    LogProgress progress;
    VerifyRequest request;
    request.backupPath = file;
    request.trialRestore = true;
    const VerifyResult r = a->verify(request, progress);
    ASSERT_TRUE(r.ok()) << r.error.toString().toStdString();
    EXPECT_TRUE(r.trialRestored);
    EXPECT_EQ(BpmTestSchema::count(
                      db(),
                      u"SELECT count(*) FROM pg_database WHERE starts_with(datname, '%1')"_s.arg(
                              databaseName().left(30))),
              before);
}

TEST_F(PostgresAdminTest, ReplaceFromBackupBringsTheBackupBack)
{
    createSchema();
    // A role with a right on the database, and a database setting: both must survive.
    const QString role = u"t_app_%1"_s.arg(QRandomGenerator::global()->bounded(1000000));
    m_roles.append(role);
    ASSERT_EQ(BpmTestSchema::exec(db(), u"CREATE ROLE \"%1\" LOGIN"_s.arg(role)), QString());
    ASSERT_EQ(BpmTestSchema::exec(db(),
                                  u"GRANT CONNECT, TEMPORARY ON DATABASE \"%1\" TO \"%2\""_s.arg(
                                          databaseName(), role)),
              QString());
    ASSERT_EQ(BpmTestSchema::exec(db(), u"ALTER DATABASE \"%1\" SET search_path = \"$user\", "
                                        "public"_s.arg(databaseName())),
              QString());
    const auto atBackup = BpmTestSchema::checksums(db());
    auto a = admin();
    const QString file = m_dir.filePath(u"rollback.backup"_s);
    backupOrFail(*a, file);

    // The upgrade changes production.
    exec(u"DELETE FROM \"SmrSyncHistory\" WHERE \"SmrOneCId\" LIKE 'ОК-1%'"_s);
    exec(u"UPDATE \"SysPackage\" SET \"Version\" = '2.0' WHERE \"Name\" = 'Package1'"_s);
    exec(u"ALTER TABLE \"SmrIntegrationObject\" ADD COLUMN \"SmrNew\" int"_s);
    exec(u"CREATE TABLE \"SmrAdded\" (\"Id\" uuid)"_s);
    ASSERT_NE(BpmTestSchema::checksums(db()), atBackup);
    const QString oldOid = QString::number(BpmTestSchema::count(
            db(), u"SELECT oid FROM pg_database WHERE datname = current_database()"_s));
    QSqlDatabase::database(u"test-"_s + databaseName(), false).close();

    RecordingProgress progress;
    const RestoreResult r = a->replaceFromBackup(file, progress);
    ASSERT_TRUE(r.ok()) << r.error.toString().toStdString();
    EXPECT_TRUE(r.restored);
    EXPECT_TRUE(r.keptAside.isEmpty());
    EXPECT_TRUE(r.warnings.isEmpty()) << r.warnings.join(u'\n').toStdString();
    EXPECT_TRUE(r.actions.filter(u"Renamed"_s).size() == 1) << r.actions.join(u'\n').toStdString();

    QSqlDatabase again = connectTo(databaseName());
    ASSERT_TRUE(again.isOpen());
    EXPECT_EQ(BpmTestSchema::checksums(again), atBackup);
    EXPECT_NE(QString::number(BpmTestSchema::count(
                      again, u"SELECT oid FROM pg_database WHERE datname = current_database()"_s)),
              oldOid);
    // No database kept aside; the right and the setting are back.
    EXPECT_EQ(BpmTestSchema::count(again, u"SELECT count(*) FROM pg_database WHERE datname LIKE "
                                          "'%%_before_restore_%%'"_s.replace(u"%%"_s, u"%"_s)),
              0);
    EXPECT_EQ(BpmTestSchema::count(again, u"SELECT count(*) FROM pg_database WHERE datname = "
                                          "current_database() AND has_database_privilege('%1', "
                                          "oid, 'TEMPORARY')::int = 1"_s.arg(role)),
              1);
    EXPECT_EQ(BpmTestSchema::count(again, u"SELECT count(*) FROM pg_db_role_setting s JOIN "
                                          "pg_database d ON d.oid = s.setdatabase WHERE d.datname "
                                          "= current_database() AND array_to_string(s.setconfig, "
                                          "';') LIKE 'search_path=%public%'"_s),
              1);
}

TEST_F(PostgresAdminTest, FailedReplaceLeavesTheOriginalInPlace)
{
    createSchema();
    auto a = admin();
    const QString file = m_dir.filePath(u"good.backup"_s);
    backupOrFail(*a, file);
    exec(u"UPDATE \"SysPackage\" SET \"Version\" = 'after-upgrade'"_s);
    const auto current = BpmTestSchema::checksums(db());
    const qint64 databases = BpmTestSchema::count(
            db(), u"SELECT count(*) FROM pg_database WHERE starts_with(datname, '%1')"_s.arg(
                          databaseName().left(30)));

    // A file whose table of contents is intact but whose data is cut off: it passes the
    // first check, and the restore fails half-way.
    QFile in(file);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    const QString broken = m_dir.filePath(u"broken.backup"_s);
    QFile out(broken);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() * 3 / 4));
    out.close();
    QSqlDatabase::database(u"test-"_s + databaseName(), false).close();

    LogProgress progress;
    const RestoreResult r = a->replaceFromBackup(broken, progress);
    ASSERT_FALSE(r.ok());
    EXPECT_FALSE(r.restored);
    EXPECT_TRUE(r.error.message().contains(u"put back"_s)) << r.error.toString().toStdString();
    EXPECT_TRUE(r.actions.filter(u"Renamed"_s).size() == 1) << r.actions.join(u'\n').toStdString();

    QSqlDatabase again = connectTo(databaseName());
    ASSERT_TRUE(again.isOpen()) << again.lastError().text().toStdString();
    EXPECT_EQ(BpmTestSchema::checksums(again), current);
    EXPECT_EQ(BpmTestSchema::count(
                      again,
                      u"SELECT count(*) FROM pg_database WHERE starts_with(datname, '%1')"_s.arg(
                              databaseName().left(30))),
              databases);

    // Garbage is refused before anything is touched.
    const QString garbage = m_dir.filePath(u"garbage.backup"_s);
    QFile g(garbage);
    ASSERT_TRUE(g.open(QIODevice::WriteOnly));
    g.write("PGDMP but not really");
    g.close();
    const RestoreResult refused = a->replaceFromBackup(garbage, progress);
    EXPECT_EQ(refused.error.code(), DbError::Code::InvalidBackup);
    EXPECT_TRUE(refused.actions.isEmpty());
    EXPECT_EQ(BpmTestSchema::checksums(again), current);
}

TEST_F(PostgresAdminTest, DumpWhileAnotherConnectionWritesIsConsistent)
{
    createSchema(2000);
    // An invariant the writer keeps in every transaction: the balances always sum to 1000,
    // and every transfer has its journal row.
    exec(u"CREATE TABLE \"Account\" (\"Id\" int PRIMARY KEY, \"Balance\" int)"_s);
    exec(u"INSERT INTO \"Account\" SELECT g, 100 FROM generate_series(1, 10) g"_s);
    exec(u"CREATE TABLE \"Transfer\" (\"Id\" serial PRIMARY KEY, \"From\" int, \"To\" int)"_s);
    exec(u"CREATE TABLE \"Big\" AS SELECT g AS n, repeat(md5(g::text), 20) AS t FROM "
         "generate_series(1, 60000) g"_s);

    std::atomic_bool stop = false;
    std::atomic_int transfers = 0;
    std::thread writer([&] {
        QSqlDatabase w = server().connect(databaseName(), u"writer"_s);
        {
            QSqlQuery q(w);
            for (int i = 0; !stop; ++i) {
                const int from = 1 + i % 10, to = 1 + (i * 7 + 3) % 10;
                q.exec(u"BEGIN"_s);
                q.exec(u"UPDATE \"Account\" SET \"Balance\" = \"Balance\" - 1 WHERE \"Id\" = %1"_s
                               .arg(from));
                q.exec(u"INSERT INTO \"Transfer\" (\"From\", \"To\") VALUES (%1, %2)"_s.arg(from)
                               .arg(to));
                q.exec(u"UPDATE \"Account\" SET \"Balance\" = \"Balance\" + 1 WHERE \"Id\" = %1"_s
                               .arg(to));
                q.exec(u"COMMIT"_s);
                ++transfers;
            }
        }
        w.close();
        w = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"writer"_s);
    });
    while (transfers < 50)
        std::this_thread::yield();
    auto a = admin();
    const QString file = m_dir.filePath(u"live.backup"_s);
    LogProgress progress;
    BackupRequest request;
    request.outputPath = file;
    const BackupResult r = a->backup(request, progress);
    const int during = transfers;
    stop = true;
    writer.join();
    ASSERT_TRUE(r.ok()) << r.error.toString().toStdString();
    EXPECT_GT(transfers.load(), 50);

    const QString copy = uniqueName(u"t_live"_s);
    ASSERT_TRUE(a->restoreAs(file, copy, progress).ok());
    QSqlDatabase c = connectTo(copy);
    EXPECT_EQ(BpmTestSchema::count(c, u"SELECT sum(\"Balance\") FROM \"Account\""_s), 1000);
    // Every transfer in the copy moved one unit from its "From" to its "To".
    EXPECT_EQ(BpmTestSchema::count(
                      c, u"SELECT count(*) FROM \"Account\" a WHERE a.\"Balance\" <> 100 - (SELECT "
                         "count(*) FROM \"Transfer\" t WHERE t.\"From\" = a.\"Id\") + (SELECT "
                         "count(*) FROM \"Transfer\" t WHERE t.\"To\" = a.\"Id\")"_s),
              0);
    const qint64 copied = BpmTestSchema::count(c, u"SELECT count(*) FROM \"Transfer\""_s);
    EXPECT_GE(copied, 50);
    EXPECT_LE(copied, during);
}

TEST_F(PostgresAdminTest, NotEnoughSpaceIsAClearErrorAndLeavesNoFile)
{
    createSchema(50);
    FixedFreeSpace tiny(1024 * 1024);
    PostgresAdmin::Options options;
    options.freeSpace = &tiny;
    auto a = admin({}, options);
    const QString file = m_dir.filePath(u"full.backup"_s);
    LogProgress progress;
    BackupRequest request;
    request.outputPath = file;
    const BackupResult r = a->backup(request, progress);
    EXPECT_EQ(r.error.code(), DbError::Code::NotEnoughSpace);
    EXPECT_TRUE(r.error.message().contains(QDir::toNativeSeparators(m_dir.path())))
            << r.error.message().toStdString();
    EXPECT_TRUE(filesIn(m_dir.path()).isEmpty()) << filesIn(m_dir.path()).join(u',').toStdString();
}

#ifdef Q_OS_LINUX
TEST_F(PostgresAdminTest, DiskFullDuringTheDumpLeavesNoFile)
{
    // A real full disk needs a small tmpfs, which only root may mount.
    const QString mountPoint = m_dir.filePath(u"small"_s);
    ASSERT_TRUE(QDir().mkpath(mountPoint));
    QProcess mount;
    mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=256k"_s, u"tmpfs"_s, mountPoint});
    if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
        GTEST_SKIP() << "cannot mount a tmpfs here (needs root)";
    struct Unmount
    {
        QString path;
        ~Unmount() { QProcess::execute(u"umount"_s, {path}); }
    } unmount{mountPoint};

    createSchema(50);
    exec(u"CREATE TABLE \"Noise\" AS SELECT g, decode(string_agg(md5(g::text || i::text), ''), "
         "'hex') AS b FROM generate_series(1, 200) g, generate_series(1, 200) i GROUP BY g"_s);
    FixedFreeSpace plenty(1LL << 40); // the check before passes; the disk fills during the dump
    PostgresAdmin::Options options;
    options.freeSpace = &plenty;
    auto a = admin({}, options);
    LogProgress progress;
    BackupRequest request;
    request.outputPath = QDir(mountPoint).filePath(u"full.backup"_s);
    const BackupResult r = a->backup(request, progress);
    EXPECT_EQ(r.error.code(), DbError::Code::NotEnoughSpace) << r.error.toString().toStdString();
    EXPECT_TRUE(filesIn(mountPoint).isEmpty()) << filesIn(mountPoint).join(u',').toStdString();
}
#endif

TEST_F(PostgresAdminTest, HostileDatabaseNamesAreQuotedOrRefused)
{
    createSchema(10);
    auto a = admin();
    const QString file = m_dir.filePath(u"src.backup"_s);
    backupOrFail(*a, file);
    LogProgress progress;

    // Quotes, a semicolon, spaces, a backslash and conninfo syntax: one database of exactly
    // that name, nothing else touched.
    const QString hostile = u"t evil\"; DROP DATABASE postgres; -- host=x dbname='postgres' \\"_s;
    m_extraDatabases.append(hostile);
    const RestoreResult r = a->restoreAs(file, hostile, progress);
    ASSERT_TRUE(r.ok()) << r.error.toString().toStdString();
    EXPECT_TRUE(databaseExists(hostile));
    EXPECT_TRUE(databaseExists(u"postgres"_s));
    QSqlDatabase h = connectTo(hostile);
    ASSERT_TRUE(h.isOpen()) << h.lastError().text().toStdString();
    EXPECT_EQ(BpmTestSchema::count(h, u"SELECT count(*) FROM \"SysPackage\""_s), 40);

    // A backup of it dumps that database, not the one its name points at.
    auto hostileAdmin = admin(hostile);
    const QString second = m_dir.filePath(u"hostile.backup"_s);
    const BackupInfo info = backupOrFail(*hostileAdmin, second);
    EXPECT_EQ(info.source.database, hostile);
    VerifyRequest vr;
    vr.backupPath = second;
    EXPECT_EQ(a->verify(vr, progress).sourceDatabase, hostile);

    // Names that cannot be used safely are refused before anything happens.
    for (const QString &bad : QStringList{u""_s, u"   "_s, u"new\nline"_s, u"nul"_s + QChar(0),
                                          u" leading"_s, QString(64, u'x')}) {
        const RestoreResult refused = a->restoreAs(file, bad, progress);
        EXPECT_EQ(refused.error.code(), DbError::Code::InvalidName) << bad.toStdString();
    }
}

TEST_F(PostgresAdminTest, AUserWithoutRightsIsToldWhichRight)
{
    createSchema(10);
    const QString role = u"t_noright_%1"_s.arg(QRandomGenerator::global()->bounded(1000000));
    m_roles.append(role);
    ASSERT_EQ(BpmTestSchema::exec(
                      db(), u"CREATE ROLE \"%1\" LOGIN PASSWORD 'pw-%1' NOCREATEDB"_s.arg(role)),
              QString());
    DatabaseSettings s = settings(databaseName());
    s.user = role;
    PostgresAdmin weak(s, u"pw-"_s + role);
    LogProgress progress;

    BackupRequest request;
    request.outputPath = m_dir.filePath(u"denied.backup"_s);
    const BackupResult backup = weak.backup(request, progress);
    ASSERT_EQ(backup.error.code(), DbError::Code::Permission)
            << backup.error.toString().toStdString();
    EXPECT_TRUE(backup.error.message().contains(u"SELECT"_s))
            << backup.error.message().toStdString();
    EXPECT_TRUE(backup.error.message().contains(role));
    EXPECT_TRUE(filesIn(m_dir.path()).isEmpty());

    const QString file = m_dir.filePath(u"ok.backup"_s);
    backupOrFail(*admin(), file);
    const QString target = uniqueName(u"t_denied"_s);
    const RestoreResult restore = weak.restoreAs(file, target, progress);
    ASSERT_EQ(restore.error.code(), DbError::Code::Permission)
            << restore.error.toString().toStdString();
    EXPECT_TRUE(restore.error.message().contains(u"CREATEDB"_s))
            << restore.error.message().toStdString();
    EXPECT_FALSE(databaseExists(target));

    // A wrong password is a connection error that names the user.
    PostgresAdmin wrong(s, u"not-the-password"_s);
    const auto fp = wrong.fingerprint();
    EXPECT_EQ(fp.error.code(), DbError::Code::Connection);
    EXPECT_TRUE(fp.error.message().contains(role));
}

TEST_F(PostgresAdminTest, CancelDuringTheDumpStopsAndLeavesNoFile)
{
    createSchema(50);
    exec(u"CREATE TABLE \"Big\" AS SELECT g AS n, repeat(md5(g::text), 30) AS t FROM "
         "generate_series(1, 200000) g"_s);
    auto a = admin();
    RecordingProgress progress;
    progress.cancelWhen([](const QString &text) {
        return text.contains(u"table public.Big"_s) || text.contains(u"public.Big"_s);
    });
    BackupRequest request;
    request.outputPath = m_dir.filePath(u"cancelled.backup"_s);
    const BackupResult r = a->backup(request, progress);
    EXPECT_EQ(r.error.code(), DbError::Code::Cancelled) << r.error.toString().toStdString();
    EXPECT_TRUE(filesIn(m_dir.path()).isEmpty()) << filesIn(m_dir.path()).join(u',').toStdString();
}

TEST_F(PostgresAdminTest, CancelDuringTheVerificationStopsBothPassesAndLeavesNoFile)
{
    // The full read (pg_restore) and the SHA-256 run at the same time: a cancel stops both.
    createSchema(50);
    exec(u"CREATE TABLE \"Big\" AS SELECT g AS n, repeat(md5(g::text), 30) AS t FROM "
         "generate_series(1, 200000) g"_s);
    class CancelInVerification : public RecordingProgress
    {
    public:
        void setFraction(double fraction) override
        {
            RecordingProgress::setFraction(fraction);
            if (fraction > 0.86 && fraction < 0.99) { // past the dump (0.85), before the end
                seen = true;
                cancel.cancel();
            }
        }
        Cancellation cancellation() const override { return cancel; }
        Cancellation cancel;
        bool seen = false;
    };
    auto a = admin();
    CancelInVerification progress;
    BackupRequest request;
    request.outputPath = m_dir.filePath(u"cancelled.backup"_s);
    request.compressionLevel = 0; // a bigger file: the hash takes a while
    const BackupResult r = a->backup(request, progress);
    ASSERT_TRUE(progress.seen) << "verification progress was reported";
    EXPECT_EQ(r.error.code(), DbError::Code::Cancelled) << r.error.toString().toStdString();
    EXPECT_TRUE(filesIn(m_dir.path()).isEmpty()) << filesIn(m_dir.path()).join(u',').toStdString();
}

TEST_F(PostgresAdminTest, FingerprintIdentifiesTheDatabase)
{
    createSchema(10);
    auto a = admin();
    const auto first = a->fingerprint();
    ASSERT_TRUE(first.ok()) << first.error.toString().toStdString();
    EXPECT_EQ(first.value.database, databaseName());
    EXPECT_EQ(first.value.server, u"%1:%2"_s.arg(server().host).arg(server().port));
    EXPECT_FALSE(first.value.databaseId.isEmpty());
    EXPECT_FALSE(first.value.systemIdentifier.isEmpty()); // the test user is a superuser
    EXPECT_EQ(first.value.rowCounts.value(u"SysPackage"_s), 40);
    EXPECT_EQ(first.value.rowCounts.value(u"SmrIntegrationObject"_s), 8);
    EXPECT_EQ(a->fingerprint().value, first.value);

    exec(u"DELETE FROM \"SysPackage\" WHERE \"Name\" = 'Package1'"_s);
    const auto changed = a->fingerprint();
    EXPECT_NE(changed.value, first.value);
    EXPECT_TRUE(changed.value.sameDatabase(first.value));

    // A copy has other identity.
    const QString file = m_dir.filePath(u"fp.backup"_s);
    backupOrFail(*a, file);
    const QString copy = uniqueName(u"t_fp"_s);
    LogProgress progress;
    ASSERT_TRUE(a->restoreAs(file, copy, progress).ok());
    const auto other = admin(copy)->fingerprint();
    ASSERT_TRUE(other.ok());
    EXPECT_FALSE(other.value.sameDatabase(changed.value));
    EXPECT_EQ(other.value.rowCounts, changed.value.rowCounts);
    EXPECT_FALSE(changed.value.differences(other.value).isEmpty());
}

TEST_F(PostgresAdminTest, ToolsOlderThanTheServerAreReported)
{
    ProcessRunner runner;
    DbError error;
    const auto tools = PostgresTools::find(99, {}, runner, &error);
    EXPECT_FALSE(tools);
    EXPECT_EQ(error.code(), DbError::Code::ToolTooOld) << error.toString().toStdString();
    EXPECT_TRUE(error.message().contains(u"99"_s));

    const auto found = PostgresTools::find(0, {}, runner, &error);
    ASSERT_TRUE(found);
    EXPECT_TRUE(QFileInfo(found->pgRestore).isExecutable());
    EXPECT_GE(found->version.majorVersion(), 10);
}

} // namespace
