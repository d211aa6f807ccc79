#include "MsSqlStatements.h"

#include "SqlDialect.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

const SqlDialect Dialect(DatabaseKind::MsSql);

QString name(const QString &n)
{
    return Dialect.quoteIdentifier(n);
}

QString literal(const QString &text)
{
    return Dialect.quoteString(text);
}

/// Characters a file name on the server must not contain.
QString fileSafe(QString text)
{
    static const QRegularExpression bad(u"[<>:\"/\\\\|?*\\x00-\\x1f]"_s);
    text.replace(bad, u"_"_s);
    return text;
}

QString separatorOf(const QString &path)
{
    return path.contains(u'\\') || (path.size() > 1 && path.at(1) == u':') ? u"\\"_s : u"/"_s;
}

QString withSeparator(const QString &dir)
{
    if (dir.isEmpty() || dir.endsWith(u'\\') || dir.endsWith(u'/'))
        return dir;
    return dir + separatorOf(dir);
}

QString directoryOf(const QString &path)
{
    const qsizetype cut = qMax(path.lastIndexOf(u'\\'), path.lastIndexOf(u'/'));
    return cut < 0 ? QString() : path.left(cut + 1);
}

QString extensionOf(const QString &path)
{
    const QString file = path.mid(qMax(path.lastIndexOf(u'\\'), path.lastIndexOf(u'/')) + 1);
    const qsizetype dot = file.lastIndexOf(u'.');
    return dot <= 0 ? QString() : file.mid(dot);
}

} // namespace

QString MsSqlStatements::backup(const QString &database, const QString &path, bool compression)
{
    return u"BACKUP DATABASE %1 TO DISK = %2 WITH COPY_ONLY, %3CHECKSUM, INIT, FORMAT, NAME = %4, "
           "STATS = 5"_s.arg(name(database), literal(path),
                             compression ? u"COMPRESSION, "_s : QString(),
                             literal(database.left(100) + u" pre-upgrade copy-only"_s));
}

QString MsSqlStatements::verifyOnly(const QString &path)
{
    return u"RESTORE VERIFYONLY FROM DISK = %1 WITH CHECKSUM, STATS = 10"_s.arg(literal(path));
}

QString MsSqlStatements::fileListOnly(const QString &path)
{
    return u"RESTORE FILELISTONLY FROM DISK = %1"_s.arg(literal(path));
}

QString MsSqlStatements::headerOnly(const QString &path)
{
    return u"RESTORE HEADERONLY FROM DISK = %1"_s.arg(literal(path));
}

QString MsSqlStatements::restoreAs(const QString &database, const QString &path,
                                   const QList<FileMove> &moves)
{
    QStringList with{u"FILE = 1"_s};
    for (const FileMove &m : moves)
        with.append(u"MOVE %1 TO %2"_s.arg(literal(m.logicalName), literal(m.physicalPath)));
    with += {u"RECOVERY"_s, u"CHECKSUM"_s, u"STATS = 5"_s};
    return u"RESTORE DATABASE %1 FROM DISK = %2 WITH %3"_s.arg(name(database), literal(path),
                                                               with.join(u", "_s));
}

QString MsSqlStatements::setSingleUser(const QString &database)
{
    return u"ALTER DATABASE %1 SET SINGLE_USER WITH ROLLBACK IMMEDIATE"_s.arg(name(database));
}

QString MsSqlStatements::restoreReplace(const QString &database, const QString &path)
{
    return u"RESTORE DATABASE %1 FROM DISK = %2 WITH REPLACE, RECOVERY, CHECKSUM, STATS = 5"_s.arg(
            name(database), literal(path));
}

QString MsSqlStatements::setMultiUser(const QString &database)
{
    return u"ALTER DATABASE %1 SET MULTI_USER"_s.arg(name(database));
}

QString MsSqlStatements::dropDatabase(const QString &database)
{
    return u"DROP DATABASE %1"_s.arg(name(database));
}

QString MsSqlStatements::kill(int sessionId)
{
    return u"KILL %1"_s.arg(sessionId);
}

QString MsSqlStatements::serverInfoQuery()
{
    return u"SELECT CAST(SERVERPROPERTY('EngineEdition') AS int), CAST(SERVERPROPERTY('Edition') "
           "AS nvarchar(128)), CAST(SERVERPROPERTY('ProductVersion') AS nvarchar(128)), "
           "@@SERVERNAME"_s;
}

