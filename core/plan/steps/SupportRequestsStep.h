#pragma once

#include "ProcedureStep.h"

#include <QCoreApplication>

namespace upgrade {

/// Cloud, "preparation.support-requests": writes the two requests to the hosting provider's
/// support desk (CloudSupportRequests: a test environment with a current copy of production;
/// agreement of the production upgrade plan) as text files in the run folder
/// ("support-requests/"), filled from the profile, the archive and production's installed
/// versions. Changes nothing on any site. Stateless; worker thread.
class SupportRequestsStep : public ProcedureStep
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::SupportRequestsStep)
public:
    QString id() const override;
    QString title() const override;
    QString description() const override;
    StepTarget target() const override;
    StepResult run(Context &context, Progress &progress) override;
};

} // namespace upgrade
