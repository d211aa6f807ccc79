#pragma once

#include "RunValues.h"

#include "plan/Artifact.h"
#include "plan/JournalRecords.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace upgrade {

class Journal;

/// The outcome of a whole run, derived from its journal (RunReport::deriveResult).
enum class RunResult { Succeeded, Failed, RolledBack, Blocked, InProgress };
/// "succeeded" | "failed" | "rolled-back" | "blocked" | "in-progress" (JSON).
QString toString(RunResult result);

/// A step as the report shows it: the journal's record, where it acts, every change of state,
/// and the time it spent running.
struct ReportStep
{
    StepRecord record;
    QString target;      ///< where it acts, in the profile's words; empty when unknown
    QString environment; ///< "production" | "test"; empty when unknown
    QList<TransitionRecord> history;
    qint64 runningMs = -1; ///< summed over every attempt that ended; -1: none ended
};

/// A stage as the report shows it, with the values its steps recorded (RunValues).
struct ReportStage
{
    StageKind kind = StageKind::Preparation;
    std::optional<StageRecord> record; ///< none: never started
    QList<TransitionRecord> history;   ///< the stage's own changes of state
    QList<ReportStep> steps;
    QList<ReportStep> rollbackSteps;
    std::optional<RunCompileResult> compile;
    std::optional<QList<IntegrationResult>> integrations;
    std::optional<QList<DeduplicationObject>> deduplication;
    std::optional<QList<InstalledPackage>> installedPackages;

    StageState state() const { return record ? record->state : StageState::Pending; }
    /// finishedAt - startedAt; -1 when it has not finished.
    qint64 durationMs() const;
};

/// Everything a report says about one run, read from its journal: the run, the profile, the
/// three stages with their steps (where they act, every transition with time and message, time
/// spent), artifacts (backups with sizes and checksums), compile, deduplication and integration
/// results, the archive's packages, answers and who gave them, gate decisions, and the result.
/// A plain value type built on the thread that reads the journal; render it with
/// ReportRenderer. All text in it comes from the journal (already redacted) and is untrusted:
/// renderers escape it.
class RunReport
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::RunReport)
public:
    /// Opens the journal of `runDirectory` read-only and reads it; nullopt and a translated
    /// reason when there is no journal or it is damaged (the file is never changed).
    static std::optional<RunReport> load(const QString &runDirectory, QString *error);
    /// Reads an open journal.
    static RunReport fromJournal(const Journal &journal);

    /// The rule for RunReport::result, from the stages' states and the steps:
    ///  1. the production stage rolled back — or every rollback step of production succeeded
    ///     while the stage did not pass (killed right after the rollback) — `rolled-back`;
    ///  2. the production stage passed: `succeeded`;
    ///  3. otherwise look at the last stage that started (production, else test, else
    ///     preparation; a stage without a record or still pending has not started):
    ///     blocked (a blocking finding or a refused safety gate) — `blocked`;
    ///     failed or rollback-failed — `failed`;
    ///     anything else (running, cancelled, interrupted, needs-answer, rolling-back, or an
    ///     earlier stage that passed with production still to come) — `in-progress`.
    ///  No stage started: `in-progress`.
    static RunResult deriveResult(const QList<StageRecord> &stages, const QList<StepRecord> &steps);

    /// A translated sentence that explains the result, naming the stage and step concerned.
    QString resultMessage() const;
    /// The stage the result speaks of (the last one started), if any.
    const ReportStage *decisiveStage() const;
    /// The first failed or blocked step of the decisive stage, if any.
    const ReportStep *decisiveStep() const;

    /// Every integration result of the run: the test stage's, then production's.
    struct Integration
    {
        StageKind stage;
        IntegrationResult result;
    };
    QList<Integration> integrations() const;

    const ReportStage &stage(StageKind kind) const;

    QString runDirectory;
    RunInfo run;
    Profile profile;
    QList<ReportStage> stages;        ///< preparation, test, production; always three
    QList<TransitionRecord> timeline; ///< every transition, oldest first
    QList<Artifact> artifacts;
    QList<AnswerRecord> answers;
    QList<GateRecord> gates;
    std::optional<PackageArchiveSummary> packageArchive;
    RunResult result = RunResult::InProgress;
    QDateTime startedAt;  ///< the first transition (or the run's creation)
    QDateTime lastChange; ///< the last transition
    QDateTime generatedAt;
};

} // namespace upgrade
