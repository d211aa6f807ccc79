#include "OneCInfobase.h"

#include "SandboxDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace upgrade::sandbox {

namespace {

QString sha256(const QString &text)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool isName(const QString &s)
{
    static const QRegularExpression re(u"^[\\w]{1,128}$"_s,
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(s).hasMatch();
}

QString q(const QString &identifier)
{
    return SandboxSchema::quote(identifier);
}

} // namespace

bool OneCInfobase::exists(const QString &folder)
{
    return QFileInfo::exists(QDir(folder).filePath(FileName));
}

OneCInfobase::OneCInfobase(QString folder)
    : m_folder(std::move(folder))
    , m_connection(u"onec-"_s + SandboxDatabase::newGuid())
{}

OneCInfobase::~OneCInfobase()
{
    close();
}

bool OneCInfobase::open(QString *error)
{
    close();
    QDir().mkpath(m_folder);
    QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    d.setDatabaseName(QDir(m_folder).filePath(FileName));
    d.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=15000"_s);
    if (!d.open()) {
        if (error)
            *error =
                    tr("Cannot open the 1C infobase in %1: %2").arg(m_folder, d.lastError().text());
        return false;
    }
    QSqlQuery(d).exec(u"PRAGMA journal_mode=DELETE"_s);
    return true;
}

void OneCInfobase::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase d = QSqlDatabase::database(m_connection, false);
            d.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QSqlDatabase OneCInfobase::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool OneCInfobase::create(const QString &folder, const QString &name, const QString &user,
                          const QString &password, const SandboxSeed::Sizes &sizes, QString *error)
{
    if (exists(folder))
        return true;
    OneCInfobase ib(folder);
    if (!ib.open(error))
        return false;
    QSqlDatabase d = ib.db();
    d.transaction();
    QSqlQuery query(d);
    const QStringList ddl = {
            u"CREATE TABLE \"Catalog_Контрагенты\" (\"Ref_Key\" TEXT PRIMARY KEY, "
            "\"DataVersion\" TEXT, \"DeletionMark\" INTEGER NOT NULL DEFAULT 0, \"Code\" TEXT, "
            "\"Description\" TEXT, \"ИНН\" TEXT)"_s,
            u"CREATE TABLE \"Catalog_Номенклатура\" (\"Ref_Key\" TEXT PRIMARY KEY, "
            "\"DataVersion\" TEXT, \"DeletionMark\" INTEGER NOT NULL DEFAULT 0, \"Code\" TEXT, "
            "\"Description\" TEXT, \"Артикул\" TEXT)"_s,
            u"CREATE TABLE \"_Users\" (\"Name\" TEXT PRIMARY KEY, \"PasswordSha256\" TEXT)"_s,
            u"CREATE TABLE \"_Info\" (\"Key\" TEXT PRIMARY KEY, \"Value\" TEXT)"_s,
            u"CREATE TABLE \"_ExchangeLog\" (\"Id\" INTEGER PRIMARY KEY AUTOINCREMENT, "
            "\"Time\" TEXT, \"Method\" TEXT, \"Path\" TEXT, \"Status\" INTEGER, \"Agent\" TEXT)"_s,
    };
    for (const QString &statement : ddl) {
        if (!query.exec(statement)) {
            if (error)
                *error = tr("Cannot create the 1C infobase in %1: %2")
                                 .arg(folder, query.lastError().text());
            d.rollback();
            return false;
        }
    }
    const auto insertAll = [&](const QString &table, const QStringList &columns,
                               const QList<QVariantList> &rows) {
        QStringList marks(columns.size(), u"?"_s);
        QStringList quoted;
        for (const QString &c : columns)
            quoted.append(q(c));
        QSqlQuery ins(d);
        ins.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(q(table), quoted.join(u", "_s),
                                                             marks.join(u", "_s)));
        for (const QVariantList &row : rows) {
            for (int i = 0; i < row.size(); ++i)
                ins.bindValue(i, row.at(i));
            if (!ins.exec()) {
                if (error)
                    *error = ins.lastError().text();
                return false;
            }
        }
        return true;
    };
    QList<QVariantList> contractors, items;
    for (int i = 0; i < sizes.accounts + sizes.newContractorsInOneC; ++i)
        contractors.append({SandboxSeed::contractorRef(i), u"00000000%1"_s.arg(i % 97), 0,
                            u"%1"_s.arg(i + 1, 9, 10, QLatin1Char('0')),
                            SandboxSeed::contractorName(i), SandboxSeed::inn(i)});
    for (int i = 0; i < sizes.products + sizes.newProductsInOneC; ++i)
        items.append({SandboxSeed::productRef(i), u"00000000%1"_s.arg(i % 89), 0,
                      u"%1"_s.arg(i + 1, 11, 10, QLatin1Char('0')), SandboxSeed::productName(i),
                      SandboxSeed::article(i)});
    const bool ok =
            insertAll(u"Catalog_Контрагенты"_s,
                      {u"Ref_Key"_s, u"DataVersion"_s, u"DeletionMark"_s, u"Code"_s,
                       u"Description"_s, u"ИНН"_s},
                      contractors) &&
            insertAll(u"Catalog_Номенклатура"_s,
                      {u"Ref_Key"_s, u"DataVersion"_s, u"DeletionMark"_s, u"Code"_s,
                       u"Description"_s, u"Артикул"_s},
                      items) &&
            insertAll(u"_Users"_s, {u"Name"_s, u"PasswordSha256"_s}, {{user, sha256(password)}}) &&
            insertAll(u"_Info"_s, {u"Key"_s, u"Value"_s},
                      {{u"Name"_s, name},
                       {u"CreatedOn"_s,
                        SandboxDatabase::formatDateTime(QDateTime::currentDateTimeUtc())},
                       {u"Configuration"_s, u"Управление торговлей, ред. 11"_s}});
    if (!ok) {
        d.rollback();
        return false;
    }
    return d.commit();
}

