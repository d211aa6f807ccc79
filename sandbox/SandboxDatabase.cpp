#include "SandboxDatabase.h"

#include "packagebuilder/PackageArchiveBuilder.h"
#include "util/Log.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace upgrade::sandbox {

namespace {

const QString StatusRunning = u"ed2ae277-b6e2-df11-971b-001d60e938c6"_s;
const QString StatusCompleted = u"815c9586-b6e2-df11-971b-001d60e938c6"_s;
const QString StatusError = u"f942c08d-b6e2-df11-971b-001d60e938c6"_s;
const QString StatusCancelled = u"1be78f3e-234d-4d6a-869a-dc07253fd2f3"_s;

bool isConnectionLost(const QSqlError &e)
{
    const QString text = e.text();
    return e.type() == QSqlError::ConnectionError ||
           text.contains(u"server closed the connection"_s, Qt::CaseInsensitive) ||
           text.contains(u"terminating connection"_s, Qt::CaseInsensitive) ||
           text.contains(u"no connection to the server"_s, Qt::CaseInsensitive) ||
           text.contains(u"connection not open"_s, Qt::CaseInsensitive);
}

} // namespace

SandboxDatabase::SandboxDatabase(QString url)
    : m_url(std::move(url))
    , m_connection(u"sandbox-"_s + newGuid())
{
    QString error;
    parseUrl(m_url, &m_dialect, &m_sqlitePath, &error);
}

SandboxDatabase::~SandboxDatabase()
{
    close();
}

bool SandboxDatabase::parseUrl(const QString &url, SqlDialect *dialect, QString *sqlitePath,
                               QString *error)
{
    const QString u = url.trimmed();
    if (u.startsWith(u"postgresql://"_s) || u.startsWith(u"postgres://"_s)) {
        const QUrl parsed(u);
        if (!parsed.isValid() || parsed.host().isEmpty() || parsed.path().size() < 2) {
            *error = tr("\"%1\" is not a PostgreSQL URL of the form "
                        "postgresql://user:password@host:port/database.")
                             .arg(QUrl(u).toString(QUrl::RemovePassword));
            return false;
        }
        *dialect = SqlDialect::Postgres;
        return true;
    }
    QString path = u;
    if (path.startsWith(u"sqlite://"_s))
        path = path.mid(9);
    else if (path.startsWith(u"sqlite:"_s))
        path = path.mid(7);
    if (path.isEmpty()) {
        *error = tr("No database given.");
        return false;
    }
    *dialect = SqlDialect::Sqlite;
    *sqlitePath = QFileInfo(path).absoluteFilePath();
    return true;
}

QString SandboxDatabase::displayUrl() const
{
    if (m_dialect == SqlDialect::Sqlite)
        return m_sqlitePath;
    return QUrl(m_url).toString(QUrl::RemovePassword);
}

