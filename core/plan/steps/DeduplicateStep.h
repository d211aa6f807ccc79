#pragma once

#include "ProcedureStep.h"

#include <QCoreApplication>

#include <optional>

namespace upgrade {

class BpmSoftClient;

/// "<stage>.deduplicate", after every install: empties the mapping table SmrSyncHistory (after
/// a snapshot copy in the same database) and sets «Использовать для дедупликации» on every
/// integration object, then proves none is left unset. Keeps "deduplication.objects"
/// [{name, flagSet}]. Through the database (DbAdmin + ConnectorTables), or, in the cloud, through
/// DataService — there the snapshot is a JSON Lines file in the run folder (every row, every
/// column, read page by page and counted) and nothing is deleted unless it is complete.
/// Destructive. Stateless; worker thread.
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
    /// Cloud: every row of the mapping table into `path` (one JSON object a line); the rows
    /// written, or nullopt and `error`.
    static std::optional<qint64> exportRows(BpmSoftClient &client, const QString &table,
                                            const QString &path, Progress &progress,
                                            QString *error);
    EnvironmentKind m_environment;
};

} // namespace upgrade
