#pragma once

#include "ProcedureStep.h"

#include <QCoreApplication>

namespace upgrade {

/// T4 "test.backup-infobase": a backup (.dt) of the test 1C infobase with OneCAdmin, recorded
/// verified, and a check that the test 1C answers over OData. Stateless; worker thread.
class BackupTestInfobaseStep : public ProcedureStep
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::BackupTestInfobaseStep)
public:
    QString id() const override;
    QString title() const override;
    QString description() const override;
    StepTarget target() const override;
    /// Backups and restores of a large database take hours.
    std::chrono::milliseconds timeout() const override { return std::chrono::hours(6); }
    QList<ArtifactSpec> produces() const override;
    StepResult run(Context &context, Progress &progress) override;
};

} // namespace upgrade
