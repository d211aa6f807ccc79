// Small pieces of core/database: quoting and name checks per DBMS, the fingerprint value type,
// the free-space rule, the partial-file rule, the PostgreSQL tool search.
#include "QtPrinters.h"

#include "database/BackupInfo.h"
#include "database/BackupSpaceCheck.h"
#include "database/DbFingerprint.h"
#include "database/PartialFile.h"
#include "database/PostgresTools.h"
#include "database/SqlDialect.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;

namespace {

TEST(SqlDialect, QuotesIdentifiersAndStringsPerDbms)
{
    const SqlDialect pg(DatabaseKind::PostgreSql), ms(DatabaseKind::MsSql),
            lite(DatabaseKind::Sqlite);
    EXPECT_EQ(pg.quoteIdentifier(u"SmrSyncHistory"_s), u"\"SmrSyncHistory\""_s);
    EXPECT_EQ(pg.quoteIdentifier(u"a\"b"_s), u"\"a\"\"b\""_s);
    EXPECT_EQ(lite.quoteIdentifier(u"a\"b"_s), u"\"a\"\"b\""_s);
    EXPECT_EQ(ms.quoteIdentifier(u"SmrSyncHistory"_s), u"[SmrSyncHistory]"_s);
    EXPECT_EQ(ms.quoteIdentifier(u"a]b[c"_s), u"[a]]b[c]"_s);
    EXPECT_EQ(pg.quoteString(u"it's"_s), u"'it''s'"_s);
    EXPECT_EQ(ms.quoteString(u"D:\\it's"_s), u"N'D:\\it''s'"_s);
    EXPECT_EQ(pg.trueLiteral(), u"TRUE"_s);
    EXPECT_EQ(ms.trueLiteral(), u"1"_s);
}

TEST(SqlDialect, AcceptsOnlyPlainEntityNames)
{
    for (const QString &good : {u"SmrSyncHistory"_s, u"_x1"_s, u"QRTZ_TRIGGERS"_s})
        EXPECT_TRUE(SqlDialect::isPlainIdentifier(good)) << good.toStdString();
    for (const QString &bad : {u""_s, u"1abc"_s, u"a b"_s, u"a\"b"_s, u"a;drop"_s, u"Таблица"_s,
                               u"a]b"_s, QString(129, u'a')})
        EXPECT_FALSE(SqlDialect::isPlainIdentifier(bad)) << bad.toStdString();
}

TEST(SqlDialect, DatabaseNamesWithinTheLimitsOfEachDbms)
{
    const SqlDialect pg(DatabaseKind::PostgreSql), ms(DatabaseKind::MsSql);
    QString why;
    EXPECT_TRUE(pg.isAcceptableDatabaseName(u"bpm \"test\"; x"_s, &why));
    EXPECT_TRUE(pg.isAcceptableDatabaseName(QString(63, u'x'), &why));
    EXPECT_FALSE(pg.isAcceptableDatabaseName(QString(64, u'x'), &why));
    EXPECT_FALSE(pg.isAcceptableDatabaseName(QString(32, u'я'), &why)); // 64 bytes
    EXPECT_TRUE(ms.isAcceptableDatabaseName(QString(128, u'я'), &why));
    EXPECT_FALSE(ms.isAcceptableDatabaseName(QString(129, u'x'), &why));
    EXPECT_FALSE(pg.isAcceptableDatabaseName(u"a\u200Bb"_s, &why)); // a format character
    EXPECT_FALSE(pg.isAcceptableDatabaseName(u"tab\there"_s, &why));
    EXPECT_FALSE(pg.isAcceptableDatabaseName(u"trailing "_s, &why));
    EXPECT_FALSE(why.isEmpty());
}

DbFingerprint sample()
{
    DbFingerprint f;
    f.kind = DatabaseKind::PostgreSql;
    f.server = u"db01:5432"_s;
    f.database = u"BPMSoft"_s;
    f.systemIdentifier = u"7301234567890123456"_s;
    f.databaseId = u"16384"_s;
    f.rowCounts = {{u"SysPackage"_s, 120}, {u"SysSettings"_s, 900}};
    return f;
}

TEST(DbFingerprint, EqualityIdentityAndDifferences)
{
    const DbFingerprint a = sample();
    DbFingerprint b = a;
    EXPECT_EQ(a, b);
    b.rowCounts[u"SysPackage"_s] = 121;
    EXPECT_NE(a, b);
    EXPECT_TRUE(a.sameDatabase(b));
    EXPECT_EQ(a.differences(b), QStringList{u"rows in SysPackage: 120 → 121"_s});
    b = a;
    b.databaseId = u"99999"_s;
    EXPECT_FALSE(a.sameDatabase(b));
    b.database = u"BPMSoft_Test"_s;
    const QStringList diff = a.differences(b);
    EXPECT_EQ(diff.size(), 2);
    EXPECT_TRUE(diff.contains(u"database: BPMSoft → BPMSoft_Test"_s));
    b = a;
    b.rowCounts.remove(u"SysSettings"_s);
    EXPECT_EQ(a.differences(b), QStringList{u"rows in SysSettings: 900 → (none)"_s});
    EXPECT_TRUE(DbFingerprint().isNull());
}

TEST(DbFingerprint, TextAndJsonRoundTrip)
{
    DbFingerprint a = sample();
    a.createdOn = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 600), Qt::UTC);
    EXPECT_EQ(a.toString(), u"postgresql db01:5432/BPMSoft sysid=7301234567890123456 id=16384 "
                            "created=2024-01-02T03:04:05Z rows[SysPackage=120, SysSettings=900]"_s);
    const QByteArray json = QJsonDocument(a.toJson()).toJson();
    const auto back = DbFingerprint::fromJson(QJsonDocument::fromJson(json).object());
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, a);
    EXPECT_FALSE(DbFingerprint::fromJson(
            QJsonObject{{u"kind"_s, u"oracle"_s}, {u"database"_s, u"x"_s}}));
    EXPECT_FALSE(DbFingerprint::fromJson(
            QJsonObject{{u"kind"_s, u"mssql"_s},
                        {u"database"_s, u"x"_s},
                        {u"rowCounts"_s, QJsonObject{{u"t"_s, u"many"_s}}}}));
}

