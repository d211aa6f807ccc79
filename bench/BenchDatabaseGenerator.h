#pragma once

#include "BenchPostgres.h"

#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace upgrade::bench {

/// Creates a BPMSoft-like PostgreSQL database of about a given size from bench/sql/
/// bpmsoft-like.sql: the sandbox's tables with SmrSyncHistory in the millions of rows, the large
/// tables of a production site (Contact, Activity, attachments as bytea, SysProcessLog), filled
/// by generate_series on the server. Every value derives from md5(seed, row): the same seed and
/// size give the same database. Runs on the calling thread; not thread-safe.
class BenchDatabaseGenerator
{
public:
    /// Row counts of the generated tables.
    struct Sizes
    {
        qint64 users = 0;
        qint64 accounts = 0;
        qint64 products = 0;
        qint64 contacts = 0;
        qint64 activities = 0;
        qint64 files = 0;
        qint64 fileKb = 0; ///< mean attachment size
        qint64 processLogs = 0;
        qint64 syncRows = 0;
        qint64 integrationLogs = 0;

        /// Counts for a database of about `megabytes` (pg_database_size), scaled linearly
        /// from the calibrated counts for 2048 MB.
        static Sizes forMegabytes(double megabytes);
        QMap<QString, QString> variables(const QString &seed) const;
    };

    struct Step
    {
        QString name;
        double seconds = 0;
    };

    struct Result
    {
        bool ok = false;
        QString error;
        QList<Step> steps;
        double seconds = 0;
        qint64 databaseBytes = 0;
        QMap<QString, qint64> rowCounts;  ///< of the large tables
        QMap<QString, qint64> tableBytes; ///< of the large tables, with indexes and TOAST
    };

    BenchDatabaseGenerator(const BenchPostgres &server, QString sqlFile);

    /// Drops `database` if it exists, creates it and fills it. `onStep` hears each step's name.
    Result generate(const QString &database, const Sizes &sizes, const QString &seed,
                    const std::function<void(const QString &)> &onStep = {});

    /// The steps of the SQL file with the variables substituted; empty and `error` when the
    /// file cannot be read or names a variable that is not given.
    static QList<QPair<QString, QString>>
    steps(const QString &sqlFile, const QMap<QString, QString> &variables, QString *error);

    static const QStringList &largeTables();

private:
    const BenchPostgres &m_server;
    QString m_sqlFile;
};

} // namespace upgrade::bench