QSqlDatabase SandboxDatabase::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool SandboxDatabase::openConnection(QString *error)
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    if (m_dialect == SqlDialect::Sqlite) {
        QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        QDir().mkpath(QFileInfo(m_sqlitePath).absolutePath());
        d.setDatabaseName(m_sqlitePath);
        d.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=15000"_s);
        if (!d.open()) {
            *error = tr("Cannot open the SQLite database %1: %2")
                             .arg(m_sqlitePath, d.lastError().text());
            return false;
        }
        QSqlQuery q(d);
        q.exec(u"PRAGMA journal_mode=DELETE"_s);
        q.exec(u"PRAGMA synchronous=NORMAL"_s);
        return true;
    }
    const QUrl u(m_url);
    const auto connect = [&](const QString &name, const QString &connection) {
        QSqlDatabase d = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        d.setHostName(u.host());
        d.setPort(u.port(5432));
        d.setUserName(u.userName(QUrl::FullyDecoded));
        d.setPassword(u.password(QUrl::FullyDecoded));
        d.setDatabaseName(name);
        d.setConnectOptions(u"connect_timeout=10"_s);
        d.open();
        return d;
    };
    const QString name = u.path(QUrl::FullyDecoded).mid(1);
    QSqlDatabase d = connect(name, m_connection);
    if (d.isOpen())
        return true;
    const QString firstError = d.lastError().text();
    if (!firstError.contains(u"does not exist"_s)) {
        *error = tr("Cannot connect to the PostgreSQL database %1: %2")
                         .arg(displayUrl(), firstError);
        return false;
    }
    // A new sandbox on a server: create its database.
    {
        const QString admin = m_connection + u"-admin"_s;
        {
            QSqlDatabase a = connect(u"postgres"_s, admin);
            if (!a.isOpen()) {
                *error = tr("Cannot connect to the PostgreSQL server of %1: %2")
                                 .arg(displayUrl(), a.lastError().text());
            } else {
                QSqlQuery q(a);
                if (!q.exec(u"CREATE DATABASE %1"_s.arg(SandboxSchema::quote(name))))
                    *error =
                            tr("Cannot create the database %1: %2").arg(name, q.lastError().text());
            }
            a.close();
        }
        QSqlDatabase::removeDatabase(admin);
    }
    d.close();
    QSqlDatabase::removeDatabase(m_connection);
    d = connect(name, m_connection);
    if (!d.isOpen()) {
        if (error->isEmpty())
            *error = tr("Cannot connect to the PostgreSQL database %1: %2")
                             .arg(displayUrl(), d.lastError().text());
        return false;
    }
    return true;
}

bool SandboxDatabase::open(QString *error)
{
    QString e;
    if (!parseUrl(m_url, &m_dialect, &m_sqlitePath, &e)) {
        *error = e;
        return false;
    }
    return openConnection(error);
}

void SandboxDatabase::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase d = QSqlDatabase::database(m_connection, false);
            d.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool SandboxDatabase::refresh(QString *error)
{
    QString e;
    if (m_dialect == SqlDialect::Sqlite) {
        if (!openConnection(&e)) {
            if (error)
                *error = e;
            return false;
        }
        return true;
    }
    if (db().isOpen())
        return true;
    if (!openConnection(&e)) {
        if (error)
            *error = e;
        return false;
    }
    return true;
}

std::optional<QSqlQuery> SandboxDatabase::exec(const QString &sql, const QVariantList &values,
                                               QString *error)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        bool ok = false;
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
        if (ok)
            return q;
        const QSqlError e = q.lastError();
        if (attempt == 0 && m_dialect == SqlDialect::Postgres && isConnectionLost(e)) {
            QString reopenError;
            if (openConnection(&reopenError))
                continue;
        }
        if (error)
            *error = e.text();
        logDebug(u"sandbox: SQL failed: %1 | %2"_s.arg(sql.left(300), e.text()));
        return std::nullopt;
    }
    return std::nullopt;
}

bool SandboxDatabase::transaction()
{
    return db().transaction();
}

bool SandboxDatabase::commit()
{
    return db().commit();
}

void SandboxDatabase::rollback()
{
    db().rollback();
}

QStringList SandboxDatabase::columns(const QString &table)
{
    const QSqlRecord r = db().record(table);
    QStringList out;
    for (int i = 0; i < r.count(); ++i)
        out.append(r.fieldName(i));
    return out;
}

bool SandboxDatabase::hasTable(const QString &table)
{
    if (m_dialect == SqlDialect::Sqlite) {
        auto q = exec(u"SELECT 1 FROM sqlite_master WHERE name = ?"_s, {table});
        return q && q->next();
    }
    auto q = exec(u"SELECT 1 FROM information_schema.tables WHERE table_schema = "
                  "current_schema() AND table_name = ?"_s,
                  {table});
    return q && q->next();
}

bool SandboxDatabase::hasColumn(const QString &table, const QString &column)
{
    return columns(table).contains(column);
}

QString SandboxDatabase::formatDateTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

