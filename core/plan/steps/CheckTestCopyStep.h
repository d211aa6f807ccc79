#pragma once

#include "ProcedureStep.h"

#include <QCoreApplication>

namespace upgrade {

/// Cloud, "test.check-copy": the test environment the hosting provider made must be a current
/// copy of production before anything is installed there: its site answers, the user logs in,
/// and it has every production package at production's version. Fails, naming the differences,
/// otherwise (ask the provider for a fresh copy). Changes nothing. Stateless; worker thread.
class CheckTestCopyStep : public ProcedureStep
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::CheckTestCopyStep)
public:
    QString id() const override;
    QString title() const override;
    QString description() const override;
    StepTarget target() const override;
    StepResult run(Context &context, Progress &progress) override;
};

} // namespace upgrade
