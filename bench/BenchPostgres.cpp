#include "BenchPostgres.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace upgrade::bench {

std::optional<BenchPostgres> BenchPostgres::fromUrl(const QString &text, const QString &binDir,
                                                    QString *error)
{
    const QUrl url(text);
    if (!url.isValid() || (url.scheme() != u"postgresql"_s && url.scheme() != u"postgres"_s) ||
        url.userName().isEmpty() || url.host().isEmpty()) {
        if (error)
            *error = u"not a postgresql://user:password@host:port/ URL"_s;
        return std::nullopt;
    }
    BenchPostgres pg;
    pg.m_host = url.host();
    pg.m_port = url.port(5432);
    pg.m_user = url.userName();
    pg.m_password = url.password();
    pg.m_binDir = binDir;
    return pg;
}

QString BenchPostgres::url(const QString &database) const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_user);
    url.setPassword(m_password);
    url.setPath(u'/' + database);
    return url.toString();
}

QString BenchPostgres::tool(const QString &name) const
{
    if (!m_binDir.isEmpty()) {
        const QString path = QDir(m_binDir).filePath(name);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return QStandardPaths::findExecutable(name);
}

QProcessEnvironment BenchPostgres::toolEnvironment() const
{
    QProcessEnvironment env;
    env.insert(u"PGPASSWORD"_s, m_password);
    return env;
}

QStringList BenchPostgres::connectionArguments() const
{
    return {u"-h"_s, m_host, u"-p"_s, QString::number(m_port), u"-U"_s, m_user};
}

QSqlDatabase BenchPostgres::connect(const QString &database, const QString &connectionName,
                                    QString *error) const
{
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
                              ? QSqlDatabase::database(connectionName, false)
                              : QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    if (db.isOpen() && db.databaseName() == database)
        return db;
    db.close();
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setUserName(m_user);
    db.setPassword(m_password);
    db.setDatabaseName(database);
    // No NOTICE lines ("does not exist, skipping") on the console.
    db.setConnectOptions(u"options='-c client_min_messages=warning'"_s);
    if (!db.open() && error)
        *error = db.lastError().text();
    return db;
}

void BenchPostgres::disconnect(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    QSqlDatabase::database(connectionName, false).close();
    QSqlDatabase::removeDatabase(connectionName);
}

bool BenchPostgres::exec(const QString &database, const QString &sql, QString *error) const
{
    const QString name = u"bench-exec"_s;
    bool ok = false;
    {
        QSqlDatabase db = connect(database, name, error);
        if (db.isOpen()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        }
    }
    disconnect(name);
    return ok;
}

QVariant BenchPostgres::scalar(const QString &database, const QString &sql, QString *error) const
{
    const QString name = u"bench-scalar"_s;
    QVariant value;
    {
        QSqlDatabase db = connect(database, name, error);
        if (db.isOpen()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
            else if (error)
                *error = q.lastError().text();
        }
    }
    disconnect(name);
    return value;
}

bool BenchPostgres::databaseExists(const QString &name) const
{
    QString quoted = name;
    quoted.replace(u'\'', u"''"_s);
    return scalar(u"postgres"_s,
                  u"SELECT count(*) FROM pg_database WHERE datname = '%1'"_s.arg(quoted))
                   .toInt() > 0;
}

bool BenchPostgres::createDatabase(const QString &name, QString *error) const
{
    return exec(
            u"postgres"_s,
            u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'"_s.arg(quoteIdentifier(name)),
            error);
}

bool BenchPostgres::dropDatabase(const QString &name, QString *error) const
{
    return exec(u"postgres"_s,
                u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(quoteIdentifier(name)), error);
}

qint64 BenchPostgres::databaseSize(const QString &name) const
{
    QString quoted = name;
    quoted.replace(u'\'', u"''"_s);
    bool ok = false;
    const qint64 size =
            scalar(u"postgres"_s, u"SELECT pg_database_size('%1')"_s.arg(quoted)).toLongLong(&ok);
    return ok ? size : -1;
}

QString BenchPostgres::serverVersion() const
{
    return scalar(u"postgres"_s, u"SELECT current_setting('server_version')"_s).toString();
}

QString BenchPostgres::quoteIdentifier(const QString &name)
{
    QString q = name;
    q.replace(u'"', u"\"\""_s);
    return u'"' + q + u'"';
}

} // namespace upgrade::bench
