#pragma once

#include "StepFactory.h"

#include <QCoreApplication>

namespace upgrade {

/// The "upgrade" factory: the vendor's procedure (DESIGN.md §1) as steps — ids, titles,
/// targets, destructive flags and the backups each depends on — the step classes of
/// core/plan/steps/. Its steps need the services of RunServices::create() (the CLI's RunDriver
/// and the wizard set them up). The production stage runs the compile check again first.
/// With production hosting "cloud" the plan is the cloud one: no backups or test copy of this
/// program's own — requests to the provider, a check that its test environment is a copy of
/// production, install / deduplicate / verify through the HTTP API, the provider's confirmed
/// backup before production, and a restore request as the rollback (docs/cli.md).
class ProcedureStepFactory : public StepFactory
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::ProcedureStepFactory)
public:
    static QString factoryName(); ///< "upgrade"
    QString name() const override { return factoryName(); }
    Stage stage(StageKind kind, const Profile &profile) const override;

private:
    static Stage onPremiseStage(StageKind kind);
    static Stage cloudStage(StageKind kind);
};

} // namespace upgrade
