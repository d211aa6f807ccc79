#pragma once

#include "ProcedureStep.h"

#include <QCoreApplication>

namespace upgrade {

/// T3 "test.create-site": the test site on the restored copy. On premises: TestSiteProvisioner
/// (folder copy, ConnectionStrings.config, IIS site or systemd unit, health). Hosting "sandbox":
/// starts `bpmsoft-sandbox --site-only --role test` as a detached process (pid and port kept as the
/// value "test.site") and waits until healthy; makes the test 1C infobase from the production one
/// with the Designer stand-in when the folder does not exist. Stateless; worker thread.
class CreateTestSiteStep : public ProcedureStep
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::CreateTestSiteStep)
public:
    QString id() const override;
    QString title() const override;
    QString description() const override;
    StepTarget target() const override;
    std::optional<std::chrono::seconds> estimatedDuration() const override
    {
        return std::chrono::minutes(5);
    }
    std::chrono::milliseconds timeout() const override { return std::chrono::minutes(30); }
    StepResult run(Context &context, Progress &progress) override;
};

} // namespace upgrade
