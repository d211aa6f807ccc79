#pragma once

#include "ProcedureStep.h"

#include <QCoreApplication>

namespace upgrade {

/// R4 "production.rollback", the production stage's rollback: restores the production BPMSoft
/// database (DbAdmin::replaceFromBackup) and the 1C infobase (OneCAdmin::restore, checked
/// against the recorded SHA-256) from this run's verified R1 backups, restarts the site, waits
/// until it is healthy and confirms that the package versions are those from before the
/// install. Destructive. Stateless; worker thread.
class RollbackStep : public ProcedureStep
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::RollbackStep)
public:
    QString id() const override;
    QString title() const override;
    QString description() const override;
    StepTarget target() const override;
    /// Backups and restores of a large database take hours.
    std::chrono::milliseconds timeout() const override { return std::chrono::hours(18); }
    bool isDestructive() const override { return true; }
    QList<ArtifactSpec> backupsNeeded() const override;
    StepResult run(Context &context, Progress &progress) override;
};

} // namespace upgrade
