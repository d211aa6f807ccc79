#include "Runner.h"

#include "Context.h"
#include "Gates.h"
#include "Journal.h"
#include "Step.h"

#include "util/FileHash.h"
#include "util/Log.h"
#include "util/Redactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLockFile>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace upgrade {

namespace {

/// A piece of journal work a step thread hands to the worker.
struct Task
{
    std::function<void()> work;
    std::shared_ptr<std::atomic_bool> closed; ///< the posting execution was abandoned
    bool done = false;
    bool ok = false;
};

} // namespace

/// State shared by the Runner (caller thread), its worker and the step threads. Kept alive by
/// whoever still holds it (an abandoned step thread may outlive the Runner).
struct RunnerShared
{
    std::mutex mutex;
    std::condition_variable cv;
    std::deque<std::shared_ptr<Task>> tasks;
    QString pendingQuestion;
    std::optional<Answer> answer;
    bool noAnswer = false;
    bool questionPending = false;
    bool unanswered = false; ///< a question went unanswered (no default) in this stage
    bool closed = false;     ///< the worker is gone
    Cancellation cancel;

    std::mutex emitMutex;
    Runner *runner = nullptr; ///< null once the Runner is destroyed

    /// Emits through the Runner if it still exists (from any thread).
    template<class F>
    void emitSignal(F &&f)
    {
        std::lock_guard lock(emitMutex);
        if (runner)
            f(runner);
    }
    void notify() { cv.notify_all(); }
};

/// The worker: runs on its own QThread, owns the journal connection.
class RunnerWorker
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::RunnerWorker)
public:
    RunnerWorker(RunSetup setup, std::shared_ptr<RunnerShared> shared)
        : m_setup(std::move(setup))
        , m_shared(std::move(shared))
    {}

    void run(std::optional<StageKind> target);

    /// Any thread: emits the question and waits for the answer (see Runner::answer).
    static std::optional<Answer> ask(const std::shared_ptr<RunnerShared> &shared,
                                     const Question &question);

private:
    StageState runStage(const Stage &stage, QString *message);
    StageState runSteps(const Stage &stage, bool rollback, QString *message);
    enum class StartGate { Go, Blocked, NeedsAnswer, Cancelled };
    StartGate productionGate(const QString &sha256, QString *message);
    std::optional<Answer> askAndRecord(const Question &question);
    struct Execution;
    std::shared_ptr<Execution> execute(const Stage &stage, Step &step, int index, bool rollback);
    void runTasks();
    void finish(StageState state, const QString &message);
    void hook(const QString &checkpoint)
    {
        if (m_setup.options.checkpointHook)
            m_setup.options.checkpointHook(checkpoint);
    }
    void gate(const GateRecord &record)
    {
        m_journal->addGate(record);
        m_shared->emitSignal([&](Runner *r) {
            emit r->gateDecided(record.gate, record.stepId, record.decision, record.reason);
        });
    }

    RunSetup m_setup;
    std::shared_ptr<RunnerShared> m_shared;
    std::unique_ptr<Journal> m_journal;
    Profile m_profile;
};

namespace {

/// The Progress a step gets: forwards to the Runner's signals, throttled.
class RunnerProgress : public Progress
{
public:
    RunnerProgress(std::shared_ptr<RunnerShared> shared, QString stepId, double done, double weight,
                   double total, std::chrono::milliseconds interval)
        : m_shared(std::move(shared))
        , m_stepId(std::move(stepId))
        , m_done(done)
        , m_weight(weight)
        , m_total(total > 0 ? total : 1)
        , m_interval(interval)
    {
        m_sinceEmit.start();
    }

