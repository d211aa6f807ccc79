#include "TargetIdentity.h"

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

QString normalisedUrl(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    return url.toLower();
}

} // namespace

TargetIdentity TargetIdentity::expected(const Profile &profile, EnvironmentKind environment)
{
    const EnvironmentSettings &env = profile.environment(environment);
    TargetIdentity identity;
    identity.siteUrl = env.siteUrl;
    if (env.database) {
        const DatabaseSettings &db = *env.database;
        if (db.kind == DatabaseKind::Sqlite) {
            identity.server = db.path;
        } else {
            const int port = db.port ? db.port : (db.kind == DatabaseKind::MsSql ? 1433 : 5432);
            identity.server = u"%1:%2"_s.arg(db.host).arg(port);
            identity.database = db.name;
        }
    }
    return identity;
}

QString TargetIdentity::mismatch(const TargetIdentity &actual) const
{
    QStringList differences;
    if (!server.isEmpty() && server.compare(actual.server, Qt::CaseInsensitive) != 0)
        differences << tr("server %1 instead of %2").arg(actual.server, server);
    if (!database.isEmpty() && database != actual.database)
        differences << tr("database %1 instead of %2").arg(actual.database, database);
    if (!siteUrl.isEmpty() && normalisedUrl(siteUrl) != normalisedUrl(actual.siteUrl))
        differences << tr("site %1 instead of %2").arg(actual.siteUrl, siteUrl);
    return differences.join(u"; "_s);
}

QString TargetIdentity::fingerprintMismatch(const TargetIdentity &actual) const
{
    if (fingerprint.isEmpty() || actual.fingerprint.isEmpty())
        return tr("the database fingerprint is unknown");
    if (fingerprint != actual.fingerprint)
        return tr("the database fingerprint is %1, the backup was taken from %2")
                .arg(actual.fingerprint, fingerprint);
    return {};
}

QString TargetIdentity::describe() const
{
    QStringList parts;
    if (!server.isEmpty())
        parts << (database.isEmpty() ? server : server + u'/' + database);
    if (!siteUrl.isEmpty())
        parts << siteUrl;
    if (!fingerprint.isEmpty())
        parts << u"[%1]"_s.arg(fingerprint);
    return parts.join(u", "_s);
}

QJsonObject TargetIdentity::toJson() const
{
    return {{u"server"_s, server},
            {u"database"_s, database},
            {u"siteUrl"_s, siteUrl},
            {u"fingerprint"_s, fingerprint}};
}

TargetIdentity TargetIdentity::fromJson(const QJsonObject &object)
{
    return {object.value(u"server"_s).toString(), object.value(u"database"_s).toString(),
            object.value(u"siteUrl"_s).toString(), object.value(u"fingerprint"_s).toString()};
}

} // namespace upgrade
