#include "PostgresCasts.h"

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

const QString TimeType = u"time without time zone"_s;
const QString TimestampType = u"timestamp without time zone"_s;

QStringList createStatements(const PostgresCasts::Cast &cast)
{
    if (cast.source == TimeType) {
        return {u"CREATE OR REPLACE FUNCTION public.\"fn_CastTimeToDateTime\"(sourceValue TIME "
                "WITHOUT TIME ZONE) RETURNS TIMESTAMP WITHOUT TIME ZONE AS $BODY$ BEGIN RETURN "
                "(MAKE_DATE(1900, 01, 01) + sourceValue)::TIMESTAMP WITHOUT TIME ZONE; END; "
                "$BODY$ LANGUAGE PLPGSQL"_s,
                u"CREATE CAST (TIME WITHOUT TIME ZONE AS TIMESTAMP WITHOUT TIME ZONE) WITH "
                "FUNCTION public.\"fn_CastTimeToDateTime\"(TIME WITHOUT TIME ZONE) AS IMPLICIT"_s};
    }
    return {u"CREATE CAST (%1 AS %2) WITH INOUT AS IMPLICIT"_s.arg(cast.source, cast.target)};
}

} // namespace

QList<PostgresCasts::Cast> PostgresCasts::required()
{
    return {{u"varchar"_s, u"integer"_s}, {u"varchar"_s, u"uuid"_s}, {u"text"_s, u"integer"_s},
            {u"uuid"_s, u"text"_s},       {u"text"_s, u"boolean"_s}, {u"text"_s, u"numeric"_s},
            {u"text"_s, u"uuid"_s},       {TimeType, TimestampType}};
}

DbResult<QStringList> PostgresCasts::missing(SqlExecutor &sql)
{
    QStringList labels;
    for (const Cast &cast : required()) {
        // Type names are constants of this file, bound as text all the same.
        const SqlOutcome o = sql.exec(u"SELECT count(*) FROM pg_cast WHERE castsource = "
                                      "?::text::regtype AND casttarget = ?::text::regtype"_s,
                                      {cast.source, cast.target});
        if (!o.ok)
            return DbResult<QStringList>::failure(
                    DbError(DbError::Code::Failed,
                            tr("The casts of the database could not be read."), o.errorText));
        if (o.scalar().toLongLong() == 0)
            labels.append(cast.label());
    }
    return DbResult<QStringList>::success(labels);
}

DbResult<QStringList> PostgresCasts::createMissing(SqlExecutor &sql)
{
    const auto missingNow = missing(sql);
    if (!missingNow.ok() || missingNow.value.isEmpty())
        return missingNow;
    QString error;
    if (!sql.beginTransaction(&error))
        return DbResult<QStringList>::failure(DbError(
                DbError::Code::Failed, tr("The casts BPMSoft needs could not be created."), error));
    for (const Cast &cast : required()) {
        if (!missingNow.value.contains(cast.label()))
            continue;
        for (const QString &statement : createStatements(cast)) {
            const SqlOutcome o = sql.exec(statement);
            if (!o.ok) {
                sql.rollback(nullptr);
                const bool denied =
                        o.nativeErrorCode == u"42501"_s || o.errorText.contains(u"must be owner"_s);
                return DbResult<QStringList>::failure(DbError(
                        denied ? DbError::Code::Permission : DbError::Code::Failed,
                        denied ? tr("The casts BPMSoft needs (%1) are missing and this user may "
                                    "not create them: creating a cast needs a superuser. Run "
                                    "CreateTypeCastsPostgreSql.sql as a superuser, or restore as "
                                    "one.")
                                         .arg(missingNow.value.join(u", "_s))
                               : tr("The casts BPMSoft needs (%1) could not be created.")
                                         .arg(missingNow.value.join(u", "_s)),
                        o.errorText));
            }
        }
    }
    if (!sql.commit(&error))
        return DbResult<QStringList>::failure(DbError(
                DbError::Code::Failed, tr("The casts BPMSoft needs could not be created."), error));
    return missingNow;
}

} // namespace upgrade
