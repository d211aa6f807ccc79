#pragma once

#include "WizardServices.h"

#include <QObject>

namespace upgrade::wizard {

class ConnectionChecksViewModel;
class FinishViewModel;
class PackageArchiveViewModel;
class PlanViewModel;
class ProductionViewModel;
class ProfileViewModel;
class RunReports;
class RunViewModel;
class SupportRequestsViewModel;
class VerificationViewModel;
class WelcomeViewModel;

/// The wizard's view-models, made and wired together once: the composition root the pages,
/// the tests and the screenshot tour use. Owns them (as QObject children). Main thread.
class WizardSession : public QObject
{
    Q_OBJECT
public:
    explicit WizardSession(WizardServices services, QObject *parent = nullptr);

    const WizardServices &services() const { return m_services; }
    WelcomeViewModel *welcome() const { return m_welcome; }
    ProfileViewModel *profile() const { return m_profile; }
    PackageArchiveViewModel *packages() const { return m_packages; }
    ConnectionChecksViewModel *checks() const { return m_checks; }
    SupportRequestsViewModel *supportRequests() const { return m_supportRequests; }
    RunViewModel *run() const { return m_run; }
    /// The run's report files, written whenever a run of the Runner ends.
    RunReports *reports() const { return m_reports; }
    PlanViewModel *plan() const { return m_plan; }
    VerificationViewModel *verification() const { return m_verification; }
    ProductionViewModel *production() const { return m_production; }
    FinishViewModel *finish() const { return m_finish; }

    /// Configures the run from the profile being edited (valid and saved) and the Welcome
    /// page's choices; false and a translated reason otherwise.
    bool configureRun(QString *error);

private:
    WizardServices m_services;
    ProfileViewModel *m_profile;
    WelcomeViewModel *m_welcome;
    PackageArchiveViewModel *m_packages;
    ConnectionChecksViewModel *m_checks;
    SupportRequestsViewModel *m_supportRequests;
    RunViewModel *m_run;
    RunReports *m_reports;
    PlanViewModel *m_plan;
    VerificationViewModel *m_verification;
    ProductionViewModel *m_production;
    FinishViewModel *m_finish;
};

} // namespace upgrade::wizard
