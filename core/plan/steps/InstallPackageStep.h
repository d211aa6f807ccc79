#pragma once

#include "ProcedureStep.h"

#include <QCoreApplication>

namespace upgrade {

/// T5 / R2 "<stage>.install-package": «Установить из файла» on the environment's site — upload
/// the archive, install it with the live log (success judged from the answer and the log),
/// restart, wait until healthy, and read the package versions again (each archive package must
/// now have the archive's version). Keeps "<environment>.versions-before" / "-after".
/// Destructive. Stateless; worker thread.
class InstallPackageStep : public ProcedureStep
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::InstallPackageStep)
public:
    explicit InstallPackageStep(EnvironmentKind environment)
        : m_environment(environment)
    {}
    QString id() const override;
    QString title() const override;
    QString description() const override;
    StepTarget target() const override;
    /// "About 10 minutes", the vendor says.
    std::optional<std::chrono::seconds> estimatedDuration() const override
    {
        return std::chrono::minutes(10);
    }
    /// "About 10 minutes", the vendor says; large configurations take much longer.
    std::chrono::milliseconds timeout() const override { return std::chrono::hours(3); }
    bool isDestructive() const override { return true; }
    QList<ArtifactSpec> backupsNeeded() const override;
    StepResult run(Context &context, Progress &progress) override;

private:
    EnvironmentKind m_environment;
};

} // namespace upgrade
