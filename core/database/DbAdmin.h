#pragma once

#include "BackupInfo.h"
#include "DbError.h"
#include "DbFingerprint.h"
#include "SqlDialect.h"
#include "SqlExecutor.h"
#include "util/Progress.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace upgrade {

/// What to back up to.
struct BackupRequest
{
    /// The final file. For MS SQL a path on the SQL Server host. It must not exist unless
    /// `overwrite`. Other DBMS write a temporary "<path>.partial" first and rename it only
    /// when it is complete and verified.
    QString outputPath;
    bool overwrite = false;
    /// PostgreSQL: gzip level of the custom format, 0–9. 1 is the default: measured twice as
    /// fast as pg_dump's default (6) for a 7% larger file (docs/database.md).
    int compressionLevel = 1;
    /// Every backup is verified before it is reported; this adds a trial restore (PostgreSQL).
    bool trialRestore = false;
    qint64 timeoutMs = 12LL * 3600 * 1000;
    QStringList fingerprintTables = DbFingerprint::defaultTables(); ///< recorded with the backup
};

struct BackupResult
{
    BackupInfo info;
    DbError error;
    QStringList warnings; ///< translated; e.g. "no compression on SQL Server Express"
    bool ok() const { return !error.isError(); }
};

struct VerifyRequest
{
    QString backupPath;     ///< for MS SQL a path on the SQL Server host
    QString expectedSha256; ///< when set, the file's digest must match
    /// PostgreSQL: restore it into a temporary database, then drop that.
    bool trialRestore = false;
    qint64 timeoutMs = 6LL * 3600 * 1000;
};

struct VerifyResult
{
    bool valid = false;
    qint64 sizeBytes = -1;
    QString sha256;         ///< empty when not readable here (MS SQL)
    int entries = 0;        ///< PostgreSQL: archive entries; MS SQL: backup sets
    QString sourceDatabase; ///< the database the backup was taken from, as the file says
    QString sourceVersion;  ///< the server version it was taken from, as the file says
    QDateTime createdAt;    ///< when the backup was made, as the file says
    bool trialRestored = false;
    QStringList warnings; ///< translated; e.g. "the file is on the SQL Server host: no SHA-256"
    DbError error;        ///< InvalidBackup (and details) when the file is not a valid backup
    bool ok() const { return !error.isError(); }
};

struct RestoreResult
{
    QString database;      ///< the database restored (name; SQLite: file)
    bool restored = false; ///< the database exists with the backup's data (even if `error`)
    QString keptAside;     ///< replace: the old database's name when it was kept
    QStringList warnings;  ///< translated; e.g. errors pg_restore reported and that were benign
    QStringList actions;   ///< translated; each step taken, for the step log
    qint64 elapsedMs = 0;
    DbError error;
    bool ok() const { return !error.isError(); }
};

/// Administration of one BPMSoft database: identity, backup, verification, restore under a new
/// name, replacement from a backup (rollback), and SQL access for the connector operations
/// (ConnectorTables, TestCopyNeutralizer). Implementations: PostgresAdmin, MsSqlAdmin,
/// SqliteAdmin; DbAdminFactory makes the right one from the profile.
///
/// Threading: every call is synchronous and runs on the caller's (worker) thread, opening its
/// own connections there; long calls report through Progress and stop when it is cancelled.
/// One object is used by one thread at a time. It owns nothing the caller must free.
class DbAdmin
{
public:
    virtual ~DbAdmin() = default;

    virtual DatabaseKind kind() const = 0;
    SqlDialect dialect() const { return SqlDialect(kind()); }
    /// The configured database's name (SQLite: the file).
    virtual QString databaseName() const = 0;
    /// Translated, for messages: "PostgreSQL database «BPMSoft» on db01:5432".
    virtual QString describe() const = 0;
    /// Backups are written on the database server's machine (MS SQL): paths are that
    /// machine's, and user-facing text must say so.
    virtual bool backupPathIsOnServerHost() const { return false; }

    /// A connection to the configured database, opened on the calling thread.
    virtual std::unique_ptr<SqlExecutor> openSql(DbError *error) = 0;
    virtual DbResult<DbFingerprint> fingerprint(const QStringList &rowCountTables) = 0;
    DbResult<DbFingerprint> fingerprint() { return fingerprint(DbFingerprint::defaultTables()); }
    /// The size a backup is estimated from (PostgreSQL: pg_database_size), in bytes.
    virtual DbResult<qint64> databaseSize() = 0;
    /// Whether a database of this name exists on the same server (SQLite: a file path).
    virtual DbResult<bool> databaseExists(const QString &name) = 0;

    /// A full, consistent, verified backup. Nothing that looks like a backup is left behind
    /// when it fails or is cancelled (MS SQL: see MsSqlAdmin).
    virtual BackupResult backup(const BackupRequest &request, Progress &progress) = 0;
    /// Whether a file is a complete, readable backup; records size and sha256.
    virtual VerifyResult verify(const VerifyRequest &request, Progress &progress) = 0;
    /// Restores a backup as a new database `newName` on the same server (the test copy).
    /// Refuses when it exists. A failed restore leaves no half-restored database.
    virtual RestoreResult restoreAs(const QString &backupPath, const QString &newName,
                                    Progress &progress) = 0;
    /// Replaces the configured database with a backup (rollback). The site using it must be
    /// stopped. PostgreSQL and SQLite keep the current database aside until the restore
    /// succeeded and put it back when it fails.
    virtual RestoreResult replaceFromBackup(const QString &backupPath, Progress &progress) = 0;
};

} // namespace upgrade
