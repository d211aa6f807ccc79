#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace upgrade::sandbox {

enum class SqlDialect { Sqlite, Postgres };
enum class ColumnType { Guid, Text, Integer, BigInt, Boolean, DateTime, Float };

struct ColumnDef
{
    QString name;
    ColumnType type = ColumnType::Text;
};

struct TableDef
{
    TableDef(QString tableName, QList<ColumnDef> tableColumns, bool isEntity = true,
             QStringList key = {})
        : name(std::move(tableName))
        , columns(std::move(tableColumns))
        , entity(isEntity)
        , primaryKey(std::move(key))
    {}
    QString name;
    QList<ColumnDef> columns; ///< besides Id, CreatedOn, ModifiedOn of entities
    bool entity = true;       ///< has "Id" (uuid, primary key), "CreatedOn", "ModifiedOn"
    QStringList primaryKey;   ///< non-entities only
};

/// The sandbox site's database structure: BPMSoft-like tables with quoted mixed-case names, as
/// a production BPMSoft 1.x with the 1C connector at its old version (docs/sandbox.md lists it
/// all). The columns the connector's new version adds are here too, so types are known after
/// the install. Static data; thread-safe.
class SandboxSchema
{
public:
    // The connector's entities (ConnectorSettings defaults).
    static inline const QString SyncHistory = QStringLiteral("SmrSyncHistory");
    static inline const QString IntegrationObject = QStringLiteral("SmrIntegrationObject");
    static inline const QString IntegrationLog = QStringLiteral("SmrIntegrationLog");
    static inline const QString OneCConnection = QStringLiteral("SmrOneCConnection");
    static inline const QString DeduplicationColumn = QStringLiteral("SmrUseForDeduplication");

    /// Tables as seeded (the old connector).
    static const QList<TableDef> &tables();
    static const TableDef *table(const QString &name);
    /// Columns SmrSyncHistory gains with the new connector.
    static QList<ColumnDef> newSyncHistoryColumns();
    /// The type of any known column (old or new structure); Text when unknown.
    static ColumnType typeOf(const QString &table, const QString &column);

    static QString sqlType(ColumnType type, SqlDialect dialect);
    /// CREATE TABLE / VIEW / INDEX statements for the seeded structure.
    static QStringList createStatements(SqlDialect dialect);
    static QString quote(const QString &identifier);
    /// The DataService dataValueType of a column type.
    static int dataValueType(ColumnType type);
};

} // namespace upgrade::sandbox
