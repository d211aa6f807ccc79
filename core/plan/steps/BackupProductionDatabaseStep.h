#pragma once

#include "ProcedureStep.h"

#include <QCoreApplication>

namespace upgrade {

/// T1 "test.backup-production-database": a copy-only, verified backup of the production BPMSoft
/// database (sha256 recorded), the source of the test copy. Stateless; worker thread.
class BackupProductionDatabaseStep : public ProcedureStep
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::BackupProductionDatabaseStep)
public:
    QString id() const override;
    QString title() const override;
    QString description() const override;
    StepTarget target() const override;
    /// Backups and restores of a large database take hours.
    std::chrono::milliseconds timeout() const override { return std::chrono::hours(12); }
    QList<ArtifactSpec> produces() const override;
    StepResult run(Context &context, Progress &progress) override;
};

} // namespace upgrade
