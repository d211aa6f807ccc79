#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace upgrade::cli {

/// `run --profile P --stage test|production [--journal DIR] [--secrets-file F] [--yes]
/// [--answer ID=VALUE]... [--json]`: runs a stage of the upgrade through the plan Runner.
/// Without --journal, the test stage starts a new run folder under the profile's work folder
/// (AppPaths::journalDir() by default) and production continues the newest run of the profile.
class RunCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::cli::RunCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace upgrade::cli
