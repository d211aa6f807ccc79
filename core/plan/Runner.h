#pragma once

#include "JournalRecords.h"
#include "Plan.h"
#include "Question.h"
#include "Requirements.h"
#include "Services.h"
#include "StepResult.h"

#include "util/Cancellation.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace upgrade {

struct RunnerShared;

/// How a Runner behaves; the defaults are the program's.
struct RunnerOptions
{
    /// How long a step has to return after it was cancelled (by the person, or because it ran
    /// past Step::timeout()). A step still running then is abandoned: counted as failed, its
    /// thread left to end on its own, and the stage stops (resume in a new process).
    std::chrono::milliseconds cancelGrace{10000};
    /// At most one progress signal per step per this interval (status and log lines always go).
    std::chrono::milliseconds progressInterval{100};
    /// Test support: called on the worker thread at "before:<step id>" (the step is journaled
    /// running, nothing done yet) and "after:<step id>" (its result is journaled).
    std::function<void(const QString &checkpoint)> checkpointHook;
};

/// What a Runner needs: the run's folder (its journal exists already: Journal::create), the
/// plan built from the journal's profile, and the services the steps use.
struct RunSetup
{
    QString runDirectory;
    std::shared_ptr<const Plan> plan;
    Services services;
    RunnerOptions options;
};

/// Runs stages of a Plan on a worker thread and journals everything: the engine behind the CLI
/// (`run`, `resume`) and the wizard. Lives on the caller's thread (it needs an event loop);
/// every signal reaches the caller queued; the caller never blocks. One start() or resume() at a
/// time; afterwards finished() is emitted exactly once.
///
/// A stage runs its steps in order; steps already succeeded or skipped in this run never run
/// again. Before each step: check() (blocking findings stop the stage), and for a destructive
/// step the gates (verified backup, target identity taken right then). A failed step (failed,
/// threw, or ran past its timeout) asks the failure question "on-failure.<step id>"; the stage's
/// policy gives the choices (Stage::failureChoices()). Production starts only after the gate
/// "test stage passed for this package" (or the answer "override.test-not-passed" with a reason)
/// and the confirmation "confirm.production-start". On resume, a step found running is
/// interrupted: re-run if it is not destructive, otherwise only after "confirm.rerun.<step id>".
///
/// Questions: questionAsked() is emitted; the caller answers with answer() or, when nobody can
/// answer, noAnswer() (the question's unattendedDefault applies, else the stage stops with
/// StageState::NeedsAnswer and the question comes again on resume).
class Runner : public QObject
{
    Q_OBJECT
public:
    explicit Runner(RunSetup setup, QObject *parent = nullptr);
    /// Cancels a running stage and waits until the worker stopped (bounded by cancelGrace).
    ~Runner() override;

    /// The stages run for `target`: preparation for preparation; preparation (unless passed)
    /// then test for test; production alone for production (gated on the test stage instead).
    static QList<StageKind> stagesFor(StageKind target);

    /// Runs the stages for `target` that have not passed yet (and remembers the target in the
    /// journal for resume()).
    void start(StageKind target);
    /// Continues the run recorded in the journal: the last target's stages not passed yet.
    void resume();
    /// Cooperative cancel: the running step sees progress.isCancelled() and has cancelGrace
    /// to return; the stage ends Cancelled (CLI exit 5; resume continues). Thread-safe.
    void cancel();
    /// The cancel flag, e.g. for a signal handler (cancel() without touching the object).
    Cancellation cancellation() const;
    bool isRunning() const;

    /// Answers the question with that id (ignored when it is not the pending one).
    void answer(const QString &questionId, const Answer &answer);
    /// Nobody can answer that question (unattended): its default applies, or the stage stops.
    void noAnswer(const QString &questionId);

signals:
    void stageStarted(upgrade::StageKind stage, int stepCount);
    void stepStarted(upgrade::StageKind stage, const QString &stepId, const QString &title,
                     int index, int count, bool destructive, int attempt);
    /// `fraction` of the step (negative: unknown); `stageFraction`: weighted share of the stage.
    void progressChanged(const QString &stepId, double fraction, double stageFraction);
    void statusChanged(const QString &stepId, const QString &text);
    void logLine(const QString &stepId, const QString &line);
    void findingsReported(const QString &stepId, const upgrade::Requirements &requirements);
    void questionAsked(const upgrade::Question &question);
    /// A gate's decision (also in the journal): decision is "passed", "refused", "overridden".
    void gateDecided(const QString &gate, const QString &stepId, const QString &decision,
                     const QString &reason);
    void stepFinished(upgrade::StageKind stage, const QString &stepId,
                      const upgrade::StepResult &result);
    void stageFinished(upgrade::StageKind stage, upgrade::StageState state, const QString &message);
    /// The start() or resume() is over; `state` is that of the last stage it ran (Passed when
    /// there was nothing left to do).
    void finished(upgrade::StageState state, const QString &message);

private:
    void launch(std::optional<StageKind> target);

    RunSetup m_setup;
    std::shared_ptr<RunnerShared> m_shared;
    class QThread *m_thread = nullptr;
};

} // namespace upgrade
