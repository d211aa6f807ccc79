// The throwaway server that scripts/test starts is reachable, and each test gets its own,
// empty database that is gone afterwards.
#include "PostgresFixture.h"
#include "QtPrinters.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class PostgresFixtureTest : public upgrade::test::PostgresFixture
{};

QString firstDatabase;

TEST_F(PostgresFixtureTest, GivesAnEmptyOwnDatabase)
{
    firstDatabase = databaseName();
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(
            u"SELECT current_database(), count(*) FROM pg_tables WHERE schemaname = 'public'"_s))
            << q.lastError().text().toStdString();
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), databaseName());
    EXPECT_EQ(q.value(1).toInt(), 0);
    exec(u"CREATE TABLE \"SmrSyncHistory\" (\"Id\" uuid PRIMARY KEY)"_s);
}

TEST_F(PostgresFixtureTest, PreviousDatabaseWasDropped)
{
    ASSERT_FALSE(firstDatabase.isEmpty());
    EXPECT_NE(databaseName(), firstDatabase);
    QSqlQuery q(db());
    ASSERT_TRUE(
            q.exec(u"SELECT count(*) FROM pg_database WHERE datname = '%1'"_s.arg(firstDatabase)));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

} // namespace