    void setFraction(double fraction) override
    {
        {
            std::lock_guard lock(m_mutex);
            const bool edge = fraction >= 1.0 || fraction < 0 || !m_emitted;
            if (!edge && m_sinceEmit.elapsed() < m_interval.count())
                return;
            m_emitted = true;
            m_sinceEmit.restart();
        }
        const double stage = (m_done + m_weight * std::clamp(fraction, 0.0, 1.0)) / m_total;
        m_shared->emitSignal(
                [&](Runner *r) { emit r->progressChanged(m_stepId, fraction, stage); });
    }
    void setStatus(const QString &text) override
    {
        const QString clean = Redactor::redact(text);
        logDebug(u"[%1] %2"_s.arg(m_stepId, clean));
        m_shared->emitSignal([&](Runner *r) { emit r->statusChanged(m_stepId, clean); });
    }
    void log(const QString &line) override
    {
        const QString clean = Redactor::redact(line);
        logInfo(u"[%1] %2"_s.arg(m_stepId, clean));
        m_shared->emitSignal([&](Runner *r) { emit r->logLine(m_stepId, clean); });
    }
    Cancellation cancellation() const override { return m_cancel; }
    void cancel() { m_cancel.cancel(); }

private:
    std::shared_ptr<RunnerShared> m_shared;
    QString m_stepId;
    double m_done, m_weight, m_total;
    std::chrono::milliseconds m_interval;
    std::mutex m_mutex;
    QElapsedTimer m_sinceEmit;
    bool m_emitted = false;
    Cancellation m_cancel; ///< this step's: set on run cancel or timeout
};

/// How a step's Context reaches the worker's journal and the person.
class RunnerBackend : public ContextBackend
{
public:
    RunnerBackend(std::shared_ptr<RunnerShared> shared, Journal *journal, QThread *worker)
        : m_shared(std::move(shared))
        , m_journal(journal)
        , m_worker(worker)
        , m_closed(std::make_shared<std::atomic_bool>(false))
    {}

    bool withJournal(const std::function<void(Journal &)> &work) override
    {
        if (*m_closed)
            return false;
        if (QThread::currentThread() == m_worker) {
            work(*m_journal);
            return true;
        }
        auto task = std::make_shared<Task>();
        task->work = [this, &work] { work(*m_journal); };
        task->closed = m_closed;
        std::unique_lock lock(m_shared->mutex);
        if (m_shared->closed)
            return false;
        m_shared->tasks.push_back(task);
        m_shared->cv.notify_all();
        m_shared->cv.wait(lock, [&] { return task->done || m_shared->closed || *m_closed; });
        return task->done && task->ok;
    }
    std::optional<Answer> ask(const Question &question) override
    {
        if (*m_closed)
            return std::nullopt;
        return RunnerWorker::ask(m_shared, question);
    }
    void close()
    {
        *m_closed = true;
        m_shared->notify();
    }

private:
    std::shared_ptr<RunnerShared> m_shared;
    Journal *m_journal;
    QThread *m_worker;
    std::shared_ptr<std::atomic_bool> m_closed;
};

StepState stateOf(StepResult::Outcome outcome)
{
    switch (outcome) {
    case StepResult::Outcome::Ok:
        return StepState::Succeeded;
    case StepResult::Outcome::Failed:
        return StepState::Failed;
    case StepResult::Outcome::Cancelled:
        return StepState::Cancelled;
    case StepResult::Outcome::Skipped:
        return StepState::Skipped;
    }
    return StepState::Failed;
}

QString findingsText(const Requirements &requirements)
{
    QStringList lines;
    for (const Finding &f : requirements.findings)
        lines << u"%1: %2 — %3"_s.arg(toString(f.severity), f.message, f.howToFix);
    return lines.join(u'\n');
}

} // namespace

/// One run of one step on its own thread.
struct RunnerWorker::Execution
{
    StepResult result;
    Requirements requirements;
    QList<GateRecord> gates;
    bool blocked = false;     ///< a blocking finding
    bool gateRefused = false; ///< a safety gate said no: run() was not called
    bool threw = false;
    bool done = false; ///< guarded by Shared::mutex
    bool timedOut = false;
    bool abandoned = false;
};

// --- asking ----------------------------------------------------------------------------------

