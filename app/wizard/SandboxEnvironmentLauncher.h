#pragma once

#include "SandboxLauncher.h"

#include <QCoreApplication>

#include <memory>
#include <mutex>

namespace upgrade::sandbox {
class SandboxEnvironment;
}

namespace upgrade::wizard {

/// "Rehearse on the sandbox" for real: starts sandbox::SandboxEnvironment in this process (the
/// production BPMSoft site on its SQLite database and the sandbox 1C, on loopback, with the
/// scenario's faults) in a fresh folder under the data folder, which also holds the profile,
/// the owner-only secrets file and the vendor's demo archive it writes. Runs use the real
/// "upgrade" plan (ProcedureStepFactory); its CreateTestSite step starts the test site as a
/// `bpmsoft-sandbox` process next to this program. `speed` divides the simulated durations (of
/// that test site too: it sets BPMSOFT_UPGRADE_SANDBOX_SPEED, so use one launcher per process);
/// `smallSeed`: tens of records instead of thousands (tests).
/// start() on a worker thread, once; the sandbox stops when this object is destroyed, and so
/// do the test sites the rehearsal's runs started (the pid each run's journal recorded as
/// "test.site").
class SandboxEnvironmentLauncher : public SandboxLauncher
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::wizard::SandboxEnvironmentLauncher)
public:
    explicit SandboxEnvironmentLauncher(double speed = 1.0, bool smallSeed = false);
    ~SandboxEnvironmentLauncher() override;
    QStringList scenarios() const override;
    std::optional<Rehearsal> start(const QString &scenario, Progress &progress,
                                   QString *error) override;

private:
    /// Ends the test-site processes the runs under `directory` started.
    static void stopTestSites(const QString &directory);

    double m_speed;
    bool m_smallSeed;
    std::mutex m_mutex;
    std::unique_ptr<sandbox::SandboxEnvironment> m_environment;
    QString m_directory;
};

} // namespace upgrade::wizard
