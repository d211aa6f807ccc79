#pragma once

#include "DbError.h"
#include "SqlDialect.h"
#include "SqlExecutor.h"
#include "profile/Profile.h"
#include "util/Progress.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace upgrade {

/// Where the restored test copy must point instead of production.
struct NeutralizeOptions
{
    QString testOneCUrl;       ///< the TEST 1C's address for SmrOneCConnection.SmrUrl (required)
    QString testOneCUser;      ///< for SmrOneCConnection.SmrUser; empty: left as it is
    QString productionOneCUrl; ///< refused as testOneCUrl (safety rule 3); may be empty
    QString testSiteUrl;       ///< the SiteUrl system setting; empty: left as it is
};

/// One change made to the test copy, for the step log.
struct NeutralizeChange
{
    QString description; ///< translated: "Paused 9 scheduler triggers (QRTZ_TRIGGERS)"
    qint64 rows = 0;
};

struct NeutralizeResult
{
    QList<NeutralizeChange> changes;
    QStringList skipped; ///< translated: what was not there to change ("no table MailServer")
    DbError error;
    bool ok() const { return !error.isError(); }
};

/// One 1C connection as the connector has it configured.
struct OneCConnectionRow
{
    QString id;
    QString url;
    QString user;
};

/// Makes a restored test copy of the BPMSoft database inert before its site first starts
/// (databases-and-iis.md §5): Quartz triggers paused (plus the "all groups paused" marker, and
/// the production node's scheduler state and fired triggers removed), mail download and
/// sending switched off, the connector's 1C connection (SmrOneCConnection.SmrUrl / SmrUser)
/// re-pointed at the TEST 1C, optionally SiteUrl. All in one transaction; tables that do not
/// exist are skipped and reported, except the 1C connection, which is required. Works on the
/// SqlExecutor it is given (its thread). Never run it on production: the caller checks the
/// target's identity first.
class TestCopyNeutralizer
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::TestCopyNeutralizer)
public:
    static inline const QString PausedGroupsMarker = QStringLiteral("_$_ALL_GROUPS_PAUSED_$_");

    TestCopyNeutralizer(SqlExecutor &sql, SqlDialect dialect, ConnectorSettings settings);

    NeutralizeResult neutralize(const NeutralizeOptions &options, Progress &progress);
    /// The 1C connections configured in the copy (to check that none points at production).
    DbResult<QList<OneCConnectionRow>> oneCConnections();

private:
    struct TableColumns;
    DbError sqlError(const QString &what, const SqlOutcome &o) const;

    SqlExecutor &m_sql;
    SqlDialect m_dialect;
    ConnectorSettings m_settings;
};

} // namespace upgrade
