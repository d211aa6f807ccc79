#pragma once

#include "BenchPostgres.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace upgrade::bench {

/// Measurements (a) and (b) of issue 9: a backup, its verification and its restore as a test
/// copy — through the program's DbAdmin, and through the same PostgreSQL tools run by hand.
/// Each call is one repetition: it writes the backup into `workDir`, restores it as `target`
/// (dropped first) and removes both again. Synchronous on the calling thread.
class BackupRestoreBenchmark
{
public:
    struct Run
    {
        bool ok = false;
        QString error;
        double seconds = 0;                   ///< all of it
        QList<QPair<QString, double>> phases; ///< "backup", "verify", "restore" ...
        qint64 backupBytes = 0;
    };

    BackupRestoreBenchmark(const BenchPostgres &server, QString source, QString target,
                           QString workDir, int restoreJobs);

    /// The program's restore jobs when not told (PostgresAdmin: min(4, cores)).
    static int defaultRestoreJobs();

    /// By hand, the same commands with the same options as PostgresAdmin runs them:
    /// pg_dump -Fc -Z<level>; pg_restore --list; pg_restore -f /dev/null (reads every entry);
    /// sha256sum; createdb -T template0; pg_restore --no-owner --no-privileges -j<jobs>.
    Run rawSameCommands(int compressionLevel);
    /// By hand, the directory format with parallel jobs (the mode DbAdmin does not offer):
    /// pg_dump -Fd -j<jobs> -Z<level>, the same verification (list, full read, sha256sum of
    /// every file), createdb, pg_restore -j<jobs>. To tell whether that mode would pay.
    Run rawDirectory(int compressionLevel);
    /// What an administrator types following the vendor's procedure: pg_dump -Fc (default
    /// compression), createdb, pg_restore (one job), no verification.
    Run rawPlain();
    /// Through DbAdmin (PostgresAdmin): backup() — which verifies: list, full read, SHA-256 —
    /// then restoreAs(). `compressionLevel` -1: the program's default.
    Run program(int compressionLevel);

    /// Whether the program side is built (core/database is on this branch).
    static bool programAvailable();
    /// The shell lines of rawSameCommands, for the report.
    QStringList rawSameCommandLines(int compressionLevel) const;

private:
    QString dumpPath(const QString &tag) const;
    void cleanUp(const QString &dumpFile);

    const BenchPostgres &m_server;
    QString m_source;
    QString m_target;
    QString m_workDir;
    int m_restoreJobs;
};

} // namespace upgrade::bench
