#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace upgrade {

/// The T-SQL of MsSqlAdmin, exactly as databases-and-iis.md §1 gives it, with names quoted as
/// [name] and paths as N'…' literals (quotes doubled). BACKUP/RESTORE take no parameters
/// through ODBC, hence literals; every name and path is checked (checkName/checkPath) before it
/// gets here. Stateless; thread-safe.
class MsSqlStatements
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::MsSqlStatements)
public:
    /// One row of RESTORE FILELISTONLY.
    struct BackupFile
    {
        QString logicalName;
        QString physicalName;
        QString type; ///< D data, L log, F full-text, S FILESTREAM / memory-optimized
    };
    /// One MOVE of RESTORE … WITH MOVE.
    struct FileMove
    {
        QString logicalName;
        QString physicalPath;
        bool operator==(const FileMove &) const = default;
    };

    static QString backup(const QString &database, const QString &path, bool compression);
    static QString verifyOnly(const QString &path);
    static QString fileListOnly(const QString &path);
    static QString headerOnly(const QString &path);
    static QString restoreAs(const QString &database, const QString &path,
                             const QList<FileMove> &moves);
    static QString setSingleUser(const QString &database);
    static QString restoreReplace(const QString &database, const QString &path);
    static QString setMultiUser(const QString &database);
    static QString dropDatabase(const QString &database);
    static QString kill(int sessionId);

    /// EngineEdition, Edition, ProductVersion, @@SERVERNAME.
    static QString serverInfoQuery();
    /// percent_complete of one session's request (bind: the session id).
    static QString progressQuery();
    /// InstanceDefaultDataPath, InstanceDefaultLogPath (NULL before SQL Server 2012).
    static QString defaultPathsQuery();
    /// DB_ID (bind: the name): NULL when there is no such database.
    static QString databaseIdQuery();
    /// Bytes of data and log files of a database (bind: the name).
    static QString databaseSizeQuery();

    /// Backup compression exists on Enterprise, Standard and Developer (and Evaluation, and
    /// Azure SQL Managed Instance) — not on Express or Web (backup-compression-sql-server.md).
    static bool editionSupportsCompression(int engineEdition, const QString &edition);
    /// One MOVE per file of the backup: data into `dataDir`, log into `logDir`, named after the
    /// new database ("<name>.mdf", "<name>_2.ndf", "<name>_log.ldf", …). An empty folder means
    /// "beside the file's original path". The folders are on the SQL Server host.
    static QList<FileMove> moveList(const QList<BackupFile> &files, const QString &newName,
                                    const QString &dataDir, const QString &logDir);
    /// Reads the FILELISTONLY result set (columns LogicalName, PhysicalName, Type).
    static QList<BackupFile> parseFileList(const QStringList &columns,
                                           const QList<QVariantList> &rows);

    /// A name usable in [brackets]: not empty, no control characters, at most 128 characters.
    static bool checkName(const QString &name, QString *why);
    /// An absolute path on the server host (X:\…, \\server\share\…, or /… on Linux), no control
    /// characters, at most 259 characters.
    static bool checkPath(const QString &path, QString *why);
};

} // namespace upgrade
