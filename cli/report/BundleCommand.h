#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace upgrade::cli {

/// `bundle --journal DIR [--output F.zip] [--secrets-file F]`: the support bundle of a run
/// (SupportBundle: logs, a consistent copy of the journal, the reports, the profile — every
/// text redacted). Secrets found in --secrets-file and the BPMSOFT_UPGRADE_SECRET_* environment
/// are registered with the Redactor first, so they are masked even where an older program let
/// them through; the keychain is not read.
class BundleCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::cli::BundleCommand)
public:
    QString name() const override;
    QString summary() const override;
    bool wantsRunLog() const override { return false; }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace upgrade::cli
