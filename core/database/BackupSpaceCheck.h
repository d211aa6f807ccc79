#pragma once

#include "DbError.h"
#include "FreeSpaceProvider.h"

#include <QCoreApplication>

namespace upgrade {

/// The free-space check before a backup: required = estimated size × factor + margin.
///
/// Factors (documented in docs/database.md):
/// - PostgreSQL: 1.0 × pg_database_size. A custom-format dump holds table data without
///   indexes and is compressed (measured: 150 MB for a 756 MB database at -Z1), but files kept
///   in the database (bytea) are often already compressed, so the dump can approach the size of
///   the data; the database size including indexes is a safe upper bound.
/// - SQLite: 1.0 × the file (+ WAL): VACUUM INTO writes at most the live pages.
/// - MS SQL: not checked here — the backup is written on the SQL Server host, which this
///   program cannot measure; SQL Server itself refuses when the disk is full.
/// Margin: 64 MiB, for the tool's own overhead and the file system.
class BackupSpaceCheck
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::BackupSpaceCheck)
public:
    static constexpr double PostgresFactor = 1.0;
    static constexpr double SqliteFactor = 1.0;
    static constexpr qint64 MarginBytes = 64LL * 1024 * 1024;

    static qint64 requiredBytes(qint64 estimatedBytes, double factor);
    /// NotEnoughSpace with a message naming the folder, what is needed and what is free; no
    /// error when there is enough or when the free space cannot be measured (then `note` says so).
    static DbError check(const FreeSpaceProvider &provider, const QString &directory,
                         qint64 estimatedBytes, double factor, QString *note = nullptr);
    /// "1.4 GB", "320 MB": sizes for messages.
    static QString formatBytes(qint64 bytes);
};

} // namespace upgrade
