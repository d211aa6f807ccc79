#pragma once

#include "SandboxLauncher.h"

#include <QCoreApplication>

namespace upgrade::wizard {

/// A rehearsal without the sandbox servers: writes a profile of a "sandbox" site on loopback
/// and a sample package archive into a fresh folder under the data folder, and runs the
/// engine's sample plan (core/plan/sample: steps acting on text files, with the same journal,
/// gates, questions and failure policies as the real procedure). Scenarios, named like the
/// sandbox's: happy, compile-errors (preparation fails), integration-errors (the test
/// verification fails once), production-install-fails (Roll back), slow. It sets the sample
/// plan's environment variables (BPMSOFT_UPGRADE_SAMPLE_*), so use one rehearsal per process.
/// Replaced by the sandbox launcher when the sandbox is merged. start() on a worker thread.
class SampleSandboxLauncher : public SandboxLauncher
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::wizard::SampleSandboxLauncher)
public:
    /// `stepMs`: how long each sample step takes (the rehearsal should be watchable).
    explicit SampleSandboxLauncher(int stepMs = 1500)
        : m_stepMs(stepMs)
    {}
    QStringList scenarios() const override;
    std::optional<Rehearsal> start(const QString &scenario, Progress &progress,
                                   QString *error) override;

private:
    int m_stepMs;
};

} // namespace upgrade::wizard
