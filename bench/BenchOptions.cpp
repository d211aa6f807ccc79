#include "BenchOptions.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

namespace upgrade::bench {

bool BenchOptions::wants(const QString &id) const
{
    if (only.isEmpty())
        return true;
    for (const QString &o : only)
        if (id.startsWith(o))
            return true;
    return false;
}

std::optional<BenchOptions> BenchOptions::parse(const QStringList &arguments, QString *error,
                                                bool *help)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Benchmarks of bpmsoft-upgrade against the raw tools (issue 9). Run through "
            "scripts/bench, which starts the PostgreSQL server; see docs/benchmarks.md."_s);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, u"This help."_s);
    const QCommandLineOption pgUrl(u"pg-url"_s, u"The server (a superuser URL)."_s, u"URL"_s);
    const QCommandLineOption pgBin(u"pg-bin"_s, u"Its tools' folder."_s, u"DIR"_s);
    const QCommandLineOption quick(u"quick"_s, u"Small database, 3 repetitions."_s);
    const QCommandLineOption size(u"size-mb"_s, u"Database size (default 2048; quick 40)."_s,
                                  u"MB"_s);
    const QCommandLineOption reps(u"repetitions"_s, u"Repetitions (default 5; quick 3)."_s, u"N"_s);
    const QCommandLineOption workDir(u"work-dir"_s, u"Folder for backups and archives."_s,
                                     u"DIR"_s);
    const QCommandLineOption out(u"out"_s, u"Write the Markdown report here."_s, u"FILE"_s);
    const QCommandLineOption only(u"only"_s, u"Only these measurements (a,b,c,d,e)."_s, u"IDS"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the generated data."_s, u"TEXT"_s);
    const QCommandLineOption sql(u"sql"_s, u"The generator's SQL file."_s, u"FILE"_s);
    const QCommandLineOption binDir(u"bin-dir"_s, u"The project's bin/ folder."_s, u"DIR"_s);
    const QCommandLineOption jobs(u"restore-jobs"_s, u"pg_restore jobs (default: program's)."_s,
                                  u"N"_s);
    const QCommandLineOption upload(u"upload-mb"_s, u"(d): archive size (default 200)."_s, u"MB"_s);
    const QCommandLineOption wizardSpeed(
            u"wizard-speed"_s, u"(e): the wizard's --speed for the sandbox (default 10)."_s,
            u"X"_s);
    parser.addOptions({helpOption, pgUrl, pgBin, quick, size, reps, workDir, out, only, seed, sql,
                       binDir, jobs, upload, wizardSpeed});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(helpOption)) {
        *help = true;
        *error = parser.helpText();
        return std::nullopt;
    }
    BenchOptions o;
    o.pgUrl = parser.isSet(pgUrl) ? parser.value(pgUrl)
                                  : qEnvironmentVariable("UPGRADE_BENCH_PG_URL");
    o.pgBin = parser.isSet(pgBin) ? parser.value(pgBin)
                                  : qEnvironmentVariable("UPGRADE_BENCH_PG_BIN");
    o.quick = parser.isSet(quick);
    if (o.quick) {
        o.sizeMb = 40;
        o.repetitions = 3;
        o.uploadMb = 200;
    }
    auto number = [&](const QCommandLineOption &option, double minimum, double *target) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const double v = parser.value(option).toDouble(&ok);
        if (!ok || v < minimum) {
            *error =
                    u"--%1: a number ≥ %2 expected"_s.arg(option.names().constFirst()).arg(minimum);
            return false;
        }
        *target = v;
        return true;
    };
    double repetitions = o.repetitions, restoreJobs = 0, uploadMb = o.uploadMb;
    if (!number(size, 1, &o.sizeMb) || !number(reps, 1, &repetitions) ||
        !number(jobs, 1, &restoreJobs) || !number(upload, 1, &uploadMb) ||
        !number(wizardSpeed, 1, &o.wizardSpeed))
        return std::nullopt;
    o.repetitions = int(repetitions);
    o.restoreJobs = int(restoreJobs);
    o.uploadMb = int(uploadMb);
    o.workDir = parser.value(workDir);
    o.out = parser.value(out);
    if (parser.isSet(only))
        o.only = parser.value(only).split(u',', Qt::SkipEmptyParts);
    if (parser.isSet(seed))
        o.seed = parser.value(seed);
    o.sqlFile = parser.value(sql);
    o.binDir = parser.value(binDir);
    if (o.pgUrl.isEmpty()) {
        *error = u"no server: give --pg-url or run through scripts/bench"_s;
        return std::nullopt;
    }
    return o;
}

} // namespace upgrade::bench
