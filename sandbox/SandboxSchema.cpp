#include "SandboxSchema.h"

using namespace Qt::StringLiterals;

namespace upgrade::sandbox {

namespace {

using T = ColumnType;

QList<TableDef> makeTables()
{
    return {
            {u"SysSettings"_s,
             {{u"Code"_s, T::Text},
              {u"Name"_s, T::Text},
              {u"ValueTypeName"_s, T::Text},
              {u"IsPersonal"_s, T::Boolean},
              {u"Description"_s, T::Text}}},
            {u"SysSettingsValue"_s,
             {{u"SysSettingsId"_s, T::Guid},
              {u"SysAdminUnitId"_s, T::Guid},
              {u"TextValue"_s, T::Text},
              {u"IntegerValue"_s, T::Integer},
              {u"BooleanValue"_s, T::Boolean},
              {u"GuidValue"_s, T::Guid},
              {u"DateTimeValue"_s, T::DateTime},
              {u"FloatValue"_s, T::Float}}},
            {u"SysPackage"_s,
             {{u"Name"_s, T::Text},
              {u"UId"_s, T::Guid},
              {u"Version"_s, T::Text},
              {u"Maintainer"_s, T::Text},
              {u"InstallType"_s, T::Integer},
              {u"Description"_s, T::Text}}},
            {u"SysSchema"_s,
             {{u"Name"_s, T::Text},
              {u"Caption"_s, T::Text},
              {u"ManagerName"_s, T::Text},
              {u"SysPackageId"_s, T::Guid}}},
            {u"SysProcessStatus"_s, {{u"Name"_s, T::Text}}},
            {u"SysProcessLog"_s,
             {{u"Name"_s, T::Text},
              {u"StatusId"_s, T::Guid},
              {u"StartDate"_s, T::DateTime},
              {u"CompleteDate"_s, T::DateTime},
              {u"ErrorDescription"_s, T::Text},
              {u"SysSchemaId"_s, T::Guid}}},
            {u"QRTZ_TRIGGERS"_s,
             {{u"SCHED_NAME"_s, T::Text},
              {u"TRIGGER_NAME"_s, T::Text},
              {u"TRIGGER_GROUP"_s, T::Text},
              {u"JOB_NAME"_s, T::Text},
              {u"JOB_GROUP"_s, T::Text},
              {u"DESCRIPTION"_s, T::Text},
              {u"NEXT_FIRE_TIME"_s, T::BigInt},
              {u"PREV_FIRE_TIME"_s, T::BigInt},
              {u"PRIORITY"_s, T::Integer},
              {u"TRIGGER_STATE"_s, T::Text},
              {u"TRIGGER_TYPE"_s, T::Text},
              {u"START_TIME"_s, T::BigInt},
              {u"END_TIME"_s, T::BigInt}},
             false,
             {u"SCHED_NAME"_s, u"TRIGGER_NAME"_s, u"TRIGGER_GROUP"_s}},
            {u"MailServer"_s,
             {{u"Name"_s, T::Text},
              {u"Address"_s, T::Text},
              {u"Port"_s, T::Integer},
              {u"UseSSL"_s, T::Boolean}}},
            {u"MailboxSyncSettings"_s,
             {{u"SenderEmailAddress"_s, T::Text},
              {u"UserName"_s, T::Text},
              {u"MailServerId"_s, T::Guid},
              {u"EnableMailSynhronization"_s, T::Boolean}}},
            {u"Account"_s, {{u"Name"_s, T::Text}, {u"SmrINN"_s, T::Text}}},
            {u"Product"_s, {{u"Name"_s, T::Text}, {u"Code"_s, T::Text}}},
            {SandboxSchema::OneCConnection,
             {{u"SmrName"_s, T::Text},
              {u"SmrUrl"_s, T::Text},
              {u"SmrUser"_s, T::Text},
              {u"SmrPassword"_s, T::Text},
              {u"SmrIsActive"_s, T::Boolean}}},
            {SandboxSchema::IntegrationObject,
             {{u"SmrName"_s, T::Text},
              {u"SmrEntityName"_s, T::Text},
              {u"SmrOneCObject"_s, T::Text},
              {u"SmrKeyColumn"_s, T::Text},
              {u"SmrOneCKeyField"_s, T::Text},
              {u"SmrIsActive"_s, T::Boolean},
              {u"SmrExportEnabled"_s, T::Boolean},
              {u"SmrOrder"_s, T::Integer}}},
            {SandboxSchema::SyncHistory,
             {{u"SmrObjectName"_s, T::Text},
              {u"SmrRecordId"_s, T::Guid},
              {u"SmrExternalId"_s, T::Text},
              {u"SmrSyncDate"_s, T::DateTime}}},
            {SandboxSchema::IntegrationLog,
             {{u"SmrIntegrationObjectId"_s, T::Guid},
              {u"SmrProcessLogId"_s, T::Guid},
              {u"SmrStartDate"_s, T::DateTime},
              {u"SmrEndDate"_s, T::DateTime},
              {u"SmrStatus"_s, T::Text},
              {u"SmrCreated"_s, T::Integer},
              {u"SmrUpdated"_s, T::Integer},
              {u"SmrLinked"_s, T::Integer},
              {u"SmrExported"_s, T::Integer},
              {u"SmrErrors"_s, T::Integer},
              {u"SmrMessage"_s, T::Text}}},
    };
}

} // namespace

const QList<TableDef> &SandboxSchema::tables()
{
    static const QList<TableDef> all = makeTables();
    return all;
}

const TableDef *SandboxSchema::table(const QString &name)
{
    for (const TableDef &t : tables())
        if (t.name == name)
            return &t;
    return nullptr;
}

QList<ColumnDef> SandboxSchema::newSyncHistoryColumns()
{
    return {{u"SmrIntegrationObjectId"_s, T::Guid},
            {u"SmrExternalKey"_s, T::Text},
            {u"SmrVersion"_s, T::Integer}};
}

ColumnType SandboxSchema::typeOf(const QString &tableName, const QString &column)
{
    if (column == u"Id"_s)
        return T::Guid;
    if (column == u"CreatedOn"_s || column == u"ModifiedOn"_s)
        return T::DateTime;
    QString name = tableName;
    if (name == u"VwSysProcessLog"_s)
        name = u"SysProcessLog"_s;
    if (name == IntegrationObject && column == DeduplicationColumn)
        return T::Boolean;
    if (name == SyncHistory)
        for (const ColumnDef &c : newSyncHistoryColumns())
            if (c.name == column)
                return c.type;
    if (const TableDef *t = table(name))
        for (const ColumnDef &c : t->columns)
            if (c.name == column)
                return c.type;
    if (column.endsWith(u"Id"_s))
        return T::Guid;
    return T::Text;
}

QString SandboxSchema::sqlType(ColumnType type, SqlDialect dialect)
{
    const bool pg = dialect == SqlDialect::Postgres;
    switch (type) {
    case T::Guid:
        return pg ? u"uuid"_s : u"TEXT"_s;
    case T::Text:
        return pg ? u"text"_s : u"TEXT"_s;
    case T::Integer:
        return pg ? u"integer"_s : u"INTEGER"_s;
    case T::BigInt:
        return pg ? u"bigint"_s : u"INTEGER"_s;
    case T::Boolean:
        return pg ? u"boolean"_s : u"INTEGER"_s;
    case T::DateTime:
        return pg ? u"timestamp without time zone"_s : u"TEXT"_s;
    case T::Float:
        return pg ? u"double precision"_s : u"REAL"_s;
    }
    return u"TEXT"_s;
}

QString SandboxSchema::quote(const QString &identifier)
{
    QString q = identifier;
    q.replace(u'"', u"\"\""_s);
    return u'"' + q + u'"';
}

QStringList SandboxSchema::createStatements(SqlDialect dialect)
{
    QStringList out;
    for (const TableDef &t : tables()) {
        QStringList columns;
        if (t.entity) {
            columns.append(u"\"Id\" %1 PRIMARY KEY"_s.arg(sqlType(T::Guid, dialect)));
            columns.append(u"\"CreatedOn\" %1"_s.arg(sqlType(T::DateTime, dialect)));
            columns.append(u"\"ModifiedOn\" %1"_s.arg(sqlType(T::DateTime, dialect)));
        }
        for (const ColumnDef &c : t.columns)
            columns.append(quote(c.name) + u' ' + sqlType(c.type, dialect));
        if (!t.primaryKey.isEmpty()) {
            QStringList key;
            for (const QString &k : t.primaryKey)
                key.append(quote(k));
            columns.append(u"PRIMARY KEY (%1)"_s.arg(key.join(u", "_s)));
        }
        out.append(u"CREATE TABLE %1 (%2)"_s.arg(quote(t.name), columns.join(u", "_s)));
    }
    out.append(u"CREATE VIEW \"VwSysProcessLog\" AS SELECT * FROM \"SysProcessLog\""_s);
    out.append(
            u"CREATE INDEX \"IX_SmrSyncHistory_Record\" ON \"SmrSyncHistory\" (\"SmrRecordId\")"_s);
    out.append(
            u"CREATE INDEX \"IX_SmrSyncHistory_External\" ON \"SmrSyncHistory\" (\"SmrObjectName\", \"SmrExternalId\")"_s);
    out.append(u"CREATE INDEX \"IX_Account_INN\" ON \"Account\" (\"SmrINN\")"_s);
    out.append(u"CREATE INDEX \"IX_Product_Code\" ON \"Product\" (\"Code\")"_s);
    return out;
}

int SandboxSchema::dataValueType(ColumnType type)
{
    switch (type) {
    case T::Guid:
        return 0;
    case T::Text:
        return 1;
    case T::Integer:
    case T::BigInt:
        return 4;
    case T::Float:
        return 5;
    case T::DateTime:
        return 7;
    case T::Boolean:
        return 12;
    }
    return 1;
}

} // namespace upgrade::sandbox
