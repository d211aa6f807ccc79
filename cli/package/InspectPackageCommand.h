#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace upgrade::cli {

/// `inspect-package FILE [--json]`: checks a package archive (.zip of .gz packages, or one .gz)
/// with PackageArchiveReader and lists its packages with the archive's size and SHA-256.
/// Exit 0 when valid, 2 (with the problem) when not. Reads only; writes nothing.
class InspectPackageCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::cli::InspectPackageCommand)
public:
    QString name() const override;
    QString summary() const override;
    bool wantsRunLog() const override { return false; }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace upgrade::cli
