#pragma once

#include "Profile.h"

#include <QString>
#include <QStringList>

namespace upgrade {

/// The secrets an upgrade needs, per environment, and how each is named in a secrets file and
/// in the environment. Key: "<environment>.<kind>", e.g. "production.database";
/// environment variable: BPMSOFT_UPGRADE_SECRET_PRODUCTION_DATABASE.
class SecretKeys
{
public:
    enum Kind {
        Site,     ///< the BPMSoft user's password (environment.userName)
        Database, ///< the database user's password
        OneC,     ///< the 1C infobase user's password (Designer / ibcmd)
        OData,    ///< the 1C OData user's password (when another user than OneC)
        Cluster,  ///< the 1C cluster administrator's password (rac)
    };

    static QString key(EnvironmentKind environment, Kind kind);
    static QString environmentVariable(const QString &key);
    static QStringList allKeys();
};

} // namespace upgrade
