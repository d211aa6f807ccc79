#include "DbFingerprint.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace upgrade {

QStringList DbFingerprint::defaultTables(const ConnectorSettings &connector)
{
    QStringList tables{u"SysSettings"_s, u"SysPackage"_s, u"SysAdminUnit"_s};
    if (!connector.integrationObjectTable.isEmpty())
        tables.append(connector.integrationObjectTable);
    return tables;
}

bool DbFingerprint::sameDatabase(const DbFingerprint &other) const
{
    return kind == other.kind && server == other.server && database == other.database &&
           systemIdentifier == other.systemIdentifier && databaseId == other.databaseId &&
           createdOn == other.createdOn;
}

bool DbFingerprint::operator==(const DbFingerprint &other) const
{
    return sameDatabase(other) && rowCounts == other.rowCounts;
}

QStringList DbFingerprint::differences(const DbFingerprint &other) const
{
    QStringList lines;
    auto compare = [&lines](const QString &label, const QString &a, const QString &b) {
        if (a != b)
            lines.append(tr("%1: %2 → %3")
                                 .arg(label, a.isEmpty() ? tr("(none)") : a,
                                      b.isEmpty() ? tr("(none)") : b));
    };
    compare(tr("database system"), upgrade::toString(kind), upgrade::toString(other.kind));
    compare(tr("server"), server, other.server);
    compare(tr("database"), database, other.database);
    compare(tr("system identifier"), systemIdentifier, other.systemIdentifier);
    compare(tr("database id"), databaseId, other.databaseId);
    compare(tr("created"), createdOn.toString(Qt::ISODate), other.createdOn.toString(Qt::ISODate));
    QStringList tables = rowCounts.keys() + other.rowCounts.keys();
    tables.removeDuplicates();
    tables.sort();
    for (const QString &table : tables) {
        const auto a = rowCounts.constFind(table);
        const auto b = other.rowCounts.constFind(table);
        compare(tr("rows in %1").arg(table),
                a == rowCounts.cend() ? QString() : QString::number(*a),
                b == other.rowCounts.cend() ? QString() : QString::number(*b));
    }
    return lines;
}

QString DbFingerprint::toString() const
{
    QString text = upgrade::toString(kind) + u' ';
    if (!server.isEmpty())
        text += server + u'/';
    text += database;
    if (!systemIdentifier.isEmpty())
        text += u" sysid="_s + systemIdentifier;
    if (!databaseId.isEmpty())
        text += u" id="_s + databaseId;
    if (createdOn.isValid())
        text += u" created="_s + createdOn.toUTC().toString(Qt::ISODate);
    QStringList counts;
    for (auto it = rowCounts.cbegin(); it != rowCounts.cend(); ++it)
        counts.append(it.key() + u'=' + QString::number(it.value()));
    if (!counts.isEmpty())
        text += u" rows["_s + counts.join(u", "_s) + u']';
    return text;
}

QJsonObject DbFingerprint::toJson() const
{
    QJsonObject counts;
    for (auto it = rowCounts.cbegin(); it != rowCounts.cend(); ++it)
        counts.insert(it.key(), it.value());
    QJsonObject o{{u"kind"_s, upgrade::toString(kind)},
                  {u"server"_s, server},
                  {u"database"_s, database},
                  {u"systemIdentifier"_s, systemIdentifier},
                  {u"databaseId"_s, databaseId},
                  {u"rowCounts"_s, counts}};
    if (createdOn.isValid())
        o.insert(u"createdOn"_s, createdOn.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

std::optional<DbFingerprint> DbFingerprint::fromJson(const QJsonObject &object)
{
    const auto kind = databaseKindFromString(object.value(u"kind"_s).toString());
    if (!kind || !object.value(u"database"_s).isString())
        return std::nullopt;
    DbFingerprint f;
    f.kind = *kind;
    f.server = object.value(u"server"_s).toString();
    f.database = object.value(u"database"_s).toString();
    f.systemIdentifier = object.value(u"systemIdentifier"_s).toString();
    f.databaseId = object.value(u"databaseId"_s).toString();
    if (object.contains(u"createdOn"_s)) {
        f.createdOn =
                QDateTime::fromString(object.value(u"createdOn"_s).toString(), Qt::ISODateWithMs);
        if (!f.createdOn.isValid())
            return std::nullopt;
    }
    const QJsonObject counts = object.value(u"rowCounts"_s).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (!it.value().isDouble())
            return std::nullopt;
        f.rowCounts.insert(it.key(), qint64(it.value().toDouble()));
    }
    return f;
}

} // namespace upgrade
