#pragma once

#include "DbAdmin.h"
#include "FreeSpaceProvider.h"
#include "profile/Profile.h"

#include <QCoreApplication>

#include <memory>

namespace upgrade {

/// DbAdmin for SQLite (the sandbox's default state store), through QtSql only: backups with
/// VACUUM INTO (a consistent copy of a live database) written to "<file>.partial" and renamed
/// when `PRAGMA integrity_check` passed; restore = a verified copy of the file; replace keeps
/// the current file (with its -wal/-shm) aside until the new one is in place.
/// Names of "databases" are file paths; a relative one is beside the configured file.
/// Threading and ownership: see DbAdmin; the free-space provider must outlive the object.
class SqliteAdmin : public DbAdmin
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::SqliteAdmin)
public:
    struct Options
    {
        const FreeSpaceProvider *freeSpace = nullptr; ///< default: SystemFreeSpace
    };

    explicit SqliteAdmin(DatabaseSettings settings);
    SqliteAdmin(DatabaseSettings settings, Options options);
    ~SqliteAdmin() override;

    DatabaseKind kind() const override { return DatabaseKind::Sqlite; }
    QString databaseName() const override { return m_path; }
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

    /// Where a "database name" is: absolute, or beside the configured file.
    QString resolve(const QString &name) const;

private:
    std::unique_ptr<SqlExecutor> open(const QString &path, bool readOnly, DbError *error) const;
    /// Header and `PRAGMA integrity_check`; InvalidBackup when it fails. Sets the table count.
    DbError checkFile(const QString &path, int *tables) const;

    QString m_path;
    Options m_options;
    std::unique_ptr<FreeSpaceProvider> m_ownFreeSpace;
};

} // namespace upgrade
