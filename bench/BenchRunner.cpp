#include "BenchRunner.h"

#include "BackupRestoreBenchmark.h"
#include "BenchDatabaseGenerator.h"
#include "MachineInfo.h"
#include "SandboxProcess.h"
#include "SyncHistoryBenchmark.h"
#include "UploadBenchmark.h"
#include "WizardBenchmark.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace upgrade::bench {

namespace {

const QString SandboxPassword = u"Supervisor"_s;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f',
                           bytes < 100 * 1024 * 1024 ? 1 : 0) +
           u" MB"_s;
}

/// Medians of named phases over repetitions.
class PhaseSamples
{
public:
    void add(const QList<QPair<QString, double>> &phases)
    {
        for (const auto &[name, seconds] : phases) {
            if (!m_order.contains(name))
                m_order.append(name);
            m_samples[name].add(seconds);
        }
    }
    QString text() const
    {
        QStringList parts;
        for (const QString &name : m_order)
            parts.append(u"%1 %2 s"_s.arg(name, m_samples.value(name).format(2)));
        return parts.join(u"; "_s);
    }

private:
    QStringList m_order;
    QMap<QString, Samples> m_samples;
};

} // namespace

BenchRunner::BenchRunner(BenchOptions options, BenchPostgres server)
    : m_options(std::move(options))
    , m_server(std::move(server))
{}

void BenchRunner::say(const QString &line) const
{
    std::fprintf(stderr, "[bench %s] %s\n",
                 qPrintable(QDateTime::currentDateTime().toString(u"HH:mm:ss"_s)),
                 qPrintable(line));
    std::fflush(stderr);
}

QString BenchRunner::sandboxExecutable() const
{
    return QDir(m_options.binDir.isEmpty() ? QCoreApplication::applicationDirPath()
                                           : m_options.binDir)
            .filePath(u"bpmsoft-sandbox"_s);
}

QString BenchRunner::workDir() const
{
    return m_options.workDir.isEmpty() ? m_tempDir : m_options.workDir;
}

int BenchRunner::run()
{
    m_started = QDateTime::currentDateTimeUtc();
    QTemporaryDir temp(QDir::tempPath() + u"/bpmsoft-upgrade-bench.XXXXXX"_s);
    m_tempDir = temp.path();
    if (!m_options.workDir.isEmpty())
        QDir().mkpath(m_options.workDir);
    say(u"PostgreSQL %1 at %2:%3; work folder %4"_s.arg(m_server.serverVersion(), m_server.host())
                .arg(m_server.port())
                .arg(workDir()));
    m_facts.append(u"load average before the run: %1"_s.arg(MachineInfo::loadAverage()));

    if (!generate()) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(m_failures.join(u"\n"_s)));
        return 1;
    }
    if (m_options.wants(u"a"_s) || m_options.wants(u"b"_s))
        measureBackupRestore();
    if (m_options.wants(u"c"_s))
        measureSyncHistory();
    if (m_options.wants(u"d"_s))
        measureUpload();
    if (m_options.wants(u"e"_s))
        measureWizard();
    m_server.dropDatabase(m_database);

    const QString text = m_table.toText();
    std::fputs(qPrintable(u"\n"_s + text), stdout);
    for (const ResultRow &row : m_table.rows())
        if (!row.note.isEmpty())
            std::fputs(qPrintable(u"  %1: %2\n"_s.arg(row.id, row.note)), stdout);
    std::fflush(stdout);
    if (!m_options.out.isEmpty()) {
        QDir().mkpath(QFileInfo(m_options.out).absolutePath());
        QFile file(m_options.out);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "bench: cannot write %s\n", qPrintable(m_options.out));
            return 1;
        }
        file.write(report().toUtf8());
        say(u"written %1"_s.arg(m_options.out));
    }
    for (const QString &f : m_failures)
        std::fprintf(stderr, "bench: FAILED %s\n", qPrintable(f));
    return m_failures.isEmpty() ? 0 : 1;
}

