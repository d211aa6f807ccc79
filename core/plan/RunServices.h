#pragma once

#include "Services.h"

#include "profile/Profile.h"
#include "profile/SecretStore.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <mutex>

namespace upgrade {

class BpmSoftClient;
class CommandRunner;
class DbAdmin;
class OneCAdmin;
class SiteHealthProbe;

/// The services of one run of the real procedure, made from the profile and the run's
/// SecretStore — the one place where the CLI (cli/plan/RunDriver) and the wizard set them up.
/// `create()` fills a Services with: this object, the SecretStore, and an IdentityProvider
/// (ProfileIdentityProvider). Steps ask it for a BpmSoftClient, a DbAdmin, a OneCAdmin or a
/// health probe of an environment; each call makes a new object for the calling (worker)
/// thread, owned by the caller. Thread-safe (the SecretStore is read under a mutex).
class RunServices
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::RunServices)
public:
    RunServices(Profile profile, std::shared_ptr<SecretStore> secrets);
    ~RunServices();

    /// The Services of a run of the "upgrade" plan.
    static Services create(const Profile &profile, std::shared_ptr<SecretStore> secrets);

    const Profile &profile() const { return m_profile; }
    /// A secret (registered with the Redactor); empty when there is none.
    QString secret(EnvironmentKind environment, int kind) const;

    /// A client of the environment's site; nullptr and a translated reason in `error`.
    std::unique_ptr<BpmSoftClient> client(EnvironmentKind environment, QString *error) const;
    /// The environment's database; nullptr and a translated reason (cloud: none).
    std::unique_ptr<DbAdmin> database(EnvironmentKind environment, QString *error) const;
    /// The environment's 1C infobase administration (the sandbox's Designer stand-in when
    /// hosting is "sandbox" and no executable is configured).
    std::unique_ptr<OneCAdmin> oneC(EnvironmentKind environment) const;
    /// The environment's site health, through BPMSoft's own ping.
    std::unique_ptr<SiteHealthProbe> healthProbe(EnvironmentKind environment) const;
    /// Runs external tools; thread-safe.
    CommandRunner &commandRunner() const;
    /// Where `bpmsoft-sandbox` and its Designer stand-in are: next to this program.
    static QString siblingExecutable(const QString &name);

private:
    Profile m_profile;
    std::shared_ptr<SecretStore> m_secrets;
    mutable std::mutex m_mutex;
    std::unique_ptr<CommandRunner> m_runner;
};

} // namespace upgrade
