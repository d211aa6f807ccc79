// The T-SQL MsSqlAdmin sends, compared with databases-and-iis.md §1 text for text; quoting of
// hostile names and paths; the MOVE list; the edition rule for compression; the ODBC string.
#include "QtPrinters.h"

#include "database/MsSqlConnector.h"
#include "database/MsSqlStatements.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;
using Move = MsSqlStatements::FileMove;

namespace {

TEST(MsSqlStatements, BackupIsCopyOnlyWithChecksumInitFormatAndStats)
{
    EXPECT_EQ(MsSqlStatements::backup(u"ProdDb"_s, u"D:\\Backup\\ProdDb_20260101_1200.bak"_s, true),
              u"BACKUP DATABASE [ProdDb] TO DISK = N'D:\\Backup\\ProdDb_20260101_1200.bak' WITH "
              "COPY_ONLY, COMPRESSION, CHECKSUM, INIT, FORMAT, NAME = N'ProdDb pre-upgrade "
              "copy-only', STATS = 5"_s);
    EXPECT_EQ(MsSqlStatements::backup(u"ProdDb"_s, u"D:\\b.bak"_s, false),
              u"BACKUP DATABASE [ProdDb] TO DISK = N'D:\\b.bak' WITH COPY_ONLY, CHECKSUM, INIT, "
              "FORMAT, NAME = N'ProdDb pre-upgrade copy-only', STATS = 5"_s);
}

TEST(MsSqlStatements, VerifyFileListAndHeader)
{
    EXPECT_EQ(MsSqlStatements::verifyOnly(u"D:\\b.bak"_s),
              u"RESTORE VERIFYONLY FROM DISK = N'D:\\b.bak' WITH CHECKSUM, STATS = 10"_s);
    EXPECT_EQ(MsSqlStatements::fileListOnly(u"D:\\b.bak"_s),
              u"RESTORE FILELISTONLY FROM DISK = N'D:\\b.bak'"_s);
    EXPECT_EQ(MsSqlStatements::headerOnly(u"D:\\b.bak"_s),
              u"RESTORE HEADERONLY FROM DISK = N'D:\\b.bak'"_s);
}

TEST(MsSqlStatements, RestoreUnderANewNameMovesEveryFile)
{
    const QList<Move> moves{{u"TSOnline_Data"_s, u"E:\\SQLData\\ProdDb_Test.mdf"_s},
                            {u"TSOnline_Log"_s, u"F:\\SQLLog\\ProdDb_Test_log.ldf"_s}};
    EXPECT_EQ(MsSqlStatements::restoreAs(u"ProdDb_Test"_s, u"D:\\Backup\\ProdDb.bak"_s, moves),
              u"RESTORE DATABASE [ProdDb_Test] FROM DISK = N'D:\\Backup\\ProdDb.bak' WITH FILE = "
              "1, MOVE N'TSOnline_Data' TO N'E:\\SQLData\\ProdDb_Test.mdf', MOVE N'TSOnline_Log' "
              "TO N'F:\\SQLLog\\ProdDb_Test_log.ldf', RECOVERY, CHECKSUM, STATS = 5"_s);
}

TEST(MsSqlStatements, RollbackIsSingleUserReplaceMultiUser)
{
    EXPECT_EQ(MsSqlStatements::setSingleUser(u"ProdDb"_s),
              u"ALTER DATABASE [ProdDb] SET SINGLE_USER WITH ROLLBACK IMMEDIATE"_s);
    EXPECT_EQ(MsSqlStatements::restoreReplace(u"ProdDb"_s, u"D:\\b.bak"_s),
              u"RESTORE DATABASE [ProdDb] FROM DISK = N'D:\\b.bak' WITH REPLACE, RECOVERY, "
              "CHECKSUM, STATS = 5"_s);
    EXPECT_EQ(MsSqlStatements::setMultiUser(u"ProdDb"_s),
              u"ALTER DATABASE [ProdDb] SET MULTI_USER"_s);
    EXPECT_EQ(MsSqlStatements::kill(57), u"KILL 57"_s);
}

TEST(MsSqlStatements, HostileNamesAndPathsAreQuoted)
{
    const QString sql = MsSqlStatements::backup(u"Evil]; DROP DATABASE [master]; --"_s,
                                                u"D:\\x'; DROP TABLE t; --.bak"_s, false);
    EXPECT_TRUE(sql.startsWith(u"BACKUP DATABASE [Evil]]; DROP DATABASE [master]]; --] TO DISK = "
                               "N'D:\\x''; DROP TABLE t; --.bak' WITH"_s))
            << sql.toStdString();
    EXPECT_TRUE(
            sql.contains(u"NAME = N'Evil]; DROP DATABASE [master]; -- pre-upgrade copy-only'"_s));
}

TEST(MsSqlStatements, NamesAndPathsThatCannotBeUsedAreRefused)
{
    QString why;
    EXPECT_TRUE(MsSqlStatements::checkName(u"BPMSoft_Test"_s, &why));
    EXPECT_TRUE(MsSqlStatements::checkName(u"БПМ тест"_s, &why));
    EXPECT_FALSE(MsSqlStatements::checkName(u""_s, &why));
    EXPECT_FALSE(MsSqlStatements::checkName(u"a\nb"_s, &why));
    EXPECT_FALSE(MsSqlStatements::checkName(QString(129, u'x'), &why));
    EXPECT_FALSE(why.isEmpty());

    EXPECT_TRUE(MsSqlStatements::checkPath(u"D:\\Backup\\a.bak"_s, &why));
    EXPECT_TRUE(MsSqlStatements::checkPath(u"\\\\nas\\backup\\a.bak"_s, &why));
    EXPECT_TRUE(MsSqlStatements::checkPath(u"/var/opt/mssql/backup/a.bak"_s, &why));
    EXPECT_FALSE(MsSqlStatements::checkPath(u"a.bak"_s, &why));
    EXPECT_TRUE(why.contains(u"SQL Server host"_s));
    EXPECT_FALSE(MsSqlStatements::checkPath(u"backup\\a.bak"_s, &why));
    EXPECT_FALSE(MsSqlStatements::checkPath(u"D:\\a\tb.bak"_s, &why));
    EXPECT_FALSE(MsSqlStatements::checkPath(u"D:\\"_s + QString(300, u'x'), &why));
}

TEST(MsSqlStatements, CompressionOnlyWhereTheEditionHasIt)
{
    EXPECT_TRUE(MsSqlStatements::editionSupportsCompression(3, u"Enterprise Edition (64-bit)"_s));
    EXPECT_TRUE(MsSqlStatements::editionSupportsCompression(3, u"Developer Edition (64-bit)"_s));
    EXPECT_TRUE(MsSqlStatements::editionSupportsCompression(2, u"Standard Edition (64-bit)"_s));
    EXPECT_TRUE(MsSqlStatements::editionSupportsCompression(8, u"SQL Azure"_s));
    EXPECT_FALSE(MsSqlStatements::editionSupportsCompression(4, u"Express Edition (64-bit)"_s));
    EXPECT_FALSE(MsSqlStatements::editionSupportsCompression(2, u"Web Edition (64-bit)"_s));
    EXPECT_FALSE(MsSqlStatements::editionSupportsCompression(5, u"SQL Azure"_s));
}

TEST(MsSqlStatements, MoveListNamesFilesAfterTheNewDatabase)
{
    const QList<MsSqlStatements::BackupFile> files{
            {u"TSOnline_Data"_s, u"C:\\Data\\TS_Data.mdf"_s, u"D"_s},
            {u"TSOnline_Log"_s, u"C:\\Logs\\TS_Log.ldf"_s, u"L"_s},
            {u"Extra"_s, u"C:\\Data\\TS_Extra.ndf"_s, u"D"_s},
            {u"FT:Catalog"_s, u"C:\\Data\\ftcat"_s, u"F"_s}};
    EXPECT_EQ(MsSqlStatements::moveList(files, u"BPM_Test"_s, u"E:\\SQLData\\"_s, u"F:\\SQLLog"_s),
              (QList<Move>{{u"TSOnline_Data"_s, u"E:\\SQLData\\BPM_Test.mdf"_s},
                           {u"TSOnline_Log"_s, u"F:\\SQLLog\\BPM_Test_log.ldf"_s},
                           {u"Extra"_s, u"E:\\SQLData\\BPM_Test_2.ndf"_s},
                           {u"FT:Catalog"_s, u"E:\\SQLData\\BPM_Test_FT_Catalog_1"_s}}));
    // No default folders (before SQL Server 2012): beside the original files.
    EXPECT_EQ(MsSqlStatements::moveList(files.mid(0, 2), u"a/b:c"_s, {}, {}),
              (QList<Move>{{u"TSOnline_Data"_s, u"C:\\Data\\a_b_c.mdf"_s},
                           {u"TSOnline_Log"_s, u"C:\\Logs\\a_b_c_log.ldf"_s}}));
    // SQL Server on Linux.
    EXPECT_EQ(MsSqlStatements::moveList(files.mid(0, 1), u"t"_s, u"/var/opt/mssql/data"_s, {}),
              (QList<Move>{{u"TSOnline_Data"_s, u"/var/opt/mssql/data/t.mdf"_s}}));
}

TEST(MsSqlStatements, FileListColumnsAreFoundByName)
{
    const auto files = MsSqlStatements::parseFileList(
            {u"LogicalName"_s, u"PhysicalName"_s, u"Type"_s, u"FileGroupName"_s, u"Size"_s},
            {{u"a"_s, u"C:\\a.mdf"_s, u"D"_s, u"PRIMARY"_s, 8192},
             {u"b"_s, u"C:\\b.ldf"_s, u"L"_s, QVariant(), 1024}});
    ASSERT_EQ(files.size(), 2);
    EXPECT_EQ(files[1].logicalName, u"b"_s);
    EXPECT_EQ(files[1].type, u"L"_s);
    EXPECT_TRUE(MsSqlStatements::parseFileList({u"x"_s}, {{1}}).isEmpty());
}

TEST(MsSqlConnector, ConnectionStringEscapesValues)
{
    DatabaseSettings s;
    s.kind = DatabaseKind::MsSql;
    s.host = u"sql01"_s;
    s.port = 1433;
    s.user = u"bpm"_s;
    s.odbcDriver = u"ODBC Driver 18 for SQL Server"_s;
    EXPECT_EQ(MsSqlConnector::connectionString(s, u"p@ss;wo}rd"_s, u"master"_s),
              u"DRIVER={ODBC Driver 18 for SQL Server};SERVER=tcp:sql01,1433;DATABASE=master;"
              "UID=bpm;PWD={p@ss;wo}}rd};APP=bpmsoft-upgrade;"_s);
    s.user.clear();
    s.host = u"sql01\\BPM"_s;
    EXPECT_EQ(MsSqlConnector::connectionString(s, {}, u"My;Db"_s),
              u"DRIVER={ODBC Driver 18 for SQL Server};SERVER=sql01\\BPM;DATABASE={My;Db};"
              "Trusted_Connection=yes;APP=bpmsoft-upgrade;"_s);
    s.odbcDriver = u"FreeTDS"_s;
    s.host = u"sql01"_s;
    s.user = u"bpm"_s;
    EXPECT_EQ(MsSqlConnector::connectionString(s, u"x"_s, u"master"_s),
              u"DRIVER={FreeTDS};SERVER=sql01;PORT=1433;TDS_Version=7.4;ClientCharset=UTF-8;"
              "DATABASE=master;UID=bpm;PWD=x;APP=bpmsoft-upgrade;"_s);
}

} // namespace
