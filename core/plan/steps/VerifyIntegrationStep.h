#pragma once

#include "ProcedureStep.h"

#include <QCoreApplication>

namespace upgrade {

/// T6 / R3 "<stage>.verify": runs the configured integration process(es) with progress, reads
/// the process log and the connector's log (SmrIntegrationLog), counts duplicates in the synced
/// entities (records sharing the integration object's key column), and keeps the value
/// "integration.results" [{name, records, errors, duplicates}]. Any error or duplicate fails the
/// step naming the integration. On the test site it first refuses to run while the copy's 1C
/// connection points at the production 1C. Destructive (the integration writes data).
/// Stateless; worker thread.
class VerifyIntegrationStep : public ProcedureStep
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::VerifyIntegrationStep)
public:
    explicit VerifyIntegrationStep(EnvironmentKind environment)
        : m_environment(environment)
    {}
    QString id() const override;
    QString title() const override;
    QString description() const override;
    StepTarget target() const override;
    /// One run of the configured integrations.
    std::optional<std::chrono::seconds> estimatedDuration() const override
    {
        return std::chrono::minutes(15);
    }
    bool isDestructive() const override { return true; }
    QList<ArtifactSpec> backupsNeeded() const override;
    std::chrono::milliseconds timeout() const override { return std::chrono::hours(2); }
    StepResult run(Context &context, Progress &progress) override;

private:
    EnvironmentKind m_environment;
};

} // namespace upgrade
