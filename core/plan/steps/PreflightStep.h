#pragma once

#include "ProcedureStep.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace upgrade {

/// P1 "preparation.preflight": the BPMSoft version (1.1 or newer), the hosting, the package
/// archive (valid, newer than installed; its packages and versions are kept as the value
/// "package.archive" {packages:[{name, version, installedVersion, change}]}), free disk for the
/// backups, and the connections to the site, the database and the 1C. Each problem is a finding
/// (blocking or a warning) with how to fix it. Read-only.
class PreflightStep : public ProcedureStep
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::PreflightStep)
public:
    QString id() const override;
    QString title() const override;
    QString description() const override;
    StepTarget target() const override;
    /// Quick checks: the sites, the archive, free space.
    std::optional<std::chrono::seconds> estimatedDuration() const override
    {
        return std::chrono::minutes(1);
    }
    std::chrono::milliseconds timeout() const override { return std::chrono::minutes(10); }
    Requirements check(const Context &context) const override;
    StepResult run(Context &context, Progress &progress) override;

private:
    /// The archive next to the installed packages (RunValues::PackageArchiveSummary as JSON;
    /// empty when it could not be read); findings into `requirements`.
    QJsonObject comparePackages(const Context &context, Progress &progress,
                                Requirements &requirements) const;
};

} // namespace upgrade
