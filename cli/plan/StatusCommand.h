#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace upgrade::cli {

/// `status --journal DIR [--json]`: what the journal of a run says — stages, steps with their
/// transitions, artifacts, answers, gate decisions. Reads only (a damaged journal: exit 2).
class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::cli::StatusCommand)
public:
    QString name() const override;
    QString summary() const override;
    bool wantsRunLog() const override { return false; }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace upgrade::cli
