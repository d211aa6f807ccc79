#include "SyncHistoryBenchmark.h"

#include "QuietProgress.h"
#include "TimedCommand.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#if UPGRADE_BENCH_HAVE_DBADMIN
#include "database/ConnectorTables.h"
#include "database/PostgresAdmin.h"
#endif
#if UPGRADE_BENCH_HAVE_CLIENT
#include "bpmsoft/BpmSoftClient.h"
#endif

using namespace Qt::StringLiterals;

namespace upgrade::bench {

namespace {
const QString Table = u"SmrSyncHistory"_s;
const QString Pristine = u"bench_sync_pristine"_s;
} // namespace

SyncHistoryBenchmark::SyncHistoryBenchmark(const BenchPostgres &server, QString database)
    : m_server(server)
    , m_database(std::move(database))
{}

bool SyncHistoryBenchmark::programSqlAvailable()
{
    return UPGRADE_BENCH_HAVE_DBADMIN != 0;
}

bool SyncHistoryBenchmark::dataServiceAvailable()
{
    return UPGRADE_BENCH_HAVE_CLIENT != 0;
}

qint64 SyncHistoryBenchmark::prepare(QString *error)
{
    if (!m_server.exec(m_database,
                       u"DROP TABLE IF EXISTS %1; CREATE TABLE %1 AS SELECT * FROM \"%2\""_s.arg(
                               Pristine, Table),
                       error))
        return -1;
    m_rows = m_server.scalar(m_database, u"SELECT count(*) FROM %1"_s.arg(Pristine), error)
                     .toLongLong();
    return m_rows;
}

void SyncHistoryBenchmark::finish()
{
    QString ignored;
    refill(&ignored);
    dropSnapshots();
    m_server.exec(m_database, u"DROP TABLE IF EXISTS %1"_s.arg(Pristine));
}

void SyncHistoryBenchmark::dropSnapshots()
{
    const QString sql = u"DO $$ DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables "
                        "WHERE schemaname = 'public' AND tablename LIKE '%1\\_snap\\_%' LOOP "
                        "EXECUTE format('DROP TABLE %I', t); END LOOP; END $$"_s.arg(Table);
    m_server.exec(m_database, sql);
}

bool SyncHistoryBenchmark::refill(QString *error)
{
    dropSnapshots();
    return m_server.exec(m_database,
                         u"TRUNCATE \"%1\"; INSERT INTO \"%1\" SELECT * FROM %2; "
                         "ANALYZE \"%1\""_s.arg(Table, Pristine),
                         error);
}

SyncHistoryBenchmark::Run SyncHistoryBenchmark::rawSql()
{
    Run run;
    if (!refill(&run.error))
        return run;
    const QString sql = u"BEGIN; LOCK TABLE \"%1\" IN EXCLUSIVE MODE; SELECT count(*) FROM \"%1\"; "
                        "CREATE TABLE \"%1_snap_bench\" AS SELECT * FROM \"%1\"; "
                        "SELECT count(*) FROM \"%1_snap_bench\"; TRUNCATE \"%1\"; "
                        "SELECT count(*) FROM \"%1\"; COMMIT;"_s.arg(Table);
    const auto r = TimedCommand::run(
            m_server.tool(u"psql"_s),
            m_server.connectionArguments() +
                    QStringList{u"-d"_s, m_database, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-c"_s, sql},
            m_server.toolEnvironment());
    run.ok = r.ok;
    run.error = r.error;
    run.seconds = r.seconds;
    run.rowsCleared = m_rows;
    return run;
}

SyncHistoryBenchmark::Run SyncHistoryBenchmark::programSql()
{
    Run run;
#if UPGRADE_BENCH_HAVE_DBADMIN
    if (!refill(&run.error))
        return run;
    DatabaseSettings settings;
    settings.kind = DatabaseKind::PostgreSql;
    settings.host = m_server.host();
    settings.port = m_server.port();
    settings.name = m_database;
    settings.user = m_server.user();
    PostgresAdmin::Options options;
    options.toolsDir = m_server.binDir();
    QuietProgress progress;
    QElapsedTimer clock;
    clock.start();
    {
        PostgresAdmin admin(settings, m_server.password(), options);
        DbError error;
        auto sql = admin.openSql(&error);
        if (!sql) {
            run.error = error.message() + u": "_s + error.details();
            return run;
        }
        ConnectorTables tables(*sql, admin.dialect(), ConnectorSettings{});
        const SyncHistoryClearResult r = tables.snapshotAndClearSyncHistory(progress);
        if (!r.ok())
            run.error = r.error.message() + u": "_s + r.error.details();
        run.ok = r.ok() && r.rowsAfter == 0;
        run.rowsCleared = r.rowsBefore;
        if (r.ok() && r.rowsAfter != 0)
            run.error = u"%1 rows left"_s.arg(r.rowsAfter);
    }
    run.seconds = clock.nsecsElapsed() / 1e9;
#else
    run.error = u"core/database is not on this branch yet"_s;
#endif
    return run;
}

SyncHistoryBenchmark::Run SyncHistoryBenchmark::dataService(const QString &siteUrl,
                                                            const QString &password)
{
    Run run;
#if UPGRADE_BENCH_HAVE_CLIENT
    if (!refill(&run.error))
        return run;
    BpmSoftClientOptions options;
    options.siteUrl = QUrl(siteUrl);
    options.requestTimeoutMs = 60 * 60 * 1000;
    BpmSoftClient client(options, password);
    QuietProgress progress;
    if (!client.login(progress)) {
        run.error = client.lastError().message;
        return run;
    }
    QElapsedTimer clock;
    clock.start();
    const auto removed = client.remove(Table, DataFilter::everything(), progress);
    run.seconds = clock.nsecsElapsed() / 1e9;
    if (!removed) {
        run.error = client.lastError().message;
        return run;
    }
    run.rowsCleared = *removed;
    const qint64 left =
            m_server.scalar(m_database, u"SELECT count(*) FROM \"%1\""_s.arg(Table)).toLongLong();
    run.ok = left == 0;
    if (left != 0)
        run.error = u"%1 rows left after DeleteQuery"_s.arg(left);
#else
    Q_UNUSED(siteUrl);
    Q_UNUSED(password);
    run.error = u"core/bpmsoft is not on this branch yet"_s;
#endif
    return run;
}

} // namespace upgrade::bench
