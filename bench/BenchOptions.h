#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace upgrade::bench {

/// The command line of upgrade-bench (scripts/bench passes it). A plain value.
struct BenchOptions
{
    QString pgUrl;        ///< the throwaway server (superuser); $UPGRADE_BENCH_PG_URL
    QString pgBin;        ///< its tools; $UPGRADE_BENCH_PG_BIN
    bool quick = false;   ///< a small database and few repetitions
    double sizeMb = 2048; ///< the generated database (pg_database_size)
    int repetitions = 5;  ///< of each measurement
    QString workDir;      ///< backups and archives; default: a temporary folder
    QString out;          ///< the Markdown report; empty: none
    QStringList only;     ///< measurement ids to run ("a", "b", ...); empty: all
    QString seed = QStringLiteral("bpmsoft-bench-1");
    QString sqlFile;         ///< bench/sql/bpmsoft-like.sql
    QString binDir;          ///< the project's bin/ (bpmsoft-upgrade-wizard, sandbox)
    int restoreJobs = 0;     ///< 0: the program's default
    int uploadMb = 200;      ///< (d): the archive's size
    double wizardSpeed = 10; ///< (e): the sandbox's simulated durations divided by this

    bool wants(const QString &id) const;

    /// nullopt and `error` (or the help text, with `*help` set) for bad arguments.
    static std::optional<BenchOptions> parse(const QStringList &arguments, QString *error,
                                             bool *help);
};

} // namespace upgrade::bench
