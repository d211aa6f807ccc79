#pragma once

#include "ProcedureStep.h"

#include <QCoreApplication>

namespace upgrade {

/// "<stage>.deduplicate", after every install: empties the mapping table SmrSyncHistory (after
/// a snapshot copy in the same database) and sets «Использовать для дедупликации» on every
/// integration object, then proves none is left unset. Keeps "deduplication.objects"
/// [{name, flagSet}]. Through the database (DbAdmin + ConnectorTables), or, in the cloud, through
/// DataService. Destructive. Stateless; worker thread.
class DeduplicateStep : public ProcedureStep
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::DeduplicateStep)
public:
    explicit DeduplicateStep(EnvironmentKind environment)
        : m_environment(environment)
    {}
    QString id() const override;
    QString title() const override;
    QString description() const override;
    StepTarget target() const override;
    std::optional<std::chrono::seconds> estimatedDuration() const override
    {
        return std::chrono::minutes(2);
    }
    bool isDestructive() const override { return true; }
    QList<ArtifactSpec> backupsNeeded() const override;
    StepResult run(Context &context, Progress &progress) override;

private:
    StepResult runInCloud(Context &context, Progress &progress);
    EnvironmentKind m_environment;
};

} // namespace upgrade
