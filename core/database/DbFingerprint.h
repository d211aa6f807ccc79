#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace upgrade {

/// Who a database is: the server, its name, an identifier that changes when the database is
/// re-created (PostgreSQL: the cluster's system identifier and the database OID; MS SQL: the
/// database id and creation date; SQLite: the file), and the row counts of a few tables. Taken
/// when a plan identifies its target and again before every destructive step; the safety gate
/// compares the two (DESIGN.md rule 2). A plain value type with equality and a text form.
class DbFingerprint
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::DbFingerprint)
public:
    DatabaseKind kind = DatabaseKind::PostgreSql;
    QString server;           ///< "host:port" (PostgreSQL), @@SERVERNAME (MS SQL), "" (SQLite)
    QString database;         ///< the database name, or the SQLite file's absolute path
    QString systemIdentifier; ///< PostgreSQL: pg_control_system(); empty when not readable
    QString databaseId;       ///< PostgreSQL: the database OID; MS SQL: database_id
    QDateTime createdOn;      ///< MS SQL: create_date; SQLite: the file's birth time if known
    QMap<QString, qint64> rowCounts; ///< table -> rows; a table that does not exist is absent

    /// The tables whose rows are counted by default: SysSettings, SysPackage, SysAdminUnit and
    /// the connector's integration object table.
    static QStringList defaultTables(const ConnectorSettings &connector = {});

    bool isNull() const { return database.isEmpty(); }
    /// Same database: kind, server, name, system identifier, database id and creation date
    /// (row counts may change while production runs).
    bool sameDatabase(const DbFingerprint &other) const;
    /// Every field equal, row counts included.
    bool operator==(const DbFingerprint &other) const;
    bool operator!=(const DbFingerprint &other) const { return !(*this == other); }
    /// Translated lines, one per differing field: "database: BPMSoft → BPMSoft_old".
    QStringList differences(const DbFingerprint &other) const;

    /// One line: "postgresql 127.0.0.1:5432/BPMSoft sysid=7301… oid=16384 rows[SysPackage=12]".
    QString toString() const;
    QJsonObject toJson() const;
    static std::optional<DbFingerprint> fromJson(const QJsonObject &object);
};

} // namespace upgrade