bool BenchRunner::generate()
{
    QString sql = m_options.sqlFile;
    if (sql.isEmpty())
        sql = QStringLiteral(UPGRADE_BENCH_SOURCE_DIR) + u"/sql/bpmsoft-like.sql"_s;
    const auto sizes = BenchDatabaseGenerator::Sizes::forMegabytes(m_options.sizeMb);
    say(u"generating a BPMSoft-like database of about %1 MB (%2 SmrSyncHistory rows)"_s
                .arg(m_options.sizeMb)
                .arg(sizes.syncRows));
    BenchDatabaseGenerator generator(m_server, sql);
    const auto result = generator.generate(m_database, sizes, m_options.seed,
                                           [&](const QString &step) { say(u"  "_s + step); });
    if (!result.ok) {
        m_failures.append(u"generating the database: "_s + result.error);
        return false;
    }
    QStringList counts;
    for (const QString &table : BenchDatabaseGenerator::largeTables())
        counts.append(u"%1 %2 (%3)"_s.arg(table)
                              .arg(result.rowCounts.value(table))
                              .arg(megabytes(result.tableBytes.value(table))));
    QStringList steps;
    for (const auto &s : result.steps)
        if (s.seconds >= 0.5)
            steps.append(u"%1 %2 s"_s.arg(s.name).arg(s.seconds, 0, 'f', 1));
    m_facts.append(u"database: %1 (pg_database_size; asked for %2 MB), seed \"%3\", generated in "
                   "%4 s (%5)"_s.arg(megabytes(result.databaseBytes))
                           .arg(m_options.sizeMb)
                           .arg(m_options.seed)
                           .arg(result.seconds, 0, 'f', 1)
                           .arg(steps.join(u", "_s)));
    m_facts.append(u"rows (size with indexes): "_s + counts.join(u", "_s));
    say(u"rows: "_s + counts.join(u", "_s));
    say(u"database %1 in %2 s"_s.arg(megabytes(result.databaseBytes))
                .arg(result.seconds, 0, 'f', 1));
    return true;
}