std::optional<Answer> RunnerWorker::ask(const std::shared_ptr<RunnerShared> &shared,
                                        const Question &question)
{
    {
        std::lock_guard lock(shared->mutex);
        if (shared->closed || shared->cancel.isCancelled())
            return std::nullopt;
        shared->pendingQuestion = question.id;
        shared->answer.reset();
        shared->noAnswer = false;
        shared->questionPending = true;
    }
    logInfo(u"question %1: %2"_s.arg(question.id, question.text));
    shared->emitSignal([&](Runner *r) { emit r->questionAsked(question); });
    std::optional<Answer> answer;
    bool nobody = false;
    {
        std::unique_lock lock(shared->mutex);
        while (!shared->answer && !shared->noAnswer && !shared->closed &&
               !shared->cancel.isCancelled())
            shared->cv.wait_for(lock, 100ms);
        answer = shared->answer;
        nobody = shared->noAnswer;
        shared->questionPending = false;
        shared->pendingQuestion.clear();
        shared->answer.reset();
        shared->noAnswer = false;
    }
    if (answer) {
        const bool needsReason = question.kind == Question::Kind::Choice &&
                                 question.choicesNeedingReason.contains(answer->value);
        if (question.accepts(answer->value) && !(needsReason && answer->reason.trimmed().isEmpty()))
            return answer;
        logWarning(
                u"question %1: the answer \"%2\" is not valid"_s.arg(question.id, answer->value));
        nobody = true;
    }
    if (nobody) {
        if (!question.unattendedDefault.isEmpty())
            return Answer{question.unattendedDefault, {}, AnswerSource::Default};
        std::lock_guard lock(shared->mutex);
        shared->unanswered = true;
    }
    return std::nullopt;
}

std::optional<Answer> RunnerWorker::askAndRecord(const Question &question)
{
    std::optional<Answer> answer = ask(m_shared, question);
    if (answer)
        m_journal->addAnswer({question.id,
                              answer->value,
                              answer->reason,
                              toString(answer->source),
                              question.stepId,
                              {},
                              {}});
    return answer;
}

static bool unanswered(const std::shared_ptr<RunnerShared> &shared)
{
    std::lock_guard lock(shared->mutex);
    return shared->unanswered;
}

// --- the run ---------------------------------------------------------------------------------

void RunnerWorker::finish(StageState state, const QString &message)
{
    logInfo(u"runner finished: %1 %2"_s.arg(toString(state), message));
    m_shared->emitSignal([&](Runner *r) { emit r->finished(state, message); });
}

void RunnerWorker::run(std::optional<StageKind> target)
{
    QLockFile lock(QDir(m_setup.runDirectory).filePath(u"journal.lock"_s));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        finish(StageState::Blocked,
               tr("Another copy of the program is working on this run (%1). Wait until it "
                  "finishes, or close it.")
                       .arg(QDir::toNativeSeparators(m_setup.runDirectory)));
        return;
    }
    QString error;
    m_journal = Journal::open(m_setup.runDirectory, Journal::Mode::ReadWrite, &error);
    if (!m_journal) {
        finish(StageState::Failed, error);
        return;
    }
    const QStringList interrupted = m_journal->markInterrupted();
    for (const QString &id : interrupted)
        logWarning(u"step %1 was interrupted"_s.arg(id));
    const RunInfo info = m_journal->run();
    m_profile = Profile::fromJson(info.profile);
    m_profile.filePath = info.profilePath;

    if (target) {
        m_journal->setValue(u"runner.target"_s, toString(*target));
    } else {
        target = stageFromString(m_journal->value(u"runner.target"_s).toString());
        if (!target) {
            finish(StageState::Passed, tr("Nothing to resume: no stage was started in this run."));
            return;
        }
    }

    StageState last = StageState::Passed;
    QString message = tr("Nothing left to do: the stage %1 has passed.").arg(stageTitle(*target));
    for (StageKind kind : Runner::stagesFor(*target)) {
        const std::optional<StageRecord> record = m_journal->stage(kind);
        if (record && record->state == StageState::Passed)
            continue;
        if (record && record->state == StageState::RolledBack) {
            last = StageState::RolledBack;
            message = tr("The stage %1 of this run was rolled back; start a new run to try "
                         "again.")
                              .arg(stageTitle(kind));
            break;
        }
        last = runStage(m_setup.plan->stage(kind), &message);
        if (last != StageState::Passed)
            break;
    }
    finish(last, message);
    m_journal.reset();
}

