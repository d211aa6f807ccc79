#pragma once

#include "ProcedureStep.h"

#include <QCoreApplication>

namespace upgrade {

/// R1 "production.backup": fresh, verified backups of the production BPMSoft database and 1C
/// infobase (mandatory: the install and the rollback rely on them). Its check() applies the
/// maintenance window (the vendor: not in business hours): outside it a warning or, when the
/// profile says "block", a blocking finding. Stateless; worker thread.
class ProductionBackupStep : public ProcedureStep
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::ProductionBackupStep)
public:
    QString id() const override;
    QString title() const override;
    QString description() const override;
    StepTarget target() const override;
    /// Backups and restores of a large database take hours.
    std::chrono::milliseconds timeout() const override { return std::chrono::hours(18); }
    QList<ArtifactSpec> produces() const override;
    Requirements check(const Context &context) const override;
    StepResult run(Context &context, Progress &progress) override;
};

} // namespace upgrade
