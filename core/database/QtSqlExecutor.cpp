#include "QtSqlExecutor.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

QString errorText(const QSqlError &e)
{
    QString text = e.databaseText().trimmed();
    const QString driver = e.driverText().trimmed();
    if (text.isEmpty())
        return driver;
    if (!driver.isEmpty() && !text.contains(driver))
        text += u" ("_s + driver + u')';
    return text;
}

SqlOutcome failed(const QSqlError &e)
{
    return SqlOutcome::failure(errorText(e), e.nativeErrorCode());
}

} // namespace

QtSqlExecutor::~QtSqlExecutor()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool QtSqlExecutor::open(const SqlConnectionSpec &spec, QString *error, QString *nativeCode)
{
    static QAtomicInt counter;
    m_connectionName = u"upgrade-db-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    m_sqlite = spec.driver == u"QSQLITE"_s;
    QSqlDatabase db = QSqlDatabase::addDatabase(spec.driver, m_connectionName);
    if (!db.isValid()) {
        if (error)
            *error = u"Qt SQL driver %1 is not available"_s.arg(spec.driver);
        return false;
    }
    if (!spec.host.isEmpty())
        db.setHostName(spec.host);
    if (spec.port > 0)
        db.setPort(spec.port);
    db.setDatabaseName(spec.database);
    if (!spec.user.isEmpty())
        db.setUserName(spec.user);
    if (!spec.password.isEmpty())
        db.setPassword(spec.password);
    if (!spec.connectOptions.isEmpty())
        db.setConnectOptions(spec.connectOptions);
    if (!db.open()) {
        if (error)
            *error = errorText(db.lastError());
        if (nativeCode)
            *nativeCode = db.lastError().nativeErrorCode();
        return false;
    }
    return true;
}

QSqlDatabase QtSqlExecutor::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

SqlOutcome QtSqlExecutor::exec(const QString &sql, const QVariantList &values)
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return SqlOutcome::failure(u"the connection is not open"_s);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        if (ok) {
            for (const QVariant &v : values)
                q.addBindValue(v);
            ok = q.exec();
        }
    }
    if (!ok)
        return failed(q.lastError());

    SqlOutcome outcome;
    const bool multiple = db.driver()->hasFeature(QSqlDriver::MultipleResultSets);
    // Read every result: for MS SQL each STATS message of a BACKUP is one more result, and
    // letting the statement go before the last one cancels the backup on the server.
    do {
        if (q.isSelect()) {
            SqlResultSet set;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i)
                set.columns.append(record.fieldName(i));
            while (q.next()) {
                QVariantList row;
                row.reserve(record.count());
                for (int i = 0; i < record.count(); ++i)
                    row.append(q.value(i));
                set.rows.append(row);
            }
            if (q.lastError().isValid())
                return failed(q.lastError());
            outcome.resultSets.append(set);
        } else {
            const int affected = q.numRowsAffected();
            if (affected >= 0)
                outcome.rowsAffected = affected;
        }
    } while (multiple && q.nextResult());
    if (q.lastError().isValid())
        return failed(q.lastError());
    outcome.ok = true;
    return outcome;
}

bool QtSqlExecutor::beginTransaction(QString *error)
{
    if (m_sqlite) {
        // Take the write lock at once, so that what we count is what we change.
        const SqlOutcome o = exec(u"BEGIN IMMEDIATE"_s);
        if (!o.ok && error)
            *error = o.errorText;
        return o.ok;
    }
    QSqlDatabase db = database();
    if (db.transaction())
        return true;
    if (error)
        *error = errorText(db.lastError());
    return false;
}

bool QtSqlExecutor::commit(QString *error)
{
    if (m_sqlite) {
        const SqlOutcome o = exec(u"COMMIT"_s);
        if (!o.ok && error)
            *error = o.errorText;
        return o.ok;
    }
    QSqlDatabase db = database();
    if (db.commit())
        return true;
    if (error)
        *error = errorText(db.lastError());
    return false;
}

bool QtSqlExecutor::rollback(QString *error)
{
    if (m_sqlite) {
        const SqlOutcome o = exec(u"ROLLBACK"_s);
        if (!o.ok && error)
            *error = o.errorText;
        return o.ok;
    }
    QSqlDatabase db = database();
    if (db.rollback())
        return true;
    if (error)
        *error = errorText(db.lastError());
    return false;
}

} // namespace upgrade