QDateTime SandboxDatabase::parseDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime) {
        QDateTime t = value.toDateTime();
        if (t.timeSpec() == Qt::LocalTime)
            t = QDateTime(t.date(), t.time(), QTimeZone::utc());
        return t;
    }
    QString s = value.toString().trimmed();
    s.replace(u'T', u' ');
    if (s.endsWith(u'Z'))
        s.chop(1);
    // PostgreSQL text: microseconds; keep milliseconds.
    const qsizetype dot = s.indexOf(u'.');
    if (dot >= 0 && s.size() > dot + 4)
        s.truncate(dot + 4);
    for (const QString &format : {u"yyyy-MM-dd HH:mm:ss.zzz"_s, u"yyyy-MM-dd HH:mm:ss"_s,
                                  u"yyyy-MM-dd HH:mm:ss.z"_s, u"yyyy-MM-dd HH:mm:ss.zz"_s}) {
        QDateTime t = QDateTime::fromString(s, format);
        if (t.isValid())
            return QDateTime(t.date(), t.time(), QTimeZone::utc());
    }
    return {};
}

QString SandboxDatabase::normaliseGuid(const QString &text)
{
    QString s = text.trimmed().toLower();
    if (s.startsWith(u'{') && s.endsWith(u'}'))
        s = s.mid(1, s.size() - 2);
    return s;
}

QString SandboxDatabase::newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariant SandboxDatabase::toDb(const QVariant &value, ColumnType type) const
{
    if (value.isNull() || !value.isValid())
        return QVariant();
    switch (type) {
    case ColumnType::Guid: {
        const QString g = normaliseGuid(value.toString());
        if (g.isEmpty())
            return QVariant();
        return g;
    }
    case ColumnType::Boolean: {
        bool b = value.toBool();
        if (value.metaType().id() == QMetaType::QString)
            b = value.toString().compare(u"true"_s, Qt::CaseInsensitive) == 0 ||
                value.toString() == u"1"_s;
        return m_dialect == SqlDialect::Sqlite ? QVariant(b ? 1 : 0) : QVariant(b);
    }
    case ColumnType::Integer:
    case ColumnType::BigInt:
        return value.toLongLong();
    case ColumnType::Float:
        return value.toDouble();
    case ColumnType::DateTime: {
        QDateTime t = value.metaType().id() == QMetaType::QDateTime ? value.toDateTime()
                                                                    : parseDateTime(value);
        return t.isValid() ? QVariant(formatDateTime(t)) : QVariant();
    }
    case ColumnType::Text:
        break;
    }
    return value.toString();
}

QJsonValue SandboxDatabase::toJson(const QVariant &value, ColumnType type) const
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    switch (type) {
    case ColumnType::Guid:
        if (value.metaType().id() == QMetaType::QUuid)
            return value.toUuid().toString(QUuid::WithoutBraces);
        return normaliseGuid(value.toString());
    case ColumnType::Boolean:
        if (value.metaType().id() == QMetaType::QString)
            return value.toString() == u"1"_s || value.toString() == u"t"_s ||
                   value.toString().compare(u"true"_s, Qt::CaseInsensitive) == 0;
        return value.toBool();
    case ColumnType::Integer:
    case ColumnType::BigInt:
        return double(value.toLongLong());
    case ColumnType::Float:
        return value.toDouble();
    case ColumnType::DateTime: {
        const QDateTime t = parseDateTime(value);
        return t.isValid() ? QJsonValue(t.toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s))
                           : QJsonValue::Null;
    }
    case ColumnType::Text:
        break;
    }
    return value.toString();
}

QString SandboxDatabase::selectExpression(const QString &qualifiedColumn, ColumnType type) const
{
    if (m_dialect == SqlDialect::Postgres &&
        (type == ColumnType::DateTime || type == ColumnType::Guid))
        return u"CAST(%1 AS text)"_s.arg(qualifiedColumn);
    return qualifiedColumn;
}