RunnerWorker::StartGate RunnerWorker::productionGate(const QString &sha256, QString *message)
{
    for (const GateRecord &g : m_journal->gates())
        if (g.gate == Gates::productionStartGate() && g.decision == u"passed"_s &&
            g.details.value(u"packageSha256"_s).toString() == sha256)
            return StartGate::Go; // decided when this stage first started

    GateRecord test = Gates::testStagePassed(*m_journal, sha256);
    if (test.decision != u"passed"_s) {
        Question q;
        q.id = u"override.test-not-passed"_s;
        q.kind = Question::Kind::Text;
        q.text = tr("%1 Start the production stage anyway? Only with a reason: it is recorded.")
                         .arg(test.reason);
        q.details = tr("Without a passed test stage, nothing shows that this package installs "
                       "and works on your data. Give the reason to go on (for example, who "
                       "approved it), or stop and run the test stage.");
        std::optional<Answer> answer = askAndRecord(q);
        if (!answer) {
            gate(test);
            *message = test.reason;
            if (m_shared->cancel.isCancelled())
                return StartGate::Cancelled;
            return StartGate::NeedsAnswer;
        }
        test.decision = u"overridden"_s;
        test.reason = answer->value;
    }
    gate(test);

    Question confirm;
    confirm.id = u"confirm.production-start"_s;
    confirm.kind = Question::Kind::Confirm;
    confirm.text = tr("Start the upgrade of the production site %1 now?")
                           .arg(m_profile.production.siteUrl);
    confirm.details = tr("The production stage takes fresh verified backups, then installs the "
                         "package on production. Users should not work during it.");
    std::optional<Answer> answer = askAndRecord(confirm);
    GateRecord start{Gates::productionStartGate(),
                     StageKind::Production,
                     {},
                     {},
                     {},
                     {{u"packageSha256"_s, sha256}},
                     {},
                     {}};
    if (!answer) {
        *message = tr("The production stage needs your confirmation (confirm.production-start).");
        return m_shared->cancel.isCancelled() ? StartGate::Cancelled : StartGate::NeedsAnswer;
    }
    if (!answer->isYes()) {
        start.decision = u"refused"_s;
        start.reason = tr("You did not confirm the production stage.");
        gate(start);
        *message = start.reason;
        return StartGate::Blocked;
    }
    start.decision = u"passed"_s;
    gate(start);
    return StartGate::Go;
}

StageState RunnerWorker::runStage(const Stage &stage, QString *message)
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->unanswered = false;
    }
    m_journal->registerSteps(stage);
    auto end = [&](StageState state, const QString &text) {
        *message = text;
        m_journal->setStageState(stage.kind, state, text);
        m_shared->emitSignal([&](Runner *r) { emit r->stageFinished(stage.kind, state, text); });
        return state;
    };

    // The package archive as it is now: the production gate compares it with the test stage's.
    const QString archive = m_journal->run().packageArchive;
    QString sha256;
    if (!archive.isEmpty()) {
        m_shared->emitSignal([&](Runner *r) {
            emit r->statusChanged(
                    {},
                    tr("Checking the package archive %1").arg(QDir::toNativeSeparators(archive)));
        });
        QString error;
        const std::optional<QString> digest =
                FileHash::sha256(archive, m_shared->cancel, {}, &error);
        if (!digest) {
            if (m_shared->cancel.isCancelled())
                return end(StageState::Cancelled, tr("Cancelled."));
            return end(StageState::Blocked,
                       tr("The package archive %1 cannot be read: %2 Check packageArchive in the "
                          "profile.")
                               .arg(QDir::toNativeSeparators(archive), error));
        }
        sha256 = *digest;
    }

    if (stage.kind == StageKind::Production) {
        QString gateMessage;
        switch (productionGate(sha256, &gateMessage)) {
        case StartGate::Go:
            break;
        case StartGate::Blocked:
            return end(StageState::Blocked, gateMessage);
        case StartGate::NeedsAnswer:
            return end(StageState::NeedsAnswer, gateMessage);
        case StartGate::Cancelled:
            return end(StageState::Cancelled, tr("Cancelled."));
        }
    }

    // A rollback once begun is finished first (after a killed process, too).
    bool rollbackStarted = false;
    for (const TransitionRecord &t : m_journal->transitions())
        if (t.stepId.isEmpty() && t.stage == stage.kind &&
            t.state == toString(StageState::RollingBack))
            rollbackStarted = true;

    m_journal->setStageState(stage.kind, StageState::Running, {}, sha256);
    m_shared->emitSignal(
            [&](Runner *r) { emit r->stageStarted(stage.kind, int(stage.steps.size())); });

    QString text;
    StageState state = StageState::Passed;
    if (!rollbackStarted) {
        state = runSteps(stage, false, &text);
        if (state == StageState::RollingBack) {
            m_journal->setStageState(stage.kind, StageState::RollingBack, text);
            rollbackStarted = true;
        }
    }
    if (rollbackStarted) {
        const QString failure = text;
        state = runSteps(stage, true, &text);
        if (state == StageState::Passed) {
            state = StageState::RolledBack;
            text = tr("Rolled back after: %1").arg(failure.isEmpty() ? tr("a failure") : failure);
        } else if (state == StageState::Failed) {
            state = StageState::RollbackFailed;
        }
    }
    if (state == StageState::Passed)
        text = tr("The stage %1 passed.").arg(stageTitle(stage.kind));
    return end(state, text);
}

