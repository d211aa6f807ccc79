#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace upgrade::cli {

/// `report --journal DIR [--format html|pdf|json] [--output F]`: the report of a run from its
/// journal (read-only; a damaged journal: exit 2, untouched). The format defaults to the
/// output's extension, else HTML; the output to report.<format> in the run folder; `--output -`
/// prints JSON or HTML to standard output. PDF needs a QGuiApplication: needsGuiApplication()
/// tells main() to create one.
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::cli::ReportCommand)
public:
    QString name() const override;
    QString summary() const override;
    bool wantsRunLog() const override { return false; }
    bool needsGuiApplication(const QStringList &arguments) const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace upgrade::cli
