#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace upgrade::cli {

/// `db fingerprint`: see summary() and docs/cli.md. Runs on the main thread; the database work is
/// synchronous, with progress on standard error and Ctrl+C to cancel.
class DbFingerprintCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::cli::DbFingerprintCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace upgrade::cli
