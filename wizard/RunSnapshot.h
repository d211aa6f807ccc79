#pragma once

#include "plan/Artifact.h"
#include "plan/JournalRecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace upgrade::wizard {

/// What a run's journal says, read at once (read-only) on a worker thread: the run, its
/// stages, steps, artifacts, and the values asked for. The wizard's pages show these after a
/// stage (verification results, the Finish summary) and when a run is resumed. A value type.
struct RunSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::wizard::RunSnapshot)
public:
    QString runDirectory;
    RunInfo run;
    QList<StageRecord> stages;
    QList<StepRecord> steps;
    QList<Artifact> artifacts;
    QHash<QString, QJsonValue> values;
    std::optional<StageKind> target; ///< the journal's "runner.target"

    /// Opens the journal read-only (it may be in use by a running Runner). Worker thread.
    static std::optional<RunSnapshot> read(const QString &runDirectory,
                                           const QStringList &valueKeys, QString *error);

    std::optional<StageRecord> stage(StageKind kind) const;
    QList<StepRecord> stepsOf(StageKind kind) const;
    /// Something was started and production is neither upgraded nor rolled back.
    bool isUnfinished() const;
    /// The newest unfinished run of the profile, if its newest run is unfinished. Worker.
    static std::optional<RunSnapshot> unfinishedRun(const Profile &profile);
};

} // namespace upgrade::wizard