bool SandboxDatabase::insertRows(const QString &table, const QStringList &columnNames,
                                 const QList<QVariantList> &rows, QString *error)
{
    if (rows.isEmpty())
        return true;
    QStringList quoted;
    QList<ColumnType> types;
    for (const QString &c : columnNames) {
        quoted.append(SandboxSchema::quote(c));
        types.append(SandboxSchema::typeOf(table, c));
    }
    const QString one = u"("_s + QStringList(columnNames.size(), u"?"_s).join(u", "_s) + u")"_s;
    // SQLite allows at most 999 (older) / 32766 variables per statement.
    const int batch = qMax(1, 900 / int(columnNames.size()));
    for (qsizetype start = 0; start < rows.size(); start += batch) {
        const qsizetype end = qMin(rows.size(), start + batch);
        QStringList tuples;
        QVariantList values;
        for (qsizetype r = start; r < end; ++r) {
            tuples.append(one);
            const QVariantList &row = rows.at(r);
            for (qsizetype c = 0; c < columnNames.size(); ++c)
                values.append(toDb(row.value(c), types.at(c)));
        }
        const QString sql = u"INSERT INTO %1 (%2) VALUES %3"_s.arg(
                SandboxSchema::quote(table), quoted.join(u", "_s), tuples.join(u", "_s));
        if (!exec(sql, values, error))
            return false;
    }
    return true;
}

bool SandboxDatabase::isInitialized()
{
    return hasTable(u"SysPackage"_s);
}

bool SandboxDatabase::initialize(const SiteSeedContext &context, QString *error)
{
    if (isInitialized())
        return true;
    if (!transaction()) {
        *error = db().lastError().text();
        return false;
    }
    for (const QString &statement : SandboxSchema::createStatements(m_dialect)) {
        QString e;
        if (!exec(statement, {}, &e)) {
            rollback();
            *error = tr("Cannot create the sandbox's tables: %1").arg(e);
            return false;
        }
    }
    if (!seed(context, error)) {
        rollback();
        return false;
    }
    if (!commit()) {
        *error = db().lastError().text();
        return false;
    }
    logInfo(u"sandbox: seeded %1 (%2 accounts, %3 products)"_s.arg(displayUrl())
                    .arg(context.sizes.accounts)
                    .arg(context.sizes.products));
    return true;
}

