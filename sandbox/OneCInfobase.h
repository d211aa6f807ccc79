#pragma once

#include "SandboxSeed.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace upgrade::sandbox {

/// The sandbox 1C "file infobase": a folder whose data is one SQLite file, infobase.sqlite
/// (rollback journal, so a copy of the closed folder is complete). Tables: one per catalog
/// ("Catalog_Контрагенты", "Catalog_Номенклатура" with Ref_Key, DataVersion, DeletionMark,
/// Code, Description and the key field), "_Users" (Name, PasswordSha256), "_Info"
/// (Key, Value) and "_ExchangeLog" (every OData request). docs/sandbox.md has the details.
/// Each instance opens its own connection on the calling thread; not thread-safe.
class OneCInfobase
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::sandbox::OneCInfobase)
public:
    static inline const QString FileName = QStringLiteral("infobase.sqlite");

    /// Creates and seeds an infobase in `folder` unless one is there already.
    static bool create(const QString &folder, const QString &name, const QString &user,
                       const QString &password, const SandboxSeed::Sizes &sizes, QString *error);
    static bool exists(const QString &folder);

    explicit OneCInfobase(QString folder);
    ~OneCInfobase();
    OneCInfobase(const OneCInfobase &) = delete;
    OneCInfobase &operator=(const OneCInfobase &) = delete;

    bool open(QString *error);
    void close();
    QSqlDatabase db() const;

    bool checkUser(const QString &user, const QString &password);
    /// Catalog tables (entity sets).
    QStringList entitySets();
    /// Fields of an entity set, in order.
    QStringList fields(const QString &entitySet);
    /// Records as OData JSON objects. `filters`: field -> value (equality, AND).
    std::optional<QJsonArray> read(const QString &entitySet,
                                   const QList<QPair<QString, QString>> &filters, int top, int skip,
                                   QString *error);
    /// Creates a record from OData JSON; the stored record.
    std::optional<QJsonObject> insert(const QString &entitySet, const QJsonObject &values,
                                      QString *error);
    void logExchange(const QString &method, const QString &path, int status, const QString &agent);
    /// For checks: records of a set, and how many share a key value with another.
    qint64 count(const QString &entitySet);
    qint64 duplicateCount(const QString &entitySet, const QString &keyField);
    qint64 exchangeCount(const QString &method = {});

private:
    QString m_folder;
    QString m_connection;
};

} // namespace upgrade::sandbox