void BenchRunner::measureBackupRestore()
{
    const int jobs = m_options.restoreJobs > 0 ? m_options.restoreJobs
                                               : BackupRestoreBenchmark::defaultRestoreJobs();
    BackupRestoreBenchmark bench(m_server, m_database, m_database + u"_restored"_s, workDir(),
                                 jobs);
    const bool program = BackupRestoreBenchmark::programAvailable();
    const int programLevel = 1; // PostgresAdmin's default (BackupRequest::compressionLevel)
    const int fastLevel = 0;    // the fastest the program offers: no compression
    Samples rawSame, rawPlain, rawDirectory, programDefault, programFast;
    PhaseSamples rawSamePhases, rawPlainPhases, rawDirectoryPhases, programPhases, fastPhases;
    QMap<QString, qint64> sizes;

    auto record = [&](const QString &what, const BackupRestoreBenchmark::Run &r, Samples &samples,
                      PhaseSamples &phases) {
        if (!r.ok) {
            m_failures.append(what + u": "_s + r.error);
            say(u"  %1 FAILED: %2"_s.arg(what, r.error));
            return;
        }
        samples.add(r.seconds);
        phases.add(r.phases);
        sizes[what] = r.backupBytes;
        say(u"  %1: %2 s (%3)"_s.arg(what).arg(r.seconds, 0, 'f', 2).arg(megabytes(r.backupBytes)));
    };
    for (int rep = 0; rep < m_options.repetitions; ++rep) {
        say(u"(a)(b) backup, verify, restore — repetition %1 of %2"_s.arg(rep + 1).arg(
                m_options.repetitions));
        // The order alternates so that neither side always runs on a warmer cache.
        QList<std::function<void()>> work{
                [&] {
                    record(u"raw, same commands"_s, bench.rawSameCommands(programLevel), rawSame,
                           rawSamePhases);
                },
                [&] {
                    if (program)
                        record(u"program"_s, bench.program(-1), programDefault, programPhases);
                },
                [&] {
                    if (program && m_options.wants(u"b"_s))
                        record(u"program, fastest"_s, bench.program(fastLevel), programFast,
                               fastPhases);
                },
                [&] { record(u"raw, plain"_s, bench.rawPlain(), rawPlain, rawPlainPhases); },
                [&] {
                    if (m_options.wants(u"b"_s))
                        record(u"raw, directory"_s, bench.rawDirectory(programLevel), rawDirectory,
                               rawDirectoryPhases);
                },
        };
        if (rep % 2 == 1)
            std::reverse(work.begin(), work.end());
        for (const auto &w : work)
            w();
    }

    const QString notBuilt = u"DbAdmin (core/database) is not on main yet"_s;
    ResultRow a;
    a.id = u"a"_s;
    a.what = u"backup + verify + restore-as-test: DbAdmin vs the same commands by hand"_s;
    a.unit = u"s"_s;
    a.measured = programDefault;
    a.baseline = rawSame;
    a.target = ResultRow::Target::RatioAtMost;
    a.targetValue = 1.05;
    if (!program)
        a.notMeasured = notBuilt;
    m_table.add(a);

    ResultRow a2;
    a2.id = u"a2"_s;
    a2.what = u"the same, DbAdmin vs a plain hand-run (pg_dump -Fc, pg_restore; no verification)"_s;
    a2.unit = u"s"_s;
    a2.measured = programDefault;
    a2.baseline = rawPlain;
    if (!program)
        a2.notMeasured = notBuilt;
    a2.note = u"for information: the plain hand-run does less (no verification) with other "
              "options (gzip 6, one restore job)"_s;
    m_table.add(a2);

    ResultRow b;
    b.id = u"b"_s;
    b.what = u"the program's fastest mode (-Z%1, %2 restore jobs) vs (a)'s hand-run baseline"_s
                     .arg(fastLevel)
                     .arg(jobs);
    b.unit = u"s"_s;
    b.measured = programFast;
    b.baseline = rawSame;
    b.target = ResultRow::Target::RatioAtMost;
    b.targetValue = 0.8;
    if (!program)
        b.notMeasured = notBuilt;
    if (m_options.wants(u"b"_s)) {
        m_table.add(b);
        ResultRow b2;
        b2.id = u"b2"_s;
        b2.what = u"by hand: directory format, -j%1 dump and restore, -Z%2, same verification, vs "
                  "(a)'s hand-run"_s.arg(jobs)
                          .arg(programLevel);
        b2.unit = u"s"_s;
        b2.measured = rawDirectory;
        b2.baseline = rawSame;
        b2.note = u"for information: a mode DbAdmin does not offer; would it meet (b)?"_s;
        m_table.add(b2);
    }

    QStringList d;
    d.append(u"### (a), (b): phases (median [min–max])\n"_s);
    d.append(u"| run | phases | backup file |\n|---|---|---:|"_s);
    d.append(u"| raw, same commands (-Z%1, -j%2) | %3 | %4 |"_s.arg(programLevel)
                     .arg(jobs)
                     .arg(rawSamePhases.text(), megabytes(sizes.value(u"raw, same commands"_s))));
    if (!rawDirectory.isEmpty())
        d.append(u"| raw, directory (-Fd -j%1 -Z%2) | %3 | %4 |"_s.arg(jobs)
                         .arg(programLevel)
                         .arg(rawDirectoryPhases.text(),
                              megabytes(sizes.value(u"raw, directory"_s))));
    d.append(u"| raw, plain (pg_dump -Fc, pg_restore) | %1 | %2 |"_s.arg(
            rawPlainPhases.text(), megabytes(sizes.value(u"raw, plain"_s))));
    if (program) {
        d.append(u"| DbAdmin (default, -Z%1) | %2 | %3 |"_s.arg(programLevel)
                         .arg(programPhases.text(), megabytes(sizes.value(u"program"_s))));
        if (!programFast.isEmpty())
            d.append(u"| DbAdmin fastest (-Z%1) | %2 | %3 |"_s.arg(fastLevel).arg(
                    fastPhases.text(), megabytes(sizes.value(u"program, fastest"_s))));
    }
    d.append(u"\nThe hand-run of (a), as typed (password in PGPASSWORD):\n\n```"_s);
    d.append(bench.rawSameCommandLines(programLevel).join(u"\n"_s));
    d.append(u"```\n"_s);
    m_details.append(d.join(u"\n"_s));
}