TEST(DbFingerprint, DefaultTablesIncludeTheConnectorsObjects)
{
    ConnectorSettings c;
    c.integrationObjectTable = u"MyObjects"_s;
    EXPECT_TRUE(DbFingerprint::defaultTables(c).contains(u"MyObjects"_s));
    EXPECT_TRUE(DbFingerprint::defaultTables().contains(u"SysPackage"_s));
}

TEST(BackupInfo, JsonRoundTrip)
{
    BackupInfo b;
    b.path = u"/backups/prod.backup"_s;
    b.format = u"postgresql-custom"_s;
    b.sizeBytes = 123456789012;
    b.sha256 = QString(64, u'a');
    b.verified = true;
    b.source = sample();
    b.finishedAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const auto back = BackupInfo::fromJson(b.toJson());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->sizeBytes, b.sizeBytes);
    EXPECT_EQ(back->sha256, b.sha256);
    EXPECT_EQ(back->source, b.source);
    EXPECT_EQ(back->finishedAt, b.finishedAt);
    EXPECT_TRUE(back->verified);
    EXPECT_FALSE(BackupInfo::fromJson({}));
}

class LimitedSpace : public FreeSpaceProvider
{
public:
    std::optional<qint64> bytes;
    std::optional<qint64> availableBytes(const QString &) const override { return bytes; }
};

