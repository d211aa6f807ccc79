#pragma once

#include "DbAdmin.h"
#include "FreeSpaceProvider.h"
#include "PostgresTools.h"
#include "QtSqlExecutor.h"
#include "profile/Profile.h"
#include "util/ProcessRunner.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <memory>
#include <optional>

namespace upgrade {

/// DbAdmin for PostgreSQL: pg_dump / pg_restore of the server's major version for backups
/// and restores, QPSQL for everything else (sizes, CREATE/ALTER/DROP DATABASE, casts).
///
/// - backup: custom format (-Fc, gzip level 1 by default), written to "<file>.partial",
///   verified (archive list + a full read of every entry + sha256) and only then renamed;
///   progress from the table sizes and pg_dump's verbose output.
/// - restoreAs: CREATE DATABASE … TEMPLATE template0, pg_restore --no-owner --no-privileges
///   (the vendor's procedure), the casts BPMSoft needs created when missing.
/// - replaceFromBackup (rollback): the current database is renamed aside, a new one restored
///   with owners and privileges kept (same server, same roles); the aside copy is dropped only
///   when that succeeded, and renamed back when it failed.
/// The password goes to the tools in PGPASSWORD, never on a command line.
/// Threading and ownership: see DbAdmin; the runner and free-space provider given in Options
/// must outlive the object.
class PostgresAdmin : public DbAdmin
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::PostgresAdmin)
public:
    struct Options
    {
        CommandRunner *runner = nullptr;              ///< default: a ProcessRunner of its own
        const FreeSpaceProvider *freeSpace = nullptr; ///< default: SystemFreeSpace
        QString toolsDir;    ///< where pg_dump is; empty: PostgresTools searches
        int restoreJobs = 0; ///< pg_restore --jobs; 0: min(4, CPU cores)
        int connectTimeoutSeconds = 15;
        QString maintenanceDatabase = QStringLiteral("postgres");
    };

    PostgresAdmin(DatabaseSettings settings, QString password);
    PostgresAdmin(DatabaseSettings settings, QString password, Options options);
    ~PostgresAdmin() override;

    DatabaseKind kind() const override { return DatabaseKind::PostgreSql; }
    QString databaseName() const override { return m_settings.name; }
    QString describe() const override;

    std::unique_ptr<SqlExecutor> openSql(DbError *error) override;
    using DbAdmin::fingerprint;
    DbResult<DbFingerprint> fingerprint(const QStringList &rowCountTables) override;
    DbResult<qint64> databaseSize() override;
    DbResult<bool> databaseExists(const QString &name) override;

    BackupResult backup(const BackupRequest &request, Progress &progress) override;
    VerifyResult verify(const VerifyRequest &request, Progress &progress) override;
    RestoreResult restoreAs(const QString &backupPath, const QString &newName,
                            Progress &progress) override;
    RestoreResult replaceFromBackup(const QString &backupPath, Progress &progress) override;

    /// Drops a database of this server (a test copy, a trial restore) — never the configured
    /// one. Connections to it are ended first.
    DbError dropDatabase(const QString &name);
    /// The server's major version (15 for 15.4).
    DbResult<int> serverMajorVersion();
    /// The tools for this server, found once and remembered.
    std::optional<PgToolSet> tools(DbError *error);
    /// libpq connection string for the tools (values quoted; no password).
    QString connectionString(const QString &database) const;

private:
    std::unique_ptr<QtSqlExecutor> connect(const QString &database, DbError *error) const;
    QProcessEnvironment toolEnvironment() const;
    DbError classifySql(const QString &what, const SqlOutcome &outcome) const;
    DbError classifyTool(const QString &what, const ProcessResult &result,
                         const QStringList &errorLines) const;

    struct ArchiveList
    {
        int entries = 0;
        QString database;
        QString sourceVersion;
        QDateTime createdAt;
        QString format;
    };
    DbResult<ArchiveList> listArchive(const PgToolSet &tools, const QString &path,
                                      Progress &progress);
    /// Reads every entry of the archive with pg_restore (into nothing) and, at the same time
    /// on a second thread, computes the file's SHA-256: the two passes overlap instead of
    /// running one after the other. Both must succeed; the digest (hex) is the value.
    DbResult<QString> readWholeArchiveAndHash(const PgToolSet &tools, const QString &path,
                                              int entries, Progress &progress, double from,
                                              double to, qint64 timeoutMs);
    /// pg_restore into an existing empty database; warnings get the benign errors.
    DbError runRestore(const PgToolSet &tools, const QString &backupPath, const QString &database,
                       bool keepOwners, int entries, Progress &progress, double from, double to,
                       QStringList *warnings);
    DbError createDatabase(SqlExecutor &admin, const QString &name);
    DbError dropDatabaseOn(SqlExecutor &admin, const QString &name);
    DbError renameDatabase(SqlExecutor &admin, const QString &from, const QString &to);
    DbError ensureCasts(const QString &database, QStringList *actions);
    /// `admin`: a connection to the maintenance database to use (else one is opened).
    RestoreResult restoreInto(const QString &backupPath, const QString &name, bool keepOwners,
                              Progress &progress, SqlExecutor *admin = nullptr);
    DbResult<DbFingerprint> fingerprintOn(SqlExecutor &sql, const QStringList &rowCountTables);
    DbResult<bool> databaseExistsOn(SqlExecutor &admin, const QString &name);

    DatabaseSettings m_settings;
    QString m_password;
    Options m_options;
    std::unique_ptr<CommandRunner> m_ownRunner;
    std::unique_ptr<FreeSpaceProvider> m_ownFreeSpace;
    std::optional<PgToolSet> m_tools;
    int m_serverMajor = 0; ///< 0 until read
};

} // namespace upgrade
