#include "BenchDatabaseGenerator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace upgrade::bench {

BenchDatabaseGenerator::Sizes BenchDatabaseGenerator::Sizes::forMegabytes(double megabytes)
{
    // Calibrated on PostgreSQL 15: these counts give about 2048 MB (docs/benchmarks.md).
    const double f = megabytes / 2048.0;
    auto scaled = [f](double base, qint64 minimum) {
        return qMax<qint64>(minimum, qint64(std::llround(base * f)));
    };
    Sizes s;
    s.users = scaled(2000, 20);
    s.accounts = scaled(150'000, 100);
    s.products = scaled(20'000, 50);
    s.contacts = scaled(750'000, 500);
    s.activities = scaled(450'000, 300);
    s.files = scaled(11'500, 10);
    s.fileKb = 60;
    s.processLogs = scaled(700'000, 500);
    s.syncRows = scaled(3'500'000, 2000);
    s.integrationLogs = scaled(60'000, 100);
    return s;
}

QMap<QString, QString> BenchDatabaseGenerator::Sizes::variables(const QString &seed) const
{
    return {{u"seed"_s, seed},
            {u"users"_s, QString::number(users)},
            {u"accounts"_s, QString::number(accounts)},
            {u"products"_s, QString::number(products)},
            {u"contacts"_s, QString::number(contacts)},
            {u"activities"_s, QString::number(activities)},
            {u"files"_s, QString::number(files)},
            {u"file_kb"_s, QString::number(fileKb)},
            {u"process_logs"_s, QString::number(processLogs)},
            {u"sync_rows"_s, QString::number(syncRows)},
            {u"integration_logs"_s, QString::number(integrationLogs)}};
}

BenchDatabaseGenerator::BenchDatabaseGenerator(const BenchPostgres &server, QString sqlFile)
    : m_server(server)
    , m_sqlFile(std::move(sqlFile))
{}

const QStringList &BenchDatabaseGenerator::largeTables()
{
    static const QStringList tables{u"SmrSyncHistory"_s,   u"SysProcessLog"_s, u"Contact"_s,
                                    u"Activity"_s,         u"ActivityFile"_s,  u"Account"_s,
                                    u"SmrIntegrationLog"_s};
    return tables;
}

QList<QPair<QString, QString>>
BenchDatabaseGenerator::steps(const QString &sqlFile, const QMap<QString, QString> &variables,
                              QString *error)
{
    QFile file(sqlFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(sqlFile, file.errorString());
        return {};
    }
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression variable(u"\\$\\{([a-z_]+)\\}"_s);
    QString substituted;
    qsizetype last = 0;
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!variables.contains(m.captured(1))) {
            *error = u"%1: no value for ${%2}"_s.arg(sqlFile, m.captured(1));
            return {};
        }
        substituted += text.mid(last, m.capturedStart() - last) + variables.value(m.captured(1));
        last = m.capturedEnd();
    }
    substituted += text.mid(last);

    QList<QPair<QString, QString>> out;
    static const QRegularExpression marker(u"^-- step: (.+)$"_s,
                                           QRegularExpression::MultilineOption);
    QList<QRegularExpressionMatch> marks;
    for (auto it = marker.globalMatch(substituted); it.hasNext();)
        marks.append(it.next());
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const qsizetype from = marks[i].capturedEnd();
        const qsizetype to =
                i + 1 < marks.size() ? marks[i + 1].capturedStart() : substituted.size();
        out.append({marks[i].captured(1).trimmed(), substituted.mid(from, to - from).trimmed()});
    }
    if (out.isEmpty())
        *error = u"%1 has no \"-- step:\" lines"_s.arg(sqlFile);
    return out;
}

BenchDatabaseGenerator::Result
BenchDatabaseGenerator::generate(const QString &database, const Sizes &sizes, const QString &seed,
                                 const std::function<void(const QString &)> &onStep)
{
    Result result;
    QElapsedTimer total;
    total.start();
    const auto work = steps(m_sqlFile, sizes.variables(seed), &result.error);
    if (work.isEmpty())
        return result;
    if (!m_server.dropDatabase(database, &result.error) ||
        !m_server.createDatabase(database, &result.error))
        return result;

    const QString connection = u"bench-generator"_s;
    {
        QSqlDatabase db = m_server.connect(database, connection, &result.error);
        if (!db.isOpen()) {
            BenchPostgres::disconnect(connection);
            return result;
        }
        QSqlQuery q(db);
        q.exec(u"SET synchronous_commit = off"_s);
        q.exec(u"SET maintenance_work_mem = '256MB'"_s);
        for (const auto &[name, sql] : work) {
            if (onStep)
                onStep(name);
            QElapsedTimer clock;
            clock.start();
            if (!q.exec(sql)) {
                result.error = u"step \"%1\": %2"_s.arg(name, q.lastError().text());
                break;
            }
            result.steps.append({name, clock.nsecsElapsed() / 1e9});
        }
        if (result.error.isEmpty()) {
            for (const QString &table : largeTables()) {
                if (q.exec(u"SELECT count(*) FROM %1"_s.arg(
                            BenchPostgres::quoteIdentifier(table))) &&
                    q.next())
                    result.rowCounts.insert(table, q.value(0).toLongLong());
                if (q.exec(u"SELECT pg_total_relation_size('%1')"_s.arg(
                            BenchPostgres::quoteIdentifier(table))) &&
                    q.next())
                    result.tableBytes.insert(table, q.value(0).toLongLong());
            }
        }
    }
    BenchPostgres::disconnect(connection);
    if (!result.error.isEmpty())
        return result;
    result.databaseBytes = m_server.databaseSize(database);
    result.seconds = total.nsecsElapsed() / 1e9;
    result.ok = true;
    return result;
}

} // namespace upgrade::bench
