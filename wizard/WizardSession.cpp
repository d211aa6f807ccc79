#include "WizardSession.h"

#include "ConnectionChecksViewModel.h"
#include "FinishViewModel.h"
#include "PackageArchiveViewModel.h"
#include "PlanViewModel.h"
#include "ProductionViewModel.h"
#include "ProfileViewModel.h"
#include "RunReports.h"
#include "RunViewModel.h"
#include "SupportRequestsViewModel.h"
#include "VerificationViewModel.h"
#include "WelcomeViewModel.h"

#include <QCoreApplication>

namespace upgrade::wizard {

WizardSession::WizardSession(WizardServices services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_profile(new ProfileViewModel(m_services, this))
    , m_welcome(new WelcomeViewModel(m_services, m_profile, this))
    , m_packages(new PackageArchiveViewModel(m_services, this))
    , m_checks(new ConnectionChecksViewModel(m_services, m_profile, this))
    , m_supportRequests(new SupportRequestsViewModel(m_profile, m_packages, this))
    , m_run(new RunViewModel(m_services, this))
    , m_reports(new RunReports(this))
    , m_plan(new PlanViewModel(m_run, this))
    , m_verification(new VerificationViewModel(this))
    , m_production(new ProductionViewModel(m_run, m_plan, this))
    , m_finish(new FinishViewModel(m_services, m_run, m_reports, this))
{
    // As the CLI after run, resume and rollback: the reports whenever the Runner stops.
    connect(m_run, &RunViewModel::finished, this, [this] {
        if (m_run->hasRun())
            m_reports->write(m_run->runDirectory());
    });
    // The archive follows the profile's packageArchive field.
    auto followArchive = [this] { m_packages->setPath(m_profile->resolvedArchivePath()); };
    connect(m_profile, &ProfileViewModel::documentReset, this, followArchive);
    connect(m_profile, &ProfileViewModel::valueChanged, this, [followArchive](const QString &path) {
        if (path == QLatin1String("packageArchive"))
            followArchive();
    });
    connect(m_welcome, &WelcomeViewModel::sandboxStateChanged, this,
            [this] { m_checks->setSecretsFile(m_welcome->secretsFile()); });
    connect(m_welcome, &WelcomeViewModel::profileStateChanged, this,
            [this] { m_checks->setSecretsFile(m_welcome->secretsFile()); });
}

bool WizardSession::configureRun(QString *error)
{
    const std::optional<Profile> profile = m_profile->profile();
    if (!profile) {
        *error = tr("The profile has problems; fix them on the Connections page.");
        return false;
    }
    RunConfig config;
    config.profile = *profile;
    config.secretsFile = m_welcome->secretsFile();
    config.factoryName = m_welcome->factoryName();
    config.typedSecrets = m_profile->typedSecrets();
    return m_run->configure(config, error);
}

} // namespace upgrade::wizard