QString MsSqlStatements::progressQuery()
{
    return u"SELECT r.percent_complete, r.command FROM sys.dm_exec_requests r WHERE r.session_id "
           "= ?"_s;
}

QString MsSqlStatements::defaultPathsQuery()
{
    return u"SELECT CAST(SERVERPROPERTY('InstanceDefaultDataPath') AS nvarchar(4000)), "
           "CAST(SERVERPROPERTY('InstanceDefaultLogPath') AS nvarchar(4000))"_s;
}

QString MsSqlStatements::databaseIdQuery()
{
    return u"SELECT DB_ID(?)"_s;
}

QString MsSqlStatements::databaseSizeQuery()
{
    return u"SELECT SUM(CAST(size AS bigint)) * 8192 FROM sys.master_files WHERE database_id = "
           "DB_ID(?)"_s;
}

bool MsSqlStatements::editionSupportsCompression(int engineEdition, const QString &edition)
{
    if (engineEdition == 8) // Azure SQL Managed Instance
        return true;
    if (engineEdition != 2 && engineEdition != 3)
        return false;
    // EngineEdition 2 also covers Web; 3 covers Enterprise, Developer and Evaluation.
    return !edition.contains(u"Web"_s, Qt::CaseInsensitive) &&
           !edition.contains(u"Express"_s, Qt::CaseInsensitive);
}

QList<MsSqlStatements::FileMove> MsSqlStatements::moveList(const QList<BackupFile> &files,
                                                           const QString &newName,
                                                           const QString &dataDir,
                                                           const QString &logDir)
{
    QList<FileMove> moves;
    const QString base = fileSafe(newName);
    int data = 0, log = 0, other = 0;
    for (const BackupFile &f : files) {
        const QString type = f.type.trimmed().toUpper();
        const bool isLog = type == u"L"_s;
        QString dir = isLog ? logDir : dataDir;
        if (dir.isEmpty())
            dir = directoryOf(f.physicalName);
        dir = withSeparator(dir);
        QString file;
        if (isLog) {
            ++log;
            file = log == 1 ? base + u"_log.ldf"_s : u"%1_log%2.ldf"_s.arg(base).arg(log);
        } else if (type == u"D"_s) {
            ++data;
            file = data == 1 ? base + u".mdf"_s : u"%1_%2.ndf"_s.arg(base).arg(data);
        } else {
            // Full-text catalogs and FILESTREAM containers: folders; keep any extension.
            ++other;
            file = u"%1_%2_%3%4"_s.arg(base, fileSafe(f.logicalName))
                           .arg(other)
                           .arg(extensionOf(f.physicalName));
        }
        moves.append({f.logicalName, dir + file});
    }
    return moves;
}

QList<MsSqlStatements::BackupFile> MsSqlStatements::parseFileList(const QStringList &columns,
                                                                  const QList<QVariantList> &rows)
{
    auto index = [&](const QString &column) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            if (columns.at(i).compare(column, Qt::CaseInsensitive) == 0)
                return int(i);
        return -1;
    };
    const int logical = index(u"LogicalName"_s);
    const int physical = index(u"PhysicalName"_s);
    const int type = index(u"Type"_s);
    QList<BackupFile> files;
    if (logical < 0 || physical < 0 || type < 0)
        return files;
    for (const QVariantList &row : rows)
        files.append({row.value(logical).toString(), row.value(physical).toString(),
                      row.value(type).toString()});
    return files;
}

bool MsSqlStatements::checkName(const QString &text, QString *why)
{
    return Dialect.isAcceptableDatabaseName(text, why);
}

bool MsSqlStatements::checkPath(const QString &path, QString *why)
{
    auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    static const QRegularExpression absolute(u"^([A-Za-z]:[\\\\/]|\\\\\\\\[^\\\\]+\\\\|/)"_s);
    if (!absolute.match(path).hasMatch())
        return refuse(tr("\"%1\" is not an absolute path on the SQL Server host (like "
                         "D:\\Backup\\BPMSoft.bak).")
                              .arg(path));
    for (const QChar c : path)
        if (c.category() == QChar::Other_Control || c.isNull())
            return refuse(tr("The path contains a control character."));
    if (path.size() > 259)
        return refuse(tr("The path is longer than 259 characters."));
    return true;
}

} // namespace upgrade
