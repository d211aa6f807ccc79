#pragma once

#include "DbError.h"
#include "SqlDialect.h"
#include "SqlExecutor.h"
#include "profile/Profile.h"
#include "util/Progress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace upgrade {

/// What clearing the mapping table did.
struct SyncHistoryClearResult
{
    QString table;         ///< the real name of the mapping table
    QString snapshotTable; ///< the copy made first (same database)
    qint64 rowsBefore = -1;
    qint64 snapshotRows = -1;
    qint64 rowsAfter = -1;
    bool truncated = false; ///< TRUNCATE (else DELETE, where TRUNCATE is not allowed)
    DbError error;
    bool ok() const { return !error.isError(); }
};

/// What setting "Использовать для дедупликации" did.
struct DeduplicationResult
{
    QString table;
    QString column;
    qint64 objects = -1;     ///< integration objects in the table
    qint64 rowsUpdated = -1; ///< by the one UPDATE
    QStringList changed;     ///< the objects whose flag was set (name, or Id)
    qint64 unsetAfter = -1;  ///< objects still without the flag (0 when it worked)
    DbError error;
    bool ok() const { return !error.isError(); }
};

/// Candidates for the connector's entity names, for the user to confirm.
struct ConnectorDiscovery
{
    struct Table
    {
        QString name;
        QStringList columns;
        qint64 rows = -1;
    };
    struct Column
    {
        QString table;
        QString column;
        QString type;
    };
    QList<Table> tables;                ///< tables named like 'Smr%'
    QList<Column> deduplicationColumns; ///< columns named like '%dedup%'
};

/// The connector's tables, named by ConnectorSettings: snapshot and clear the mapping table
/// SmrSyncHistory, set the deduplication flag on every integration object, count those without
/// it, discover candidate tables and columns. Works on the SqlExecutor it is given (one
/// connection, used on its thread). Names must be plain identifiers (refused otherwise) and are
/// quoted per DBMS; values are bound. Each change is written to Progress::log for the step log.
class ConnectorTables
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::ConnectorTables)
public:
    ConnectorTables(SqlExecutor &sql, SqlDialect dialect, ConnectorSettings settings);

    /// Copies the mapping table into "<table>_snap_<yyyyMMdd_HHmmss>", then empties it —
    /// in one transaction, with writers locked out, counting rows before, in the copy and
    /// after. TRUNCATE where allowed (PostgreSQL, MS SQL), DELETE otherwise.
    SyncHistoryClearResult
    snapshotAndClearSyncHistory(Progress &progress,
                                const QDateTime &now = QDateTime::currentDateTime());
    /// Sets the deduplication flag on every integration object that lacks it: one UPDATE in a
    /// transaction; lists the objects changed. NotFound when the column does not exist yet
    /// (it appears only with the new package).
    DeduplicationResult setDeduplicationFlag(Progress &progress);
    /// Integration objects without the flag.
    DbResult<qint64> countWithoutDeduplication();
    /// Tables 'Smr%' (with their columns and rows) and columns '%dedup%'.
    DbResult<ConnectorDiscovery> discover();

private:
    DbError checkName(const QString &name) const;
    DbError sqlError(const QString &what, const SqlOutcome &o) const;
    DbResult<QString> requireTable(const QString &name);

    SqlExecutor &m_sql;
    SqlDialect m_dialect;
    ConnectorSettings m_settings;
};

} // namespace upgrade
