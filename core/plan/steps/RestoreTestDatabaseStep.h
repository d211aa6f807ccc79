#pragma once

#include "ProcedureStep.h"

#include <QCoreApplication>

namespace upgrade {

/// T2 "test.restore-test-database": restores the production backup as the test database and makes
/// the copy inert (TestCopyNeutralizer: the connector's 1C connection re-pointed at the TEST 1C,
/// scheduler triggers paused, mail off), then refuses to go on while the copy still points at the
/// production 1C (ProductionOneCGuard). Destructive (test database). Stateless; worker thread.
class RestoreTestDatabaseStep : public ProcedureStep
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::RestoreTestDatabaseStep)
public:
    QString id() const override;
    QString title() const override;
    QString description() const override;
    StepTarget target() const override;
    /// Backups and restores of a large database take hours.
    std::chrono::milliseconds timeout() const override { return std::chrono::hours(12); }
    bool isDestructive() const override { return true; }
    QList<ArtifactSpec> backupsNeeded() const override;
    StepResult run(Context &context, Progress &progress) override;
};

} // namespace upgrade
