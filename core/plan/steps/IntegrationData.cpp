#include "IntegrationData.h"

#include "SiteIntegrationData.h"
#include "SqlIntegrationData.h"
#include "StepSupport.h"

#include "plan/Context.h"
#include "plan/RunServices.h"

#include "bpmsoft/BpmSoftClient.h"
#include "database/DbAdmin.h"
#include "database/SqlExecutor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace upgrade {

std::unique_ptr<IntegrationData> IntegrationData::open(Context &context,
                                                       EnvironmentKind environment,
                                                       Progress &progress, QString *error)
{
    RunServices *s = StepSupport::services(context, error);
    if (!s)
        return nullptr;
    const Profile &profile = context.profile();
    if (profile.environment(environment).database) {
        std::unique_ptr<DbAdmin> db = s->database(environment, error);
        if (!db)
            return nullptr;
        DbError e;
        std::unique_ptr<SqlExecutor> sql = db->openSql(&e);
        if (!sql) {
            *error = e.message();
            return nullptr;
        }
        return std::make_unique<SqlIntegrationData>(std::move(db), std::move(sql),
                                                    profile.connector);
    }
    std::unique_ptr<BpmSoftClient> client = s->client(environment, error);
    if (!client)
        return nullptr;
    if (!client->login(progress)) {
        *error = client->lastError().message;
        return nullptr;
    }
    return std::make_unique<SiteIntegrationData>(std::move(client), profile.connector, progress);
}

bool IntegrationData::isPlainName(const QString &name)
{
    static const QRegularExpression re(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    return re.match(name).hasMatch();
}

} // namespace upgrade