bool OneCInfobase::checkUser(const QString &user, const QString &password)
{
    QSqlQuery query(db());
    query.prepare(u"SELECT \"PasswordSha256\" FROM \"_Users\" WHERE \"Name\" = ?"_s);
    query.addBindValue(user);
    return query.exec() && query.next() && query.value(0).toString() == sha256(password);
}

QStringList OneCInfobase::entitySets()
{
    QStringList out;
    for (const QString &t : db().tables())
        if (t.startsWith(u"Catalog_"_s) || t.startsWith(u"Document_"_s))
            out.append(t);
    out.sort();
    return out;
}

QStringList OneCInfobase::fields(const QString &entitySet)
{
    QStringList out;
    if (!entitySets().contains(entitySet))
        return out;
    const QSqlRecord r = db().record(entitySet);
    for (int i = 0; i < r.count(); ++i)
        out.append(r.fieldName(i));
    return out;
}

std::optional<QJsonArray> OneCInfobase::read(const QString &entitySet,
                                             const QList<QPair<QString, QString>> &filters, int top,
                                             int skip, QString *error)
{
    const QStringList names = fields(entitySet);
    if (names.isEmpty()) {
        if (error)
            *error = u"entity set %1 not found"_s.arg(entitySet);
        return std::nullopt;
    }
    QStringList where;
    QVariantList binds;
    for (const auto &f : filters) {
        if (!names.contains(f.first) || !isName(f.first)) {
            if (error)
                *error = u"unknown field %1"_s.arg(f.first);
            return std::nullopt;
        }
        where.append(q(f.first) + u" = ?"_s);
        binds.append(f.first == u"DeletionMark"_s ? QVariant(f.second == u"true"_s ? 1 : 0)
                                                  : QVariant(f.second));
    }
    QString sql = u"SELECT * FROM %1"_s.arg(q(entitySet));
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY \"Code\""_s;
    if (top > 0 || skip > 0)
        sql += u" LIMIT %1 OFFSET %2"_s.arg(top > 0 ? top : -1).arg(qMax(0, skip));
    QSqlQuery query(db());
    query.prepare(sql);
    for (const QVariant &b : binds)
        query.addBindValue(b);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    QJsonArray out;
    while (query.next()) {
        QJsonObject o;
        const QSqlRecord r = query.record();
        for (int i = 0; i < r.count(); ++i) {
            const QString name = r.fieldName(i);
            if (name == u"DeletionMark"_s)
                o.insert(name, query.value(i).toInt() != 0);
            else
                o.insert(name, query.value(i).toString());
        }
        out.append(o);
    }
    return out;
}

