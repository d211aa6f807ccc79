#include "RunServices.h"

#include "BpmSoftSiteProbe.h"
#include "IdentityProvider.h"
#include "ProfileIdentityProvider.h"

#include "bpmsoft/BpmSoftClient.h"
#include "database/DbAdminFactory.h"
#include "onec/OneCAdmin.h"
#include "profile/SecretKeys.h"
#include "util/ProcessRunner.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace upgrade {

RunServices::RunServices(Profile profile, std::shared_ptr<SecretStore> secrets)
    : m_profile(std::move(profile))
    , m_secrets(std::move(secrets))
    , m_runner(std::make_unique<ProcessRunner>())
{}

RunServices::~RunServices() = default;

Services RunServices::create(const Profile &profile, std::shared_ptr<SecretStore> secrets)
{
    auto run = std::make_shared<RunServices>(profile, secrets);
    Services services;
    services.set<RunServices>(run);
    services.set<SecretStore>(secrets);
    services.set<IdentityProvider>(std::make_shared<ProfileIdentityProvider>(run));
    return services;
}

QString RunServices::secret(EnvironmentKind environment, int kind) const
{
    if (!m_secrets)
        return {};
    std::lock_guard lock(m_mutex);
    return m_secrets->get(SecretKeys::key(environment, SecretKeys::Kind(kind))).value_or(QString());
}

std::unique_ptr<BpmSoftClient> RunServices::client(EnvironmentKind environment,
                                                   QString *error) const
{
    const EnvironmentSettings &env = m_profile.environment(environment);
    if (env.siteUrl.isEmpty()) {
        *error = tr("The profile gives no site address for the %1 environment.")
                         .arg(toString(environment));
        return nullptr;
    }
    const QString password = secret(environment, SecretKeys::Site);
    if (password.isEmpty()) {
        *error =
                tr("No password for the %1 site (secret %2). Save it in the keychain, the "
                   "environment or a --secrets-file.")
                        .arg(toString(environment), SecretKeys::key(environment, SecretKeys::Site));
        return nullptr;
    }
    BpmSoftClientOptions options = BpmSoftClientOptions::forEnvironment(env);
    if (env.hosting == Hosting::Sandbox) {
        // The sandbox is local and restarts in a moment: no need for a real site's patience.
        options.readinessInitialDelayMs = 0;
        options.readinessProbeIntervalMs = 200;
        options.readinessBudgetMs = 120'000;
        options.logPollIntervalMs = 200;
        options.retryDelayMs = 200;
    }
    return std::make_unique<BpmSoftClient>(options, password);
}

std::unique_ptr<DbAdmin> RunServices::database(EnvironmentKind environment, QString *error) const
{
    if (!m_secrets) {
        *error = tr("No secret store for this run.");
        return nullptr;
    }
    DbError e;
    std::unique_ptr<DbAdmin> admin;
    {
        std::lock_guard lock(m_mutex);
        admin = DbAdminFactory::create(m_profile, environment, *m_secrets, &e);
    }
    if (!admin)
        *error = e.message();
    return admin;
}

std::unique_ptr<OneCAdmin> RunServices::oneC(EnvironmentKind environment) const
{
    const EnvironmentSettings &env = m_profile.environment(environment);
    OneCSettings settings = env.onec;
    if (env.hosting == Hosting::Sandbox && settings.executable.isEmpty())
        settings.executable = siblingExecutable(u"bpmsoft-sandbox-1cv8"_s);
    OneCCredentials credentials;
    credentials.infobasePassword = secret(environment, SecretKeys::OneC);
    credentials.clusterPassword = secret(environment, SecretKeys::Cluster);
    return std::make_unique<OneCAdmin>(settings, credentials, *m_runner);
}

std::unique_ptr<SiteHealthProbe> RunServices::healthProbe(EnvironmentKind environment) const
{
    return std::make_unique<BpmSoftSiteProbe>(*this, environment);
}

CommandRunner &RunServices::commandRunner() const
{
    return *m_runner;
}

QString RunServices::siblingExecutable(const QString &name)
{
#ifdef Q_OS_WIN
    const QString file = name + u".exe"_s;
#else
    const QString file = name;
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(file);
}

} // namespace upgrade
