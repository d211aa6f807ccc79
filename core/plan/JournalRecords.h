#pragma once

#include "Stage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace upgrade {

/// States of a step in the journal. `running` found when a journal is opened for resuming
/// means the process died: it becomes `interrupted`.
enum class StepState {
    Pending,
    Running,
    Succeeded,
    Failed,
    Skipped,
    Cancelled,
    Interrupted,
    Blocked
};
QString toString(StepState state); ///< "pending", "running", "succeeded", ...
std::optional<StepState> stepStateFromString(const QString &text);
/// Succeeded or skipped: never runs again.
inline bool isFinished(StepState state)
{
    return state == StepState::Succeeded || state == StepState::Skipped;
}

/// States of a stage in the journal.
enum class StageState {
    Pending,
    Running,
    Passed,      ///< every step succeeded or was skipped
    Failed,      ///< a step failed and the run stopped (Abort, or it could not go on)
    Cancelled,   ///< cancelled by the person; resume continues
    Interrupted, ///< found running when the journal was opened again (a killed process)
    Blocked,     ///< a blocking finding or a refused gate
    NeedsAnswer, ///< stopped for a question nobody answered (CLI exit code 4)
    RollingBack, ///< the rollback steps are running
    RolledBack,  ///< rolled back after a failure
    RollbackFailed,
};
QString toString(StageState state); ///< "pending", "running", "passed", "rolled-back", ...
std::optional<StageState> stageStateFromString(const QString &text);

/// What the journal knows about the run as a whole; written once, when it is created.
struct RunInfo
{
    QString runId;
    QString profilePath;
    QJsonObject profile;    ///< the profile as it was (no secrets: the validator refuses them)
    QString factory;        ///< the StepFactory that builds its plan ("upgrade", "sample")
    QString packageArchive; ///< absolute path
    QString programVersion;
    QString createdBy; ///< the OS user
    QDateTime createdAt;
};

struct StageRecord
{
    StageKind stage = StageKind::Test;
    StageState state = StageState::Pending;
    QString packageSha256; ///< of the archive when the stage started
    QDateTime startedAt;
    QDateTime finishedAt;
    QString message;
};

struct StepRecord
{
    QString stepId;
    StageKind stage = StageKind::Test;
    bool rollback = false; ///< one of the stage's rollback steps
    int ordinal = 0;
    QString title;
    bool destructive = false;
    StepState state = StepState::Pending;
    int attempts = 0; ///< how many times it started running
    QDateTime startedAt;
    QDateTime finishedAt;
    QString message;
    QString details;
};

/// One change of state of a step (stepId set) or of a stage (stepId empty).
struct TransitionRecord
{
    qint64 id = 0;
    StageKind stage = StageKind::Test;
    QString stepId;
    QString state;
    QDateTime at;
    QString message;
    QString details;
};

struct AnswerRecord
{
    QString questionId;
    QString value;
    QString reason;
    QString source; ///< toString(AnswerSource)
    QString stepId;
    QString osUser;
    QDateTime at;
};

/// A decision of a safety gate: passed, refused or overridden (with the reason given).
struct GateRecord
{
    QString gate; ///< "test-stage-passed", "verified-backup", "target-identity", ...
    StageKind stage = StageKind::Test;
    QString stepId;
    QString decision; ///< "passed" | "refused" | "overridden"
    QString reason;
    QJsonObject details;
    QString osUser;
    QDateTime at;
};

} // namespace upgrade
