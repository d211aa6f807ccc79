#pragma once

#include "ProcedureStep.h"

#include <QCoreApplication>

namespace upgrade {

/// Cloud, the production stage's rollback step "production.provider-restore": this program
/// cannot restore a cloud site, so it writes the request to the hosting provider to restore
/// production from the backup confirmed in this run (support-requests/
/// request-3-restore-production.txt) and fails on purpose — the stage ends as
/// "rollback-failed" until the provider has restored production. Stateless; worker thread.
class RequestProviderRestoreStep : public ProcedureStep
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::RequestProviderRestoreStep)
public:
    QString id() const override;
    QString title() const override;
    QString description() const override;
    StepTarget target() const override;
    StepResult run(Context &context, Progress &progress) override;
};

} // namespace upgrade
