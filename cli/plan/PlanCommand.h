#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace upgrade::cli {

/// `plan --profile P [--json]`: per stage, each step, where it acts, whether it changes data
/// and which backup it depends on. Reads only.
class PlanCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::cli::PlanCommand)
public:
    QString name() const override;
    QString summary() const override;
    bool wantsRunLog() const override { return false; }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace upgrade::cli