TEST(BackupSpaceCheck, RequiresSizeTimesFactorPlusMargin)
{
    const qint64 gb = 1LL << 30;
    EXPECT_EQ(BackupSpaceCheck::requiredBytes(gb, 1.0), gb + BackupSpaceCheck::MarginBytes);
    LimitedSpace space;
    space.bytes = gb + BackupSpaceCheck::MarginBytes;
    EXPECT_FALSE(BackupSpaceCheck::check(space, u"/b"_s, gb, 1.0).isError());
    space.bytes = gb + BackupSpaceCheck::MarginBytes - 1;
    const DbError e = BackupSpaceCheck::check(space, u"/b"_s, gb, 1.0);
    EXPECT_EQ(e.code(), DbError::Code::NotEnoughSpace);
    EXPECT_TRUE(e.message().contains(QDir::toNativeSeparators(u"/b"_s)));
    space.bytes.reset();
    QString note;
    EXPECT_FALSE(BackupSpaceCheck::check(space, u"/b"_s, gb, 1.0, &note).isError());
    EXPECT_FALSE(note.isEmpty());
}

TEST(PartialFile, OnlyACommittedFileGetsTheFinalName)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"b.backup"_s);
    {
        PartialFile p(target);
        ASSERT_TRUE(p.prepare(nullptr));
        QFile f(p.temporaryPath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("half");
    } // not committed: gone
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    {
        PartialFile p(target);
        QFile f(p.temporaryPath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("whole");
        f.close();
        ASSERT_TRUE(p.commit(false, nullptr));
    }
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"b.backup"_s});
    PartialFile again(target);
    QFile f(again.temporaryPath());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    QString error;
    EXPECT_FALSE(again.commit(false, &error)); // no silent overwrite
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(again.commit(true, &error));
}

TEST(PostgresTools, ParsesVersions)
{
    EXPECT_EQ(PostgresTools::parseVersion(u"pg_dump (PostgreSQL) 15.4 (Debian 15.4-1.pgdg120+1)"_s),
              QVersionNumber(15, 4));
    EXPECT_EQ(PostgresTools::parseVersion(u"pg_dump (PostgreSQL) 9.6.24"_s), QVersionNumber(9, 6));
    EXPECT_EQ(PostgresTools::parseVersion(u"pg_dump (PostgreSQL) 17devel"_s), QVersionNumber(17));
    EXPECT_FALSE(PostgresTools::parseVersion(u"command not found"_s));
}

TEST(PostgresTools, LooksInTheGivenFolderFirstThenTheServersVersion)
{
    const QStringList dirs = PostgresTools::candidateDirs(15, u"/opt/pg/bin"_s);
    ASSERT_FALSE(dirs.isEmpty());
    EXPECT_EQ(dirs.first(), u"/opt/pg/bin"_s);
#ifndef Q_OS_WIN
    EXPECT_TRUE(dirs.contains(u"/usr/lib/postgresql/15/bin"_s));
    EXPECT_LT(dirs.indexOf(u"/usr/lib/postgresql/15/bin"_s), dirs.indexOf(u"/usr/pgsql-15/bin"_s));
#endif
}

#ifndef Q_OS_WIN
TEST(PostgresTools, FindsToolsOfAGivenFolderAndChecksTheirVersion)
{
    QTemporaryDir dir;
    auto tool = [&](const QString &name, const QString &version) {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(u"#!/bin/sh\necho '%1 (PostgreSQL) %2'\n"_s.arg(name, version).toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    };
    tool(u"pg_dump"_s, u"42.1"_s);
    tool(u"pg_restore"_s, u"42.1"_s);
    ProcessRunner runner;
    DbError error;
    const auto found = PostgresTools::find(42, dir.path(), runner, &error);
    ASSERT_TRUE(found) << error.toString().toStdString();
    EXPECT_EQ(found->pgDump, dir.filePath(u"pg_dump"_s));
    EXPECT_EQ(found->version, QVersionNumber(42, 1));
    // Too old for a newer server: said so, with the folder.
    const auto tooOld = PostgresTools::find(43, dir.path(), runner, &error);
    EXPECT_FALSE(tooOld);
    EXPECT_EQ(error.code(), DbError::Code::ToolTooOld);
    EXPECT_TRUE(error.message().contains(u"43"_s));
    EXPECT_TRUE(error.details().contains(dir.path()));
}
#endif

} // namespace
