#pragma once

#include <QSqlDatabase>
#include <QString>

#include <gtest/gtest.h>

#include <optional>

namespace upgrade::test {

/// The throwaway PostgreSQL server that scripts/test starts, from $UPGRADE_TEST_PG_URL
/// (postgresql://user:password@127.0.0.1:port/postgres).
struct PostgresServer
{
    QString host;
    int port = 5432;
    QString user;
    QString password;

    static std::optional<PostgresServer> fromEnvironment();
    /// A QPSQL connection to `database` under a unique connection name; open or with an error.
    QSqlDatabase connect(const QString &database, const QString &connectionName) const;
};

/// Gives each test its own empty database on the throwaway server, dropped afterwards.
/// Without a server the test is skipped — except under CI, where that is a failure.
class PostgresFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    const PostgresServer &server() const { return *m_server; }
    QString databaseName() const { return m_database; }
    /// An open connection to the test's database (one per test, reused).
    QSqlDatabase db();
    /// Runs SQL on the test database; fails the test on error.
    void exec(const QString &sql);

    /// Creates or drops a database on the server (admin connection to "postgres"); any name,
    /// quoted as an identifier.
    bool createDatabase(const QString &name, QString *error = nullptr);
    bool dropDatabase(const QString &name, QString *error = nullptr);

private:
    std::optional<PostgresServer> m_server;
    QString m_database;
    QString m_connection;
};

} // namespace upgrade::test
