#include "PostgresFixture.h"

#include "database/SqlDialect.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace upgrade::test {

std::optional<PostgresServer> PostgresServer::fromEnvironment()
{
    const QString text = qEnvironmentVariable("UPGRADE_TEST_PG_URL");
    if (text.isEmpty())
        return std::nullopt;
    const QUrl url(text);
    PostgresServer s;
    s.host = url.host();
    s.port = url.port(5432);
    s.user = url.userName();
    s.password = url.password();
    return s;
}

QSqlDatabase PostgresServer::connect(const QString &database, const QString &connectionName) const
{
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
                              ? QSqlDatabase::database(connectionName, false)
                              : QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(database);
    db.open();
    return db;
}

namespace {

bool adminExec(const PostgresServer &server, const QString &sql, QString *error)
{
    const QString name = u"admin-"_s + QString::number(QRandomGenerator::global()->generate());
    bool ok = false;
    {
        QSqlDatabase db = server.connect(u"postgres"_s, name);
        if (db.isOpen()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

void PostgresFixture::SetUp()
{
    m_server = PostgresServer::fromEnvironment();
    if (!m_server) {
        if (qEnvironmentVariableIsSet("CI"))
            FAIL() << "UPGRADE_TEST_PG_URL is not set: scripts/test starts the server";
        GTEST_SKIP() << "no PostgreSQL server: run through scripts/test";
    }
    const auto *info = ::testing::UnitTest::GetInstance()->current_test_info();
    m_database = u"t_%1_%2"_s.arg(QString::fromLatin1(info->name()).toLower().left(30))
                         .arg(QRandomGenerator::global()->bounded(1000000));
    m_database.replace(u'/', u'_');
    QString error;
    ASSERT_TRUE(createDatabase(m_database, &error)) << error.toStdString();
    m_connection = u"test-"_s + m_database;
}

void PostgresFixture::TearDown()
{
    if (!m_server || m_database.isEmpty())
        return;
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    dropDatabase(m_database);
}

QSqlDatabase PostgresFixture::db()
{
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                              ? QSqlDatabase::database(m_connection)
                              : m_server->connect(m_database, m_connection);
    EXPECT_TRUE(db.isOpen()) << db.lastError().text().toStdString();
    return db;
}

void PostgresFixture::exec(const QString &sql)
{
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
}

bool PostgresFixture::createDatabase(const QString &name, QString *error)
{
    return adminExec(*m_server,
                     u"CREATE DATABASE %1 TEMPLATE template0"_s.arg(
                             SqlDialect(DatabaseKind::PostgreSql).quoteIdentifier(name)),
                     error);
}

bool PostgresFixture::dropDatabase(const QString &name, QString *error)
{
    return adminExec(*m_server,
                     u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(
                             SqlDialect(DatabaseKind::PostgreSql).quoteIdentifier(name)),
                     error);
}

} // namespace upgrade::test