StageState RunnerWorker::runSteps(const Stage &stage, bool rollback, QString *message)
{
    const auto &steps = rollback ? stage.rollbackSteps : stage.steps;
    for (int index = 0; index < int(steps.size()); ++index) {
        Step &step = *steps[size_t(index)];
        const QString id = step.id();
        if (m_shared->cancel.isCancelled()) {
            *message = tr("Cancelled before %1.").arg(step.title());
            return StageState::Cancelled;
        }
        const std::optional<StepRecord> record = m_journal->step(id);
        if (record && isFinished(record->state)) {
            const StepResult earlier{record->state == StepState::Skipped
                                             ? StepResult::Outcome::Skipped
                                             : StepResult::Outcome::Ok,
                                     tr("Already done in this run."),
                                     {}};
            m_shared->emitSignal([&](Runner *r) { emit r->stepFinished(stage.kind, id, earlier); });
            continue;
        }
        if (record && step.isDestructive() && record->attempts > 0 &&
            (record->state == StepState::Interrupted || record->state == StepState::Failed ||
             record->state == StepState::Cancelled)) {
            Question q;
            q.id = u"confirm.rerun.%1"_s.arg(id);
            q.kind = Question::Kind::Confirm;
            q.stepId = id;
            q.text = tr("The step \"%1\" did not finish the last time (%2), and it changes %3. Run "
                        "it "
                        "again?")
                             .arg(step.title(), toString(record->state),
                                  Plan::describeTarget(step.target(), m_profile));
            q.details = tr("It may have done part of its work. Check the target first if you "
                           "are not sure; running it again repeats the whole step.");
            const std::optional<Answer> answer = askAndRecord(q);
            if (!answer) {
                *message = m_shared->cancel.isCancelled()
                                   ? tr("Cancelled.")
                                   : tr("The step \"%1\" runs again only with your word (%2).")
                                             .arg(step.title(), q.id);
                return m_shared->cancel.isCancelled() ? StageState::Cancelled
                                                      : StageState::NeedsAnswer;
            }
            if (!answer->isYes()) {
                *message = tr("The step \"%1\" was not run again, by your answer. Check its "
                              "target; roll back if needed.")
                                   .arg(step.title());
                return StageState::Failed;
            }
        }

        for (;;) {
            const std::shared_ptr<Execution> exec = execute(stage, step, index, rollback);
            const StepResult &result = exec->result;
            if (exec->blocked) {
                *message = result.message;
                return StageState::Blocked;
            }
            if (result.outcome == StepResult::Outcome::Ok ||
                result.outcome == StepResult::Outcome::Skipped)
                break;
            if (result.outcome == StepResult::Outcome::Cancelled) {
                if (unanswered(m_shared) && !m_shared->cancel.isCancelled()) {
                    m_journal->setStepState(id, StepState::Pending, tr("Waiting for an answer."));
                    *message = tr("The step \"%1\" needs an answer.").arg(step.title());
                    return StageState::NeedsAnswer;
                }
                *message = tr("Cancelled during %1.").arg(step.title());
                return StageState::Cancelled;
            }
            // Failed.
            *message = tr("%1 failed: %2").arg(step.title(), result.message);
            if (exec->abandoned)
                return StageState::Failed;
            if (m_shared->cancel.isCancelled())
                return StageState::Cancelled;

            QList<FailureChoice> choices =
                    rollback ? QList<FailureChoice>{FailureChoice::Retry, FailureChoice::Abort}
                             : stage.failureChoices();
            const FailureChoice fallback =
                    rollback ? FailureChoice::Abort : stage.unattendedFailureChoice();
            Question q;
            q.id = u"on-failure.%1"_s.arg(id);
            q.kind = Question::Kind::Choice;
            q.stepId = id;
            q.text = tr("The step \"%1\" failed: %2 What now?").arg(step.title(), result.message);
            q.details = result.details.left(4000);
            for (FailureChoice c : choices) {
                q.choices << toString(c);
                switch (c) {
                case FailureChoice::Retry:
                    q.choiceLabels << tr("Retry");
                    break;
                case FailureChoice::Skip:
                    q.choiceLabels << tr("Skip (give the reason)");
                    break;
                case FailureChoice::Abort:
                    q.choiceLabels << tr("Abort");
                    break;
                case FailureChoice::RollBack:
                    q.choiceLabels << tr("Roll back");
                    break;
                }
            }
            q.choicesNeedingReason = {toString(FailureChoice::Skip)};
            q.unattendedDefault = toString(fallback);
            const std::optional<Answer> answer = askAndRecord(q);
            if (!answer)
                return m_shared->cancel.isCancelled() ? StageState::Cancelled
                                                      : StageState::NeedsAnswer;
            if (answer->value == toString(FailureChoice::Retry))
                continue;
            if (answer->value == toString(FailureChoice::Skip)) {
                const StepResult skipped = StepResult::skipped(
                        tr("Skipped after a failure: %1").arg(answer->reason), result.message);
                m_journal->setStepState(id, StepState::Skipped, skipped.message, skipped.details);
                m_shared->emitSignal(
                        [&](Runner *r) { emit r->stepFinished(stage.kind, id, skipped); });
                break;
            }
            if (answer->value == toString(FailureChoice::RollBack))
                return StageState::RollingBack;
            return StageState::Failed; // abort
        }
    }
    return StageState::Passed;
}