bool SandboxDatabase::seed(const SiteSeedContext &c, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime installed = now.addDays(-400);
    const auto id = [](const QString &name) { return SandboxSeed::stableId(name); };
    const auto fail = [error](const QString &what, const QString &e) {
        *error = tr("Cannot seed %1: %2").arg(what, e);
        return false;
    };
    QString e;

    // Packages: the platform, the customer's, and the connector at its old version.
    QList<QVariantList> packages;
    const QStringList platform = {u"Base"_s,     u"Platform"_s,        u"NUI"_s,
                                  u"UIv2"_s,     u"ProcessDesigner"_s, u"SSP"_s,
                                  u"Approval"_s, u"Completeness"_s,    u"Deduplication"_s,
                                  u"Exchange"_s, u"Timeline"_s,        u"CrtNUI"_s};
    for (const QString &name : platform)
        packages.append({id(u"SysPackage/"_s + name), installed, installed, name,
                         id(u"uid/"_s + name), SandboxSeed::PlatformVersion, u"BPMSoft"_s, 1,
                         QString()});
    packages.append({id(u"SysPackage/Custom"_s), installed, now.addDays(-3), u"Custom"_s,
                     id(u"uid/Custom"_s), u"1.0.0"_s, u"Customer"_s, 0, QString()});
    for (const QString &name : SandboxSeed::connectorPackages())
        packages.append({id(u"SysPackage/"_s + name), installed, now.addDays(-200), name,
                         // UIds stay the same across versions: the builder's (below).
                         QString(), SandboxSeed::OldConnectorVersion, u"SamaraSoft"_s, 1,
                         u"1С Коннектор для BPMSoft"_s});
    for (QVariantList &p : packages)
        if (p[4].toString().isEmpty())
            p[4] = PackageArchiveBuilder::uidFor(p[3].toString());
    if (!insertRows(u"SysPackage"_s,
                    {u"Id"_s, u"CreatedOn"_s, u"ModifiedOn"_s, u"Name"_s, u"UId"_s, u"Version"_s,
                     u"Maintainer"_s, u"InstallType"_s, u"Description"_s},
                    packages, &e))
        return fail(u"SysPackage"_s, e);

    // System settings.
    const QString customId = id(u"SysPackage/Custom"_s);
    struct Setting
    {
        QString code, name, type;
        QVariant text, boolean, guid;
    };
    const QList<Setting> settings = {
            {u"SiteUrl"_s, u"Адрес сайта"_s, u"Text"_s, c.siteUrl, {}, {}},
            {u"Maintainer"_s, u"Издатель"_s, u"Text"_s, u"Customer"_s, {}, {}},
            {u"CurrentPackageId"_s, u"Текущий пакет"_s, u"Lookup"_s, {}, {}, customId},
            {u"SmrOneCIntegrationEnabled"_s,
             u"Интеграция с 1С включена"_s,
             u"Boolean"_s,
             {},
             true,
             {}},
    };
    QList<QVariantList> settingRows, valueRows;
    for (const Setting &s : settings) {
        const QString sid = id(u"SysSettings/"_s + s.code);
        settingRows.append({sid, installed, installed, s.code, s.name, s.type, false, QString()});
        valueRows.append({id(u"SysSettingsValue/"_s + s.code), installed, now.addDays(-10), sid,
                          id(u"SysAdminUnit/AllEmployees"_s), s.text, QVariant(), s.boolean, s.guid,
                          QVariant(), QVariant()});
    }
    if (!insertRows(u"SysSettings"_s,
                    {u"Id"_s, u"CreatedOn"_s, u"ModifiedOn"_s, u"Code"_s, u"Name"_s,
                     u"ValueTypeName"_s, u"IsPersonal"_s, u"Description"_s},
                    settingRows, &e) ||
        !insertRows(u"SysSettingsValue"_s,
                    {u"Id"_s, u"CreatedOn"_s, u"ModifiedOn"_s, u"SysSettingsId"_s,
                     u"SysAdminUnitId"_s, u"TextValue"_s, u"IntegerValue"_s, u"BooleanValue"_s,
                     u"GuidValue"_s, u"DateTimeValue"_s, u"FloatValue"_s},
                    valueRows, &e))
        return fail(u"SysSettings"_s, e);

    // Process schema, statuses and past runs.
    const QString processSchemaId = id(u"SysSchema/"_s + c.integrationProcess);
    if (!insertRows(u"SysSchema"_s,
                    {u"Id"_s, u"CreatedOn"_s, u"ModifiedOn"_s, u"Name"_s, u"Caption"_s,
                     u"ManagerName"_s, u"SysPackageId"_s},
                    {{processSchemaId, installed, installed, c.integrationProcess,
                      u"Запуск интеграции с 1С"_s, u"ProcessSchemaManager"_s,
                      id(u"SysPackage/SmrOneCConnector"_s)}},
                    &e))
        return fail(u"SysSchema"_s, e);
    if (!insertRows(u"SysProcessStatus"_s, {u"Id"_s, u"CreatedOn"_s, u"ModifiedOn"_s, u"Name"_s},
                    {{StatusRunning, installed, installed, u"Выполняется"_s},
                     {StatusCompleted, installed, installed, u"Завершен"_s},
                     {StatusError, installed, installed, u"Ошибка"_s},
                     {StatusCancelled, installed, installed, u"Отменен"_s}},
                    &e))
        return fail(u"SysProcessStatus"_s, e);

    // Integration objects, connection, mapping rows and the data they map.
    const QString accountsObject = id(u"SmrIntegrationObject/Account"_s);
    const QString productsObject = id(u"SmrIntegrationObject/Product"_s);
    if (!insertRows(SandboxSchema::IntegrationObject,
                    {u"Id"_s, u"CreatedOn"_s, u"ModifiedOn"_s, u"SmrName"_s, u"SmrEntityName"_s,
                     u"SmrOneCObject"_s, u"SmrKeyColumn"_s, u"SmrOneCKeyField"_s, u"SmrIsActive"_s,
                     u"SmrExportEnabled"_s, u"SmrOrder"_s},
                    {{accountsObject, installed, installed, u"Контрагенты"_s, u"Account"_s,
                      u"Catalog_Контрагенты"_s, u"SmrINN"_s, u"ИНН"_s, true, true, 1},
                     {productsObject, installed, installed, u"Номенклатура"_s, u"Product"_s,
                      u"Catalog_Номенклатура"_s, u"Code"_s, u"Артикул"_s, true, false, 2}},
                    &e))
        return fail(SandboxSchema::IntegrationObject, e);
    if (!insertRows(SandboxSchema::OneCConnection,
                    {u"Id"_s, u"CreatedOn"_s, u"ModifiedOn"_s, u"SmrName"_s, u"SmrUrl"_s,
                     u"SmrUser"_s, u"SmrPassword"_s, u"SmrIsActive"_s},
                    {{id(u"SmrOneCConnection/main"_s), installed, now.addDays(-30),
                      u"Основная база 1С"_s, c.oneCUrl, c.oneCUser, c.oneCPassword, true}},
                    &e))
        return fail(SandboxSchema::OneCConnection, e);

    const SandboxSeed::Sizes &z = c.sizes;
    QList<QVariantList> accounts, products, history;
    for (int i = 0; i < z.accounts; ++i) {
        const QDateTime created = installed.addSecs(qint64(i) * 600);
        accounts.append({SandboxSeed::accountId(i), created, created,
                         SandboxSeed::contractorName(i), SandboxSeed::inn(i)});
        history.append({id(u"SmrSyncHistory/Account/%1"_s.arg(i)), created, created, u"Account"_s,
                        SandboxSeed::accountId(i), SandboxSeed::contractorRef(i), created});
    }
    for (int k = 0; k < z.newAccountsInBpm; ++k) {
        const QDateTime created = now.addDays(-1).addSecs(k * 60);
        accounts.append({SandboxSeed::newAccountId(k), created, created,
                         SandboxSeed::newAccountName(k), SandboxSeed::newAccountInn(k)});
    }
    for (int i = 0; i < z.products; ++i) {
        const QDateTime created = installed.addSecs(qint64(i) * 900);
        products.append({SandboxSeed::productId(i), created, created, SandboxSeed::productName(i),
                         SandboxSeed::article(i)});
        history.append({id(u"SmrSyncHistory/Product/%1"_s.arg(i)), created, created, u"Product"_s,
                        SandboxSeed::productId(i), SandboxSeed::productRef(i), created});
    }
    if (!insertRows(u"Account"_s,
                    {u"Id"_s, u"CreatedOn"_s, u"ModifiedOn"_s, u"Name"_s, u"SmrINN"_s}, accounts,
                    &e))
        return fail(u"Account"_s, e);
    if (!insertRows(u"Product"_s, {u"Id"_s, u"CreatedOn"_s, u"ModifiedOn"_s, u"Name"_s, u"Code"_s},
                    products, &e))
        return fail(u"Product"_s, e);
    if (!insertRows(SandboxSchema::SyncHistory,
                    {u"Id"_s, u"CreatedOn"_s, u"ModifiedOn"_s, u"SmrObjectName"_s, u"SmrRecordId"_s,
                     u"SmrExternalId"_s, u"SmrSyncDate"_s},
                    history, &e))
        return fail(SandboxSchema::SyncHistory, e);

    // Past integration runs: the process log and the connector's own log.
    QList<QVariantList> runs, logRows;
    for (int r = 0; r < z.integrationLogRuns; ++r) {
        const QDateTime start = now.addSecs(-qint64(z.integrationLogRuns - r) * 3600);
        const QDateTime end = start.addSecs(42 + r % 20);
        const QString runId = id(u"SysProcessLog/%1"_s.arg(r));
        runs.append({runId, start, end, u"Запуск интеграции с 1С"_s, StatusCompleted, start, end,
                     QString(), processSchemaId});
        int n = 0;
        for (const QString &object : {accountsObject, productsObject}) {
            logRows.append({id(u"SmrIntegrationLog/%1/%2"_s.arg(r).arg(n++)), start, end, object,
                            runId, start, end, u"Success"_s, r % 3, 2 + r % 5, 0, 0, 0,
                            u"Синхронизация выполнена"_s});
        }
    }
    if (!insertRows(u"SysProcessLog"_s,
                    {u"Id"_s, u"CreatedOn"_s, u"ModifiedOn"_s, u"Name"_s, u"StatusId"_s,
                     u"StartDate"_s, u"CompleteDate"_s, u"ErrorDescription"_s, u"SysSchemaId"_s},
                    runs, &e))
        return fail(u"SysProcessLog"_s, e);
    if (!insertRows(SandboxSchema::IntegrationLog,
                    {u"Id"_s, u"CreatedOn"_s, u"ModifiedOn"_s, u"SmrIntegrationObjectId"_s,
                     u"SmrProcessLogId"_s, u"SmrStartDate"_s, u"SmrEndDate"_s, u"SmrStatus"_s,
                     u"SmrCreated"_s, u"SmrUpdated"_s, u"SmrLinked"_s, u"SmrExported"_s,
                     u"SmrErrors"_s, u"SmrMessage"_s},
                    logRows, &e))
        return fail(SandboxSchema::IntegrationLog, e);

    // The scheduler and mail: what a test copy must switch off.
    const qint64 ticks = now.addSecs(900).toMSecsSinceEpoch() * 10000 + 621355968000000000LL;
    QList<QVariantList> triggers;
    const QList<QPair<QString, QString>> jobs = {
            {u"SmrRunIntegrationTrigger"_s, u"SmrRunIntegrationJob"_s},
            {u"MailboxSynchronizationTrigger"_s, u"MailboxSynchronizationJob"_s},
            {u"ProcessLogArchivingTrigger"_s, u"ProcessLogArchivingJob"_s}};
    for (const auto &job : jobs)
        triggers.append({u"BPMSoftQuartzScheduler"_s, job.first, u"BPMSoft"_s, job.second,
                         u"BPMSoft"_s, QString(), ticks, ticks - 9000000000LL, 5, u"WAITING"_s,
                         u"SIMPLE"_s, ticks - 3600LL * 24 * 400 * 10000000, 0});
    if (!insertRows(u"QRTZ_TRIGGERS"_s,
                    {u"SCHED_NAME"_s, u"TRIGGER_NAME"_s, u"TRIGGER_GROUP"_s, u"JOB_NAME"_s,
                     u"JOB_GROUP"_s, u"DESCRIPTION"_s, u"NEXT_FIRE_TIME"_s, u"PREV_FIRE_TIME"_s,
                     u"PRIORITY"_s, u"TRIGGER_STATE"_s, u"TRIGGER_TYPE"_s, u"START_TIME"_s,
                     u"END_TIME"_s},
                    triggers, &e))
        return fail(u"QRTZ_TRIGGERS"_s, e);
    const QString serverId = id(u"MailServer/main"_s);
    if (!insertRows(u"MailServer"_s,
                    {u"Id"_s, u"CreatedOn"_s, u"ModifiedOn"_s, u"Name"_s, u"Address"_s, u"Port"_s,
                     u"UseSSL"_s},
                    {{serverId, installed, installed, u"Корпоративная почта"_s,
                      u"mail.example.ru"_s, 993, true}},
                    &e))
        return fail(u"MailServer"_s, e);
    QList<QVariantList> mailboxes;
    for (const QString &box : {u"sales"_s, u"support"_s, u"manager"_s})
        mailboxes.append({id(u"MailboxSyncSettings/"_s + box), installed, installed,
                          box + u"@example.ru"_s, box + u"@example.ru"_s, serverId, true});
    if (!insertRows(u"MailboxSyncSettings"_s,
                    {u"Id"_s, u"CreatedOn"_s, u"ModifiedOn"_s, u"SenderEmailAddress"_s,
                     u"UserName"_s, u"MailServerId"_s, u"EnableMailSynhronization"_s},
                    mailboxes, &e))
        return fail(u"MailboxSyncSettings"_s, e);
    return true;
}

} // namespace upgrade::sandbox