void BenchRunner::measureSyncHistory()
{
    SyncHistoryBenchmark bench(m_server, m_database);
    QString error;
    const qint64 rows = bench.prepare(&error);
    if (rows < 0) {
        m_failures.append(u"(c) preparing: "_s + error);
        return;
    }
    // The DataService side: a sandbox site serving the same database.
    SandboxProcess site(sandboxExecutable());
    QString siteProblem;
    if (!SyncHistoryBenchmark::dataServiceAvailable())
        siteProblem = u"BpmSoftClient (core/bpmsoft) is not on this branch"_s;
    else if (!QFileInfo(sandboxExecutable()).isExecutable())
        siteProblem = u"bpmsoft-sandbox is not built"_s;
    else if (!site.start({u"--site-only"_s, u"--dir"_s, QDir(workDir()).filePath(u"sandbox-c"_s),
                          u"--database"_s, m_server.url(m_database), u"--password"_s,
                          SandboxPassword},
                         &error)) {
        siteProblem = u"the sandbox site did not start: "_s + error;
        m_failures.append(u"(c) "_s + siteProblem);
    } else {
        say(u"(c) sandbox site on the benchmark database: %1"_s.arg(site.siteUrl().toString()));
    }

    Samples raw, sql, dataService;
    auto take = [&](const QString &what, const SyncHistoryBenchmark::Run &r, Samples &s) {
        if (!r.ok) {
            m_failures.append(u"(c) %1: %2"_s.arg(what, r.error));
            say(u"  %1 FAILED: %2"_s.arg(what, r.error));
            return;
        }
        s.add(r.seconds);
        say(u"  %1: %2 s"_s.arg(what).arg(r.seconds, 0, 'f', 3));
    };
    // Refilling millions of rows before every run takes about a minute: at most 3 here.
    const int repetitions = qMin(m_options.repetitions, 3);
    for (int rep = 0; rep < repetitions; ++rep) {
        say(u"(c) clearing SmrSyncHistory (%1 rows) — repetition %2 of %3"_s.arg(rows)
                    .arg(rep + 1)
                    .arg(repetitions));
        QList<std::function<void()>> work{
                [&] { take(u"psql by hand"_s, bench.rawSql(), raw); },
                [&] {
                    if (SyncHistoryBenchmark::programSqlAvailable())
                        take(u"program, SQL"_s, bench.programSql(), sql);
                },
                [&] {
                    if (siteProblem.isEmpty())
                        take(u"program, DataService"_s,
                             bench.dataService(site.siteUrl().toString(), SandboxPassword),
                             dataService);
                },
        };
        if (rep % 2 == 1)
            std::reverse(work.begin(), work.end());
        for (const auto &w : work)
            w();
    }
    site.stop();
    bench.finish();

    ResultRow c;
    c.id = u"c"_s;
    c.what = u"clear SmrSyncHistory (%1 rows): SQL (ConnectorTables) vs DataService DeleteQuery "
             "on the sandbox"_s.arg(rows);
    c.unit = u"s"_s;
    c.measured = sql;
    c.baseline = dataService;
    c.target = ResultRow::Target::RatioAtMost;
    c.targetValue = 0.1;
    if (!SyncHistoryBenchmark::programSqlAvailable())
        c.notMeasured = u"ConnectorTables (core/database) is not on this branch"_s;
    else if (!siteProblem.isEmpty())
        c.notMeasured = siteProblem;
    c.note = u"%1 repetitions, each side on the same %2 rows (refilled from one pristine copy "
             "before every run). The SQL path includes the program's safety copy of the table "
             "(CREATE TABLE … AS, counted) before the TRUNCATE; by hand in psql (the same "
             "statements): %3 s. The DataService side is the sandbox's DeleteQuery, which is one "
             "SQL DELETE on the same database inside the site's process: no ORM, no rights "
             "check, no entity events, no copy. A real BPMSoft site runs DeleteQuery through its "
             "ORM (entities deleted one by one with their events — inferred, "
             "bpmsoft-http-api.md), so this is a lower bound of its cost, and the target "
             "(SQL ≥ 10× faster than DeleteQuery) cannot be judged against the sandbox; nothing "
             "is adjusted here"_s.arg(repetitions)
                     .arg(rows)
                     .arg(raw.format(3));
    m_table.add(c);
}

