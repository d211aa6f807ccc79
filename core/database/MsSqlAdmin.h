#pragma once

#include "DbAdmin.h"
#include "MsSqlStatements.h"
#include "SqlConnector.h"
#include "profile/Profile.h"

#include <QCoreApplication>

#include <memory>

namespace upgrade {

/// DbAdmin for MS SQL Server through QODBC (databases-and-iis.md §1):
/// - backup: BACKUP DATABASE … WITH COPY_ONLY, [COMPRESSION when the edition has it,]
///   CHECKSUM, INIT, FORMAT, STATS = 5, then RESTORE VERIFYONLY … WITH CHECKSUM and
///   RESTORE HEADERONLY for the size;
/// - restoreAs: RESTORE FILELISTONLY → one MOVE per file into the instance's default folders →
///   RESTORE DATABASE [new] … WITH MOVE …, RECOVERY, CHECKSUM; a failed one is dropped;
/// - replaceFromBackup (rollback): VERIFYONLY first, then, in one batch on one connection,
///   SET SINGLE_USER WITH ROLLBACK IMMEDIATE and RESTORE … WITH REPLACE; SET MULTI_USER after.
///
/// Backup paths are on the SQL Server host: SQL Server's service account reads and writes
/// them, and the file is written directly (no temporary name: the program cannot rename files
/// there); after a failure an incomplete file may remain, which RESTORE VERIFYONLY rejects.
/// BACKUP/RESTORE run on a worker connection outside any transaction, every result drained;
/// progress comes from sys.dm_exec_requests on a second connection (needs VIEW SERVER STATE,
/// otherwise the bar is indeterminate); cancel sends KILL to the worker session (not during a
/// rollback restore, which must finish). Permission errors name the missing right.
/// Threading and ownership: see DbAdmin; the connector is owned.
class MsSqlAdmin : public DbAdmin
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::MsSqlAdmin)
public:
    struct Options
    {
        int pollIntervalMs = 1000; ///< progress polling on the second connection
    };

    /// With a real QODBC connection (MsSqlConnector).
    MsSqlAdmin(DatabaseSettings settings, QString password);
    /// With any connector (tests feed results through a fake).
    MsSqlAdmin(DatabaseSettings settings, std::unique_ptr<SqlConnector> connector);
    MsSqlAdmin(DatabaseSettings settings, std::unique_ptr<SqlConnector> connector, Options options);
    ~MsSqlAdmin() override;

    DatabaseKind kind() const override { return DatabaseKind::MsSql; }
    QString databaseName() const override { return m_settings.name; }
    QString describe() const override;
    bool backupPathIsOnServerHost() const override { return true; }

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

    /// Maps an error of SQL Server to a category and a message naming what is missing.
    DbError classify(const QString &what, const SqlOutcome &outcome) const;

private:
    std::unique_ptr<SqlExecutor> connect(const QString &database, DbError *error) const;
    /// Runs one long statement (batch) on a worker connection, polling progress on another.
    SqlOutcome runLong(const QString &sql, Progress &progress, double from, double to,
                       bool cancellable, bool *killed);
    DbError verifyFile(SqlExecutor &master, const QString &path, Progress &progress, double from,
                       double to, VerifyResult *result);

    DatabaseSettings m_settings;
    std::unique_ptr<SqlConnector> m_connector;
    Options m_options;
};

} // namespace upgrade
