#include "BackupRestoreBenchmark.h"

#include "QuietProgress.h"
#include "TimedCommand.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#if UPGRADE_BENCH_HAVE_DBADMIN
#include "database/PostgresAdmin.h"
#endif

using namespace Qt::StringLiterals;

namespace upgrade::bench {

BackupRestoreBenchmark::BackupRestoreBenchmark(const BenchPostgres &server, QString source,
                                               QString target, QString workDir, int restoreJobs)
    : m_server(server)
    , m_source(std::move(source))
    , m_target(std::move(target))
    , m_workDir(std::move(workDir))
    , m_restoreJobs(restoreJobs > 0 ? restoreJobs : defaultRestoreJobs())
{}

int BackupRestoreBenchmark::defaultRestoreJobs()
{
    return qBound(1, QThread::idealThreadCount(), 4);
}

bool BackupRestoreBenchmark::programAvailable()
{
#if UPGRADE_BENCH_HAVE_DBADMIN
    return true;
#else
    return false;
#endif
}

QString BackupRestoreBenchmark::dumpPath(const QString &tag) const
{
    return QDir(m_workDir).filePath(m_source + u'-' + tag + u".backup"_s);
}

void BackupRestoreBenchmark::cleanUp(const QString &dumpFile)
{
    QFile::remove(dumpFile);
    QFile::remove(dumpFile + u".partial"_s);
    m_server.dropDatabase(m_target);
}

QStringList BackupRestoreBenchmark::rawSameCommandLines(int level) const
{
    const QStringList c = m_server.connectionArguments();
    const QString file = dumpPath(u"raw"_s);
    return {TimedCommand::shellLine(u"pg_dump"_s, c + QStringList{u"-Fc"_s, u"-Z%1"_s.arg(level),
                                                                  u"-f"_s, file, m_source}),
            TimedCommand::shellLine(u"pg_restore"_s, {u"--list"_s, file}) + u" >/dev/null"_s,
            TimedCommand::shellLine(u"pg_restore"_s, {u"-f"_s, u"/dev/null"_s, file}),
            TimedCommand::shellLine(u"sha256sum"_s, {file}),
            TimedCommand::shellLine(u"createdb"_s, c + QStringList{u"-T"_s, u"template0"_s, u"-E"_s,
                                                                   u"UTF8"_s, m_target}),
            TimedCommand::shellLine(u"pg_restore"_s,
                                    c + QStringList{u"--no-owner"_s, u"--no-privileges"_s, u"-j"_s,
                                                    QString::number(m_restoreJobs), u"-d"_s,
                                                    m_target, file})};
}

BackupRestoreBenchmark::Run BackupRestoreBenchmark::rawSameCommands(int level)
{
    Run run;
    const QString file = dumpPath(u"raw"_s);
    cleanUp(file);
    const QStringList c = m_server.connectionArguments();
    const QProcessEnvironment env = m_server.toolEnvironment();
    QElapsedTimer clock;
    clock.start();
    auto step = [&](const QString &phase, const QString &tool, const QStringList &args) {
        const auto r = TimedCommand::run(tool, args, env);
        if (!r.ok) {
            run.error = r.error;
            return false;
        }
        for (auto &p : run.phases)
            if (p.first == phase) {
                p.second += r.seconds;
                return true;
            }
        run.phases.append({phase, r.seconds});
        return true;
    };
    const bool ok =
            step(u"backup"_s, m_server.tool(u"pg_dump"_s),
                 c + QStringList{u"-Fc"_s, u"-Z%1"_s.arg(level), u"-f"_s, file, m_source}) &&
            step(u"verify"_s, m_server.tool(u"pg_restore"_s), {u"--list"_s, file}) &&
            step(u"verify"_s, m_server.tool(u"pg_restore"_s), {u"-f"_s, u"/dev/null"_s, file}) &&
            step(u"verify"_s, u"sha256sum"_s, {file}) &&
            step(u"restore"_s, m_server.tool(u"createdb"_s),
                 c + QStringList{u"-T"_s, u"template0"_s, u"-E"_s, u"UTF8"_s, m_target}) &&
            step(u"restore"_s, m_server.tool(u"pg_restore"_s),
                 c + QStringList{u"--no-owner"_s, u"--no-privileges"_s, u"-j"_s,
                                 QString::number(m_restoreJobs), u"-d"_s, m_target, file});
    run.seconds = clock.nsecsElapsed() / 1e9;
    run.backupBytes = QFileInfo(file).size();
    run.ok = ok;
    cleanUp(file);
    return run;
}

BackupRestoreBenchmark::Run BackupRestoreBenchmark::rawDirectory(int level)
{
    Run run;
    const QString dir = dumpPath(u"dir"_s);
    QDir(dir).removeRecursively();
    m_server.dropDatabase(m_target);
    const QStringList c = m_server.connectionArguments();
    const QProcessEnvironment env = m_server.toolEnvironment();
    const QString jobs = QString::number(m_restoreJobs);
    QElapsedTimer clock;
    clock.start();
    auto step = [&](const QString &phase, const QString &tool, const QStringList &args) {
        const auto r = TimedCommand::run(tool, args, env);
        if (!r.ok) {
            run.error = r.error;
            return false;
        }
        if (!run.phases.isEmpty() && run.phases.last().first == phase)
            run.phases.last().second += r.seconds;
        else
            run.phases.append({phase, r.seconds});
        return true;
    };
    bool ok = step(u"backup"_s, m_server.tool(u"pg_dump"_s),
                   c + QStringList{u"-Fd"_s, u"-j"_s, jobs, u"-Z%1"_s.arg(level), u"-f"_s, dir,
                                   m_source}) &&
              step(u"verify"_s, m_server.tool(u"pg_restore"_s), {u"--list"_s, dir}) &&
              step(u"verify"_s, m_server.tool(u"pg_restore"_s), {u"-f"_s, u"/dev/null"_s, dir});
    if (ok) {
        QStringList files;
        for (const QFileInfo &f : QDir(dir).entryInfoList(QDir::Files, QDir::Name)) {
            files.append(f.absoluteFilePath());
            run.backupBytes += f.size();
        }
        ok = step(u"verify"_s, u"sha256sum"_s, files) &&
             step(u"restore"_s, m_server.tool(u"createdb"_s),
                  c + QStringList{u"-T"_s, u"template0"_s, u"-E"_s, u"UTF8"_s, m_target}) &&
             step(u"restore"_s, m_server.tool(u"pg_restore"_s),
                  c + QStringList{u"--no-owner"_s, u"--no-privileges"_s, u"-j"_s, jobs, u"-d"_s,
                                  m_target, dir});
    }
    run.seconds = clock.nsecsElapsed() / 1e9;
    run.ok = ok;
    QDir(dir).removeRecursively();
    m_server.dropDatabase(m_target);
    return run;
}

BackupRestoreBenchmark::Run BackupRestoreBenchmark::rawPlain()
{
    Run run;
    const QString file = dumpPath(u"plain"_s);
    cleanUp(file);
    const QStringList c = m_server.connectionArguments();
    const QProcessEnvironment env = m_server.toolEnvironment();
    QElapsedTimer clock;
    clock.start();
    auto step = [&](const QString &phase, const QString &tool, const QStringList &args) {
        const auto r = TimedCommand::run(tool, args, env);
        if (!r.ok) {
            run.error = r.error;
            return false;
        }
        if (!run.phases.isEmpty() && run.phases.last().first == phase)
            run.phases.last().second += r.seconds;
        else
            run.phases.append({phase, r.seconds});
        return true;
    };
    const bool ok = step(u"backup"_s, m_server.tool(u"pg_dump"_s),
                         c + QStringList{u"-Fc"_s, u"-f"_s, file, m_source}) &&
                    step(u"restore"_s, m_server.tool(u"createdb"_s),
                         c + QStringList{u"-T"_s, u"template0"_s, m_target}) &&
                    step(u"restore"_s, m_server.tool(u"pg_restore"_s),
                         c + QStringList{u"--no-owner"_s, u"-d"_s, m_target, file});
    run.seconds = clock.nsecsElapsed() / 1e9;
    run.backupBytes = QFileInfo(file).size();
    run.ok = ok;
    cleanUp(file);
    return run;
}

BackupRestoreBenchmark::Run BackupRestoreBenchmark::program(int level)
{
    Run run;
#if UPGRADE_BENCH_HAVE_DBADMIN
    const QString file = dumpPath(u"program"_s);
    cleanUp(file);
    DatabaseSettings settings;
    settings.kind = DatabaseKind::PostgreSql;
    settings.host = m_server.host();
    settings.port = m_server.port();
    settings.name = m_source;
    settings.user = m_server.user();
    PostgresAdmin::Options options;
    options.toolsDir = m_server.binDir();
    options.restoreJobs = m_restoreJobs;
    QuietProgress progress;
    QElapsedTimer clock;
    clock.start();
    {
        PostgresAdmin admin(settings, m_server.password(), options);
        BackupRequest request;
        request.outputPath = file;
        if (level >= 0)
            request.compressionLevel = level;
        const BackupResult backup = admin.backup(request, progress);
        const double backupSeconds = clock.nsecsElapsed() / 1e9;
        run.phases.append({u"backup + verify"_s, backupSeconds});
        if (!backup.ok()) {
            run.error = backup.error.message() + u": "_s + backup.error.details();
        } else {
            run.backupBytes = backup.info.sizeBytes;
            const RestoreResult restore = admin.restoreAs(backup.info.path, m_target, progress);
            run.phases.append({u"restore"_s, clock.nsecsElapsed() / 1e9 - backupSeconds});
            if (!restore.ok())
                run.error = restore.error.message() + u": "_s + restore.error.details();
            else
                run.ok = true;
        }
    }
    run.seconds = clock.nsecsElapsed() / 1e9;
    cleanUp(file);
#else
    Q_UNUSED(level);
    run.error = u"core/database is not on this branch yet"_s;
#endif
    return run;
}

} // namespace upgrade::bench
