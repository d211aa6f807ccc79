#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace upgrade::cli {

/// `rollback --journal DIR [--secrets-file F] [--yes] [--json]`: runs the production stage's
/// rollback steps of that run (restore the production database and 1C infobase from the run's
/// verified backups, restart, confirm the old versions), with the same safety gates as the
/// Runner (verified backups, target identity) and everything journaled. Needs a confirmation
/// (--yes or the terminal). Exit 0 rolled back, 1 failed, 2 usage / damaged journal, 4 not
/// confirmed. Main thread; the steps run on it synchronously.
class RollbackCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::cli::RollbackCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace upgrade::cli
