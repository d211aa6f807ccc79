#pragma once

#include "ProcedureStep.h"

#include <QCoreApplication>

namespace upgrade {

/// P2 (and again on production before its backup): «Сгенерировать исходный код для всех
/// элементов» in «Конфигурация». Id "<stage>.generate-sources". Changes no data.
class GenerateSourcesStep : public ProcedureStep
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::GenerateSourcesStep)
public:
    explicit GenerateSourcesStep(QString stage)
        : m_stage(std::move(stage))
    {}
    QString id() const override;
    QString title() const override;
    QString description() const override;
    StepTarget target() const override;
    std::optional<std::chrono::seconds> estimatedDuration() const override
    {
        return std::chrono::minutes(5);
    }
    StepResult run(Context &context, Progress &progress) override;

private:
    QString m_stage;
};

} // namespace upgrade