std::optional<QJsonObject> OneCInfobase::insert(const QString &entitySet, const QJsonObject &values,
                                                QString *error)
{
    const QStringList names = fields(entitySet);
    if (names.isEmpty()) {
        if (error)
            *error = u"entity set %1 not found"_s.arg(entitySet);
        return std::nullopt;
    }
    QSqlQuery next(db());
    next.exec(u"SELECT COUNT(*) FROM %1"_s.arg(q(entitySet)));
    const int number = next.next() ? next.value(0).toInt() + 1 : 1;
    QJsonObject record;
    record.insert(u"Ref_Key"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    record.insert(u"DataVersion"_s, u"AAAAAQAAAAA="_s);
    record.insert(u"DeletionMark"_s, false);
    record.insert(u"Code"_s, u"Н%1"_s.arg(number, 8, 10, QLatin1Char('0')));
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!names.contains(it.key()) || it.key() == u"Ref_Key"_s)
            continue;
        record.insert(it.key(), it.value());
    }
    QStringList columns, marks;
    QVariantList binds;
    for (auto it = record.begin(); it != record.end(); ++it) {
        columns.append(q(it.key()));
        marks.append(u"?"_s);
        binds.append(it.key() == u"DeletionMark"_s ? QVariant(it.value().toBool() ? 1 : 0)
                                                   : QVariant(it.value().toString()));
    }
    QSqlQuery query(db());
    query.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(q(entitySet), columns.join(u", "_s),
                                                           marks.join(u", "_s)));
    for (const QVariant &b : binds)
        query.addBindValue(b);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    return record;
}

void OneCInfobase::logExchange(const QString &method, const QString &path, int status,
                               const QString &agent)
{
    QSqlQuery query(db());
    query.prepare(u"INSERT INTO \"_ExchangeLog\" (\"Time\", \"Method\", \"Path\", \"Status\", "
                  "\"Agent\") VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(SandboxDatabase::formatDateTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(method);
    query.addBindValue(path);
    query.addBindValue(status);
    query.addBindValue(agent);
    query.exec();
}

qint64 OneCInfobase::count(const QString &entitySet)
{
    if (!entitySets().contains(entitySet))
        return -1;
    QSqlQuery query(db());
    if (!query.exec(u"SELECT COUNT(*) FROM %1"_s.arg(q(entitySet))) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

qint64 OneCInfobase::duplicateCount(const QString &entitySet, const QString &keyField)
{
    if (!fields(entitySet).contains(keyField))
        return -1;
    QSqlQuery query(db());
    if (!query.exec(u"SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM %1 "
                    "GROUP BY %2 HAVING COUNT(*) > 1) d"_s.arg(q(entitySet), q(keyField))) ||
        !query.next())
        return -1;
    return query.value(0).toLongLong();
}

qint64 OneCInfobase::exchangeCount(const QString &method)
{
    QSqlQuery query(db());
    query.prepare(method.isEmpty()
                          ? u"SELECT COUNT(*) FROM \"_ExchangeLog\""_s
                          : u"SELECT COUNT(*) FROM \"_ExchangeLog\" WHERE \"Method\" = ?"_s);
    if (!method.isEmpty())
        query.addBindValue(method);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace upgrade::sandbox
