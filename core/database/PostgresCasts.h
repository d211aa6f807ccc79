#pragma once

#include "DbError.h"
#include "SqlExecutor.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace upgrade {

/// The implicit casts BPMSoft needs in a PostgreSQL database (the vendor's
/// CreateTypeCastsPostgreSql.sql, databases-and-iis.md §2.2): varchar/text to integer, uuid,
/// boolean, numeric; uuid to text; time to timestamp through public."fn_CastTimeToDateTime".
/// pg_dump carries user-defined casts inside a full dump, so a restored copy normally has them;
/// after a restore the missing ones are created. Creating a cast needs a superuser (or the
/// owner of the types). Stateless; thread-safe.
class PostgresCasts
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::PostgresCasts)
public:
    struct Cast
    {
        QString source; ///< SQL type names as written in CREATE CAST
        QString target;
        QString label() const { return source + QStringLiteral(" → ") + target; }
    };

    static QList<Cast> required();
    /// The required casts that a database lacks (label()s), or the error.
    static DbResult<QStringList> missing(SqlExecutor &sql);
    /// Creates the missing casts in one transaction; returns their labels. A permission error
    /// says that a superuser must run it.
    static DbResult<QStringList> createMissing(SqlExecutor &sql);
};

} // namespace upgrade
