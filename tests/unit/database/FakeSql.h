#pragma once

// A scripted SQL server for unit tests of the code that builds SQL (MS SQL, connector tables):
// rules match statements by regular expression and answer with result sets, row counts or
// errors; every statement is recorded with the connection it came on. Thread-safe, because
// MsSqlAdmin runs BACKUP/RESTORE on a worker thread and polls progress on another connection.

#include "database/SqlConnector.h"
#include "database/SqlExecutor.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <memory>

namespace upgrade::test {

struct RecordedStatement
{
    int connection = 0;
    QString database;
    QString sql;
    QVariantList values;
};

class FakeSqlServer
{
public:
    using Responder = std::function<SqlOutcome(const QString &sql, const QVariantList &values)>;

    /// Later rules win over earlier ones.
    void on(const QString &pattern, Responder responder)
    {
        QMutexLocker lock(&m_mutex);
        m_rules.prepend({QRegularExpression(pattern,
                                            QRegularExpression::CaseInsensitiveOption |
                                                    QRegularExpression::DotMatchesEverythingOption),
                         std::move(responder)});
    }
    void on(const QString &pattern, const SqlOutcome &outcome)
    {
        on(pattern, [outcome](const QString &, const QVariantList &) { return outcome; });
    }

    SqlOutcome handle(int connection, const QString &database, const QString &sql,
                      const QVariantList &values)
    {
        Responder responder;
        {
            QMutexLocker lock(&m_mutex);
            m_log.append({connection, database, sql, values});
            for (const auto &rule : std::as_const(m_rules)) {
                if (rule.first.match(sql).hasMatch()) {
                    responder = rule.second;
                    break;
                }
            }
        }
        if (responder)
            return responder(sql, values);
        SqlOutcome ok;
        ok.ok = true;
        ok.rowsAffected = 0;
        return ok;
    }

    QList<RecordedStatement> log() const
    {
        QMutexLocker lock(&m_mutex);
        return m_log;
    }
    QStringList statements() const
    {
        QStringList s;
        for (const auto &r : log())
            s.append(r.sql);
        return s;
    }
    /// The first recorded statement matching `pattern` (or an empty one).
    RecordedStatement find(const QString &pattern) const
    {
        const QRegularExpression re(pattern,
                                    QRegularExpression::CaseInsensitiveOption |
                                            QRegularExpression::DotMatchesEverythingOption);
        for (const auto &r : log())
            if (re.match(r.sql).hasMatch())
                return r;
        return {};
    }
    int count(const QString &pattern) const
    {
        const QRegularExpression re(pattern,
                                    QRegularExpression::CaseInsensitiveOption |
                                            QRegularExpression::DotMatchesEverythingOption);
        int n = 0;
        for (const auto &r : log())
            if (re.match(r.sql).hasMatch())
                ++n;
        return n;
    }

    int transactionsBegun = 0; // guarded by the mutex through the executor
    int commits = 0;
    int rollbacks = 0;
    QString openError; ///< when set, every open() fails with it
    QString openErrorCode;
    mutable QMutex m_mutex;

private:
    QList<std::pair<QRegularExpression, Responder>> m_rules;
    QList<RecordedStatement> m_log;
};

class FakeExecutor : public SqlExecutor
{
public:
    FakeExecutor(FakeSqlServer &server, int connection, QString database)
        : m_server(server)
        , m_connection(connection)
        , m_database(std::move(database))
    {}
    SqlOutcome exec(const QString &sql, const QVariantList &values = {}) override
    {
        return m_server.handle(m_connection, m_database, sql, values);
    }
    bool beginTransaction(QString *) override
    {
        QMutexLocker lock(&m_server.m_mutex);
        ++m_server.transactionsBegun;
        return true;
    }
    bool commit(QString *) override
    {
        QMutexLocker lock(&m_server.m_mutex);
        ++m_server.commits;
        return true;
    }
    bool rollback(QString *) override
    {
        QMutexLocker lock(&m_server.m_mutex);
        ++m_server.rollbacks;
        return true;
    }

private:
    FakeSqlServer &m_server;
    int m_connection;
    QString m_database;
};

class FakeConnector : public SqlConnector
{
public:
    explicit FakeConnector(FakeSqlServer &server)
        : m_server(server)
    {}
    std::unique_ptr<SqlExecutor> open(const QString &database, QString *error,
                                      QString *nativeCode) override
    {
        QMutexLocker lock(&m_server.m_mutex);
        if (!m_server.openError.isEmpty()) {
            if (error)
                *error = m_server.openError;
            if (nativeCode)
                *nativeCode = m_server.openErrorCode;
            return nullptr;
        }
        return std::make_unique<FakeExecutor>(m_server, ++m_connections, database);
    }

private:
    FakeSqlServer &m_server;
    int m_connections = 0;
};

/// Outcome helpers.
inline SqlOutcome rows(const QStringList &columns, const QList<QVariantList> &data)
{
    SqlOutcome o;
    o.ok = true;
    o.resultSets.append({columns, data});
    return o;
}
inline SqlOutcome scalar(const QVariant &value)
{
    return rows({QStringLiteral("value")}, {{value}});
}
inline SqlOutcome affected(qint64 n)
{
    SqlOutcome o;
    o.ok = true;
    o.rowsAffected = n;
    return o;
}
inline SqlOutcome error(const QString &text, const QString &code = {})
{
    return SqlOutcome::failure(text, code);
}

} // namespace upgrade::test
