#pragma once

#include "ProcedureStep.h"

#include <QCoreApplication>

namespace upgrade {

/// "production.report": the end of the upgrade. Records "run.finished" (the time, the versions
/// now installed) and points at `bpmsoft-upgrade report` for the full report. Stateless.
class FinishStep : public ProcedureStep
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::FinishStep)
public:
    QString id() const override;
    QString title() const override;
    QString description() const override;
    StepTarget target() const override;
    std::optional<std::chrono::seconds> estimatedDuration() const override
    {
        return std::chrono::minutes(1);
    }
    StepResult run(Context &context, Progress &progress) override;
};

} // namespace upgrade
