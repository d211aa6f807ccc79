#pragma once

#include "DbError.h"
#include "util/ProcessRunner.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

#include <optional>

namespace upgrade {

/// pg_dump and pg_restore of a suitable version. pg_dump refuses to dump a server newer than
/// itself, so the tools must be at least the server's major version; the server's own major
/// version is preferred. A plain value type.
struct PgToolSet
{
    QString pgDump;
    QString pgRestore;
    QVersionNumber version; ///< of pg_dump, e.g. 15.4
    QString versionText;    ///< "pg_dump (PostgreSQL) 15.4 (Debian 15.4-1)"
};

/// Finds the PostgreSQL client tools for a server's major version: an explicit folder
/// (profile/option or $BPMSOFT_UPGRADE_PG_BIN) first, then /usr/lib/postgresql/<N>/bin (Debian,
/// Ubuntu), /usr/pgsql-<N>/bin (RHEL), Homebrew, "C:\Program Files\PostgreSQL\<N>\bin" (Windows),
/// then newer versions of those, then PATH. Says clearly when none are found or only older ones.
/// Stateless; thread-safe.
class PostgresTools
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::PostgresTools)
public:
    /// serverMajor 0: any version (the newest found), e.g. to read an archive without a server.
    static std::optional<PgToolSet> find(int serverMajor, const QString &explicitDir,
                                         CommandRunner &runner, DbError *error);
    /// The folders looked at, in order, for a server's major version (PATH not included).
    static QStringList candidateDirs(int serverMajor, const QString &explicitDir);
    /// "pg_dump (PostgreSQL) 15.4 (Debian ...)" -> 15.4; "pg_dump (PostgreSQL) 17devel" -> 17.
    static std::optional<QVersionNumber> parseVersion(const QString &versionOutput);
    static QString executableName(const QString &tool); ///< adds ".exe" on Windows
};

} // namespace upgrade