void BenchRunner::measureUpload()
{
    ResultRow d;
    d.id = u"d"_s;
    d.what = u"upload a %1 MB archive to the sandbox: BpmSoftClient vs curl (throughput)"_s.arg(
            m_options.uploadMb);
    d.unit = u"MB/s"_s;
    d.target = ResultRow::Target::RatioAtLeast;
    d.targetValue = 0.9;
    auto add = [&](const QString &why) {
        d.notMeasured = why;
        m_table.add(d);
    };
    if (!UploadBenchmark::available())
        return add(u"BpmSoftClient or the package archive builder is not on this branch"_s);
    if (!QFileInfo(sandboxExecutable()).isExecutable())
        return add(u"bpmsoft-sandbox is not built"_s);
    const QString dir = QDir(workDir()).filePath(u"sandbox-d"_s);
    QDir().mkpath(dir);
    SandboxProcess site(sandboxExecutable());
    QString error;
    if (!site.start({u"--site-only"_s, u"--dir"_s, dir, u"--database"_s,
                     QDir(dir).filePath(u"site.sqlite"_s), u"--seed"_s, u"small"_s, u"--password"_s,
                     SandboxPassword},
                    &error)) {
        m_failures.append(u"(d) the sandbox site did not start: "_s + error);
        return add(u"the sandbox site did not start"_s);
    }
    UploadBenchmark bench(site.siteUrl(), SandboxPassword, workDir());
    say(u"(d) writing a %1 MB package archive"_s.arg(m_options.uploadMb));
    const QString archive = bench.makeArchive(m_options.uploadMb, &error);
    if (archive.isEmpty()) {
        m_failures.append(u"(d) the archive: "_s + error);
        return add(u"the archive could not be written"_s);
    }
    Samples client, curl, qt, clientSeconds, curlSeconds, qtSeconds;
    auto take = [&](const QString &what, const UploadBenchmark::Run &r, Samples &s,
                    Samples &seconds) {
        if (!r.ok) {
            m_failures.append(u"(d) %1: %2"_s.arg(what, r.error));
            say(u"  %1 FAILED: %2"_s.arg(what, r.error));
            return;
        }
        s.add(r.megabytesPerSecond);
        seconds.add(r.seconds);
        say(u"  %1: %2 s, %3 MB/s"_s.arg(what)
                    .arg(r.seconds, 0, 'f', 2)
                    .arg(r.megabytesPerSecond, 0, 'f', 1));
    };
    // An upload takes about a second and varies much: at least 5 repetitions.
    const int repetitions = qMax(m_options.repetitions, 5);
    for (int rep = 0; rep < repetitions; ++rep) {
        say(u"(d) upload — repetition %1 of %2"_s.arg(rep + 1).arg(repetitions));
        QList<std::function<void()>> work{
                [&] { take(u"curl"_s, bench.curl(archive), curl, curlSeconds); },
                [&] { take(u"BpmSoftClient"_s, bench.client(archive), client, clientSeconds); },
                [&] { take(u"plain Qt"_s, bench.plainQt(archive), qt, qtSeconds); },
        };
        if (rep % 2 == 1)
            std::reverse(work.begin(), work.end());
        for (const auto &w : work)
            w();
    }
    site.stop();
    d.measured = client;
    d.baseline = curl;
    d.note = u"%1 repetitions; archive %2 (10 packages, incompressible); seconds: "
             "BpmSoftClient %3, curl %4; over loopback, where no network limits either side"_s
                     .arg(repetitions)
                     .arg(megabytes(QFileInfo(archive).size()), clientSeconds.format(2),
                          curlSeconds.format(2));
    ResultRow d2;
    d2.id = u"d2"_s;
    d2.what = u"the same upload with plain QNetworkAccessManager + QHttpMultiPart vs curl"_s;
    d2.unit = u"MB/s"_s;
    d2.measured = qt;
    d2.baseline = curl;
    d2.note = u"for information: Qt's own HTTP upload, without BpmSoftClient (seconds %1)"_s.arg(
            qtSeconds.format(2));
    QFile::remove(archive);
    m_details.append(u"### (d): the curl side\n\nLogin with `curl -c cookies.txt` to "
                     "AuthService.svc/Login (not timed), then:\n\n```\n%1\n```\n"_s.arg(
                             bench.curlLine(archive)));
    m_table.add(d);
    m_table.add(d2);
}

