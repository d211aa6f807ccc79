#pragma once

#include "StepFactory.h"

#include <QCoreApplication>

namespace upgrade {

/// The "upgrade" factory: the vendor's procedure (DESIGN.md §1) as steps — ids, titles,
/// targets, destructive flags and the backups each depends on — the step classes of
/// core/plan/steps/. Its steps need the services of RunServices::create() (the CLI's RunDriver
/// and the wizard set them up). The production stage runs the compile check again first.
class ProcedureStepFactory : public StepFactory
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::ProcedureStepFactory)
public:
    static QString factoryName(); ///< "upgrade"
    QString name() const override { return factoryName(); }
    Stage stage(StageKind kind, const Profile &profile) const override;
};

} // namespace upgrade