void RunnerWorker::runTasks()
{
    for (;;) {
        std::shared_ptr<Task> task;
        {
            std::lock_guard lock(m_shared->mutex);
            if (m_shared->tasks.empty())
                return;
            task = m_shared->tasks.front();
            m_shared->tasks.pop_front();
        }
        const bool run = !*task->closed;
        if (run)
            task->work();
        {
            std::lock_guard lock(m_shared->mutex);
            task->done = true;
            task->ok = run;
        }
        m_shared->notify();
    }
}

std::shared_ptr<RunnerWorker::Execution> RunnerWorker::execute(const Stage &stage, Step &step,
                                                               int index, bool rollback)
{
    const QString id = step.id();
    const auto &steps = rollback ? stage.rollbackSteps : stage.steps;
    double done = 0, total = 0;
    for (int i = 0; i < int(steps.size()); ++i) {
        total += steps[size_t(i)]->weight();
        if (i < index)
            done += steps[size_t(i)]->weight();
    }

    m_journal->setStepState(id, StepState::Running);
    const int attempt = m_journal->step(id).value_or(StepRecord{}).attempts;
    m_shared->emitSignal([&](Runner *r) {
        emit r->stepStarted(stage.kind, id, step.title(), index, int(steps.size()),
                            step.isDestructive(), attempt);
    });
    logInfo(u"step %1 started (attempt %2)"_s.arg(id).arg(attempt));
    hook(u"before:"_s + id);

    auto exec = std::make_shared<Execution>();
    auto backend =
            std::make_shared<RunnerBackend>(m_shared, m_journal.get(), QThread::currentThread());
    auto context = std::make_shared<Context>(m_profile, stage.kind, m_setup.services, backend,
                                             m_setup.runDirectory, id);
    auto progress = std::make_shared<RunnerProgress>(m_shared, id, done, step.weight(), total,
                                                     m_setup.options.progressInterval);
    std::shared_ptr<RunnerShared> shared = m_shared;
    // The step object belongs to the plan, which the caller keeps; an abandoned thread keeps
    // the plan alive through this copy.
    std::shared_ptr<const Plan> plan = m_setup.plan;
    Step *stepPtr = &step;
    QThread *thread = QThread::create([exec, context, progress, shared, plan, stepPtr] {
        StepResult result;
        Requirements requirements;
        QList<GateRecord> gates;
        bool blocked = false, threw = false;
        try {
            requirements = stepPtr->check(*context);
            if (!requirements.findings.isEmpty())
                shared->emitSignal(
                        [&](Runner *r) { emit r->findingsReported(stepPtr->id(), requirements); });
            if (requirements.isBlocked()) {
                blocked = true;
                QStringList blocking;
                for (const Finding &f : requirements.findings)
                    if (f.isBlocking())
                        blocking << f.message + u' ' + f.howToFix;
                result = StepResult::failed(blocking.join(u' '), findingsText(requirements));
            } else {
                if (stepPtr->isDestructive()) {
                    gates = Gates::destructiveStep(*stepPtr, *context, *progress);
                    if (!Gates::allPassed(gates)) {
                        for (const GateRecord &g : gates)
                            if (g.decision != u"passed"_s)
                                result = StepResult::failed(g.reason);
                    }
                }
                if (Gates::allPassed(gates))
                    result = stepPtr->run(*context, *progress);
            }
        } catch (const std::exception &e) {
            threw = true;
            result = StepResult::failed(tr("The step stopped on an unexpected error: %1")
                                                .arg(QString::fromLocal8Bit(e.what())));
        } catch (...) {
            threw = true;
            result = StepResult::failed(tr("The step stopped on an unexpected error."));
        }
        std::lock_guard lock(shared->mutex);
        exec->result = result;
        exec->requirements = requirements;
        exec->gates = gates;
        exec->blocked = blocked;
        exec->gateRefused = !Gates::allPassed(gates);
        exec->threw = threw;
        exec->done = true;
        shared->cv.notify_all();
    });
    thread->start();

    // Supervise: serve the step's journal work, watch the timeout and the cancel.
    using Clock = std::chrono::steady_clock;
    auto deadline = Clock::now() + step.timeout();
    std::optional<Clock::time_point> graceEnd;
    auto lastTick = Clock::now();
    for (;;) {
        runTasks();
        bool finished = false, questionPending = false;
        {
            std::unique_lock lock(m_shared->mutex);
            m_shared->cv.wait_for(lock, 50ms,
                                  [&] { return exec->done || !m_shared->tasks.empty(); });
            finished = exec->done;
            questionPending = m_shared->questionPending;
        }
        const auto now = Clock::now();
        if (questionPending)
            deadline += now - lastTick; // a person answering does not count against the step
        lastTick = now;
        if (finished)
            break;
        if (!graceEnd && m_shared->cancel.isCancelled()) {
            progress->cancel();
            graceEnd = now + m_setup.options.cancelGrace;
        }
        if (!graceEnd && now >= deadline) {
            exec->timedOut = true;
            progress->cancel();
            graceEnd = now + m_setup.options.cancelGrace;
            logWarning(u"step %1 ran past its timeout; cancelling"_s.arg(id));
        }
        if (graceEnd && now >= *graceEnd) {
            exec->abandoned = true;
            break;
        }
    }
    runTasks();

    StepResult result;
    if (exec->abandoned) {
        backend->close();
        // The thread is left to end on its own (its QThread is never deleted: deleting a running
        // QThread aborts); it keeps what it uses alive through its shared pointers.
        logError(u"step %1 did not stop; abandoned"_s.arg(id));
        result = StepResult::failed(
                exec->timedOut
                        ? tr("It ran past its time limit (%1 s) and did not stop when asked. "
                             "Close the program; then resume --journal continues.")
                                  .arg(std::chrono::duration_cast<std::chrono::seconds>(
                                               step.timeout())
                                               .count())
                        : tr("It did not stop within %1 s after it was cancelled. Close the "
                             "program; then resume --journal continues.")
                                  .arg(std::chrono::duration_cast<std::chrono::seconds>(
                                               m_setup.options.cancelGrace)
                                               .count()));
        std::lock_guard lock(m_shared->mutex);
        exec->result = result;
    } else {
        thread->wait();
        delete thread;
        backend->close();
        std::lock_guard lock(m_shared->mutex);
        if (exec->timedOut && exec->result.outcome != StepResult::Outcome::Ok)
            exec->result = StepResult::failed(
                    tr("It ran past its time limit of %1 s and was stopped.")
                            .arg(std::chrono::duration_cast<std::chrono::seconds>(step.timeout())
                                         .count()),
                    exec->result.message);
        result = exec->result;
    }

    for (const GateRecord &g : exec->gates)
        gate(g);
    // Blocked: not run at all (a finding or a gate), so resuming never asks before running it.
    const StepState state =
            exec->blocked || exec->gateRefused ? StepState::Blocked : stateOf(result.outcome);
    m_journal->setStepState(id, state, result.message, result.details);
    logInfo(u"step %1: %2 %3"_s.arg(id, toString(state), result.message));
    m_shared->emitSignal([&](Runner *r) { emit r->stepFinished(stage.kind, id, result); });
    hook(u"after:"_s + id);
    return exec;
}