void BenchRunner::measureWizard()
{
    ResultRow stall;
    stall.id = u"e1"_s;
    stall.what = u"wizard, whole --sandbox rehearsal: longest UI-thread stall"_s;
    stall.unit = u"ms"_s;
    stall.target = ResultRow::Target::ValueAtMost;
    stall.targetValue = 50;
    ResultRow first;
    first.id = u"e2"_s;
    first.what = u"wizard: process start to the first page painted"_s;
    first.unit = u"s"_s;
    first.target = ResultRow::Target::ValueAtMost;
    first.targetValue = 0.5;
    ResultRow memory;
    memory.id = u"e3"_s;
    memory.what = u"wizard, whole --sandbox rehearsal: peak memory (VmHWM)"_s;
    memory.unit = u"MB"_s;
    memory.target = ResultRow::Target::ValueAtMost;
    memory.targetValue = 150;

    const QString executable =
            QDir(m_options.binDir.isEmpty() ? QCoreApplication::applicationDirPath()
                                            : m_options.binDir)
                    .filePath(u"upgrade-bench-wizard"_s);
    QString why;
    if (!WizardBenchmark::available())
        why = u"the wizard is not on this branch"_s;
    else if (!QFileInfo(executable).isExecutable())
        why = u"upgrade-bench-wizard is not built"_s;
    Samples stalls, firstPage, peak, upgrade, inProcess;
    QStringList pages;
    if (why.isEmpty()) {
        WizardBenchmark bench(executable, workDir(), m_options.wizardSpeed);
        for (int rep = 0; rep < m_options.repetitions; ++rep) {
            say(u"(e) the wizard's rehearsal — repetition %1 of %2"_s.arg(rep + 1).arg(
                    m_options.repetitions));
            const auto r = bench.run(rep);
            if (!r.ok) {
                m_failures.append(u"(e) "_s + r.error);
                say(u"  FAILED: "_s + r.error);
                continue;
            }
            stalls.add(r.longestStallMs);
            firstPage.add(r.firstPageSeconds);
            inProcess.add(r.firstPaintInProcessSeconds);
            peak.add(r.peakMegabytes);
            upgrade.add(r.upgradeSeconds);
            pages = r.pages;
            say(u"  first page %1 s, longest stall %2 ms, peak %3 MB, whole run %4 s"_s
                        .arg(r.firstPageSeconds, 0, 'f', 3)
                        .arg(r.longestStallMs)
                        .arg(r.peakMegabytes, 0, 'f', 1)
                        .arg(r.upgradeSeconds, 0, 'f', 1));
        }
        if (stalls.isEmpty())
            why = u"every run failed (see Failures)"_s;
    }
    stall.measured = stalls;
    first.measured = firstPage;
    memory.measured = peak;
    for (ResultRow *row : {&stall, &first, &memory})
        row->notMeasured = why;
    if (why.isEmpty()) {
        const QString what =
                u"the rehearsal as `bpmsoft-upgrade-wizard --sandbox --speed %1` runs it: the "
                "real services, the real sandbox in the wizard's process (production site, its "
                "SQLite database, the 1C OData server) and the real \"upgrade\" plan — backups, "
                "the test site (a bpmsoft-sandbox process of its own, not counted in e3), "
                "package upload and install, deduplication, integration checks, then "
                "production; the sandbox's simulated waits (compile, install, restart) divided "
                "by %1; scenario \"happy\"; offscreen; pages %2; whole run %3 s"_s
                        .arg(m_options.wizardSpeed)
                        .arg(pages.join(u" → "_s), upgrade.format(1));
        stall.note = what;
        first.note =
                u"main() to the first paint inside the process: %1 s"_s.arg(inProcess.format(3));
    }
    m_table.add(stall);
    m_table.add(first);
    m_table.add(memory);
}

QString BenchRunner::report() const
{
    QStringList out;
    out.append(u"# Benchmark results%1\n"_s.arg(m_options.quick ? u" (quick)"_s : QString()));
    out.append(u"Written by `scripts/bench%1`; how to read it: docs/benchmarks.md.\n"_s.arg(
            m_options.quick ? u" --quick"_s : QString()));
    out.append(u"- date: %1 (UTC), took %2 min"_s.arg(m_started.toString(Qt::ISODate))
                       .arg(m_started.secsTo(QDateTime::currentDateTimeUtc()) / 60.0, 0, 'f', 1));
    for (const QString &line : MachineInfo::describe())
        out.append(u"- "_s + line);
    out.append(u"- PostgreSQL %1 (throwaway server: fsync off, loopback)"_s.arg(
            m_server.serverVersion()));
    for (const QString &fact : m_facts)
        out.append(u"- "_s + fact);
    out.append(u"- repetitions: %1 of each side, interleaved (order reversed every other "
               "repetition); median [min–max]"_s.arg(m_options.repetitions));
    out.append(u"\n## Results\n"_s);
    out.append(m_table.toMarkdown());
    QStringList notes;
    for (const ResultRow &row : m_table.rows())
        if (!row.note.isEmpty())
            notes.append(u"- %1: %2"_s.arg(row.id, row.note));
    if (!notes.isEmpty())
        out.append(notes.join(u"\n"_s) + u"\n"_s);
    out.append(u"ratio = program median / baseline median (for (d): throughput ratio). "
               "“not measured” rows name what is missing; no number is ever estimated.\n"_s);
    if (!m_details.isEmpty()) {
        out.append(u"## Details\n"_s);
        out.append(m_details.join(u"\n"_s));
    }
    if (!m_failures.isEmpty()) {
        out.append(u"## Failures\n"_s);
        for (const QString &f : m_failures)
            out.append(u"- "_s + f);
    }
    return out.join(u"\n"_s) + u"\n"_s;
}

} // namespace upgrade::bench
