#pragma once

#include "BenchPostgres.h"

#include <QString>

namespace upgrade::bench {

/// Measurement (c) of issue 9: emptying the connector's mapping table SmrSyncHistory of a
/// database — through SQL (the program's ConnectorTables: snapshot copy, then TRUNCATE, one
/// transaction), by hand in psql (the same statements), and through DataService DeleteQuery on a
/// sandbox site that serves the same database. Before each repetition the table is refilled
/// from a pristine copy made by prepare(). Synchronous on the calling thread.
class SyncHistoryBenchmark
{
public:
    struct Run
    {
        bool ok = false;
        QString error;
        double seconds = 0;
        qint64 rowsCleared = 0;
    };

    SyncHistoryBenchmark(const BenchPostgres &server, QString database);

    /// Keeps a pristine copy of the table (outside the measured time); rows in it.
    qint64 prepare(QString *error);
    /// Drops the pristine copy and the snapshots, and leaves the table full again.
    void finish();

    /// psql: BEGIN; LOCK TABLE; CREATE TABLE snapshot AS SELECT *; TRUNCATE; COMMIT.
    Run rawSql();
    /// ConnectorTables::snapshotAndClearSyncHistory through DbAdmin's SQL connection.
    Run programSql();
    /// BpmSoftClient::remove on a site serving this database (`siteUrl`, user `Supervisor`).
    Run dataService(const QString &siteUrl, const QString &password);

    static bool programSqlAvailable();
    static bool dataServiceAvailable();

private:
    bool refill(QString *error);
    void dropSnapshots();

    const BenchPostgres &m_server;
    QString m_database;
    qint64 m_rows = 0;
};

} // namespace upgrade::bench
