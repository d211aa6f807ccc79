#pragma once

#include "StepFactory.h"

#include <QCoreApplication>

namespace upgrade {

/// The "upgrade" factory: the vendor's procedure (DESIGN.md §1) as steps — ids, titles,
/// targets, destructive flags and the backups each depends on. Until the steps of
/// core/plan/steps/ exist (issue 7), each is a PendingStep that says it is not available, so
/// `plan` already shows the real procedure and a run stops safely at its first step.
class ProcedureStepFactory : public StepFactory
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::ProcedureStepFactory)
public:
    static QString factoryName(); ///< "upgrade"
    QString name() const override { return factoryName(); }
    Stage stage(StageKind kind, const Profile &profile) const override;
};

} // namespace upgrade
