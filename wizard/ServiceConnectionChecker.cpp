#include "ServiceConnectionChecker.h"

#include "bpmsoft/BpmSoftClient.h"
#include "database/DbAdmin.h"
#include "database/DbFingerprint.h"
#include "onec/OneCODataCheck.h"
#include "plan/RunServices.h"
#include "profile/SecretKeys.h"
#include "util/Progress.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

namespace {

using Status = ConnectionChecker::Result::Status;

/// The caller's SecretStore for the length of one check (RunServices wants a shared one).
std::shared_ptr<SecretStore> borrowed(SecretStore &secrets)
{
    return std::shared_ptr<SecretStore>(&secrets, [](SecretStore *) {});
}

} // namespace

ConnectionChecker::Result ServiceConnectionChecker::check(const Profile &profile,
                                                          EnvironmentKind environment, Part part,
                                                          SecretStore &secrets, Progress &progress)
{
    const EnvironmentSettings &env = profile.environment(environment);
    const RunServices services(profile, borrowed(secrets));
    switch (part) {
    case Part::Site: {
        QString error;
        std::unique_ptr<BpmSoftClient> client = services.client(environment, &error);
        if (!client)
            return {Status::Failed, error, {}};
        progress.setStatus(tr("Asking %1 whether it is up…").arg(env.siteUrl));
        const HealthStatus health = client->ping(progress);
        if (progress.isCancelled())
            return {Status::Failed, tr("Cancelled."), {}};
        if (!health.isHealthy())
            return {Status::Failed, health.message, health.details};
        progress.setStatus(tr("Signing in to %1 as %2…").arg(env.siteUrl, env.userName));
        if (!client->login(progress))
            return {Status::Failed, client->lastError().message, client->lastError().details};
        client->logout();
        return {Status::Ok, tr("Signed in to %1 as %2.").arg(env.siteUrl, env.userName),
                health.details};
    }
    case Part::Database: {
        if (!env.database)
            return {Status::Ok, tr("No database to check: the site is in the cloud."), {}};
        QString error;
        std::unique_ptr<DbAdmin> db = services.database(environment, &error);
        if (!db)
            return {Status::Failed, error, {}};
        progress.setStatus(tr("Connecting to %1…").arg(db->describe()));
        const DbResult<DbFingerprint> fingerprint =
                db->fingerprint(DbFingerprint::defaultTables(profile.connector));
        if (!fingerprint.ok())
            return {Status::Failed, fingerprint.error.message(), fingerprint.error.details()};
        const DbFingerprint &f = fingerprint.value;
        const qint64 packages = f.rowCounts.value(u"SysPackage"_s, -1);
        QString message = tr("Connected to %1.").arg(db->describe());
        if (packages >= 0)
            message += u' ' + tr("%n package(s) in SysPackage.", nullptr, int(packages));
        QStringList details{u"database: "_s + QDir::toNativeSeparators(f.database)};
        if (!f.server.isEmpty())
            details << u"server: "_s + f.server;
        for (auto it = f.rowCounts.cbegin(); it != f.rowCounts.cend(); ++it)
            details << u"%1: %2 rows"_s.arg(it.key()).arg(it.value());
        return {Status::Ok, message, details.join(u'\n')};
    }
    case Part::OneC: {
        const OneCSettings &onec = env.onec;
        if (onec.odataUrl.isEmpty())
            return m_reachability.check(profile, environment, part, secrets, progress);
        QString password = services.secret(environment, SecretKeys::OData);
        if (password.isEmpty())
            password = services.secret(environment, SecretKeys::OneC);
        const QString user = onec.odataUser.isEmpty() ? onec.user : onec.odataUser;
        progress.setStatus(tr("Asking the 1C publication %1…").arg(onec.odataUrl));
        const ODataCheckResult r =
                OneCODataCheck::check(onec.odataUrl, user, password, progress.cancellation());
        if (!r.ok())
            return {Status::Failed, r.message, r.details};
        return {Status::Ok, tr("The 1C publication answers and accepts %1.").arg(user), r.url};
    }
    }
    return {};
}

} // namespace upgrade::wizard