// --- Runner ----------------------------------------------------------------------------------

Runner::Runner(RunSetup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_shared(std::make_shared<RunnerShared>())
{
    qRegisterMetaType<upgrade::StageKind>();
    qRegisterMetaType<upgrade::StageState>();
    qRegisterMetaType<upgrade::StepResult>();
    qRegisterMetaType<upgrade::Question>();
    qRegisterMetaType<upgrade::Requirements>();
    m_shared->runner = this;
}

Runner::~Runner()
{
    cancel();
    if (m_thread) {
        const auto limit = m_setup.options.cancelGrace + 5s;
        if (m_thread->wait(
                    QDeadlineTimer(std::chrono::duration_cast<std::chrono::milliseconds>(limit))))
            delete m_thread;
        else
            logError(u"the runner's worker did not stop; leaving it"_s);
    }
    std::lock_guard lock(m_shared->emitMutex);
    m_shared->runner = nullptr;
}

QList<StageKind> Runner::stagesFor(StageKind target)
{
    switch (target) {
    case StageKind::Preparation:
        return {StageKind::Preparation};
    case StageKind::Test:
        return {StageKind::Preparation, StageKind::Test};
    case StageKind::Production:
        return {StageKind::Production};
    }
    return {};
}

void Runner::start(StageKind target)
{
    launch(target);
}

void Runner::resume()
{
    launch(std::nullopt);
}

void Runner::launch(std::optional<StageKind> target)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->closed = false;
        m_shared->cancel = Cancellation();
    }
    auto worker = std::make_shared<RunnerWorker>(m_setup, m_shared);
    std::shared_ptr<RunnerShared> shared = m_shared;
    m_thread = QThread::create([worker, shared, target] {
        worker->run(target);
        std::lock_guard lock(shared->mutex);
        shared->closed = true;
        shared->cv.notify_all();
    });
    m_thread->setObjectName(u"upgrade-runner"_s);
    m_thread->start();
}

void Runner::cancel()
{
    m_shared->cancel.cancel();
    m_shared->notify();
}

Cancellation Runner::cancellation() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->cancel;
}

bool Runner::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

void Runner::answer(const QString &questionId, const Answer &answer)
{
    std::lock_guard lock(m_shared->mutex);
    if (!m_shared->questionPending || m_shared->pendingQuestion != questionId)
        return;
    m_shared->answer = answer;
    m_shared->cv.notify_all();
}

void Runner::noAnswer(const QString &questionId)
{
    std::lock_guard lock(m_shared->mutex);
    if (!m_shared->questionPending || m_shared->pendingQuestion != questionId)
        return;
    m_shared->noAnswer = true;
    m_shared->cv.notify_all();
}

} // namespace upgrade
