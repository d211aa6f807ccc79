#pragma once

#include "DbFingerprint.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace upgrade {

/// A finished, verified backup as the journal records it (DESIGN.md: path, size, sha256,
/// verified, source database identity). A plain value type.
struct BackupInfo
{
    QString path;   ///< the final file; for MS SQL a path on the SQL Server host
    QString format; ///< "postgresql-custom", "mssql-bak", "sqlite"
    qint64 sizeBytes = -1;
    QString sha256; ///< lower-case hex; empty when the file is not readable here (MS SQL)
    bool verified = false;
    bool onServerHost = false; ///< the path is on the database server's machine (MS SQL)
    DbFingerprint source;      ///< the database it was taken from, when it was taken
    qint64 databaseSizeBytes = -1;
    QString toolVersion;   ///< "pg_dump (PostgreSQL) 15.4", SQL Server's version, SQLite's
    QString serverVersion; ///< the server's version
    bool compressed = false;
    QDateTime finishedAt; ///< UTC
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;
    static std::optional<BackupInfo> fromJson(const QJsonObject &object);
};

} // namespace upgrade
