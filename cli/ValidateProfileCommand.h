#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace upgrade::cli {

/// `validate-profile FILE [--json]`: lists every problem of a profile; exit 0 when valid,
/// 2 when not. Reads only; writes nothing, not even a log file.
class ValidateProfileCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::cli::ValidateProfileCommand)
public:
    QString name() const override;
    QString summary() const override;
    bool wantsRunLog() const override { return false; }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace upgrade::cli
