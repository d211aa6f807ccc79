#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace upgrade::cli {

/// `resume --journal DIR [--secrets-file F] [--yes] [--answer ID=VALUE]... [--json]`: continues
/// a stopped, failed or killed run from its journal.
class ResumeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::cli::ResumeCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace upgrade::cli
