#include "StageViewModel.h"

#include "plan/Step.h"

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

namespace {

StageViewModel::StepItem makeItem(const QString &id, const QString &title, bool destructive,
                                  bool rollback)
{
    StageViewModel::StepItem item;
    item.id = id;
    item.title = title;
    item.destructive = destructive;
    item.rollback = rollback;
    return item;
}

} // namespace

StageViewModel::StageViewModel(StageKind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_log(new LogModel(this))
{}

void StageViewModel::reset(const Stage &stage)
{
    m_steps.clear();
    for (const auto &step : stage.steps)
        m_steps.append(makeItem(step->id(), step->title(), step->isDestructive(), false));
    for (const auto &step : stage.rollbackSteps)
        m_steps.append(makeItem(step->id(), step->title(), step->isDestructive(), true));
    m_state.reset();
    m_message.clear();
    m_active = m_waiting = m_rollingBack = false;
    m_currentStepId.clear();
    m_stageFraction = m_stepFraction = 0;
    m_status.clear();
    m_clock.invalidate();
    m_elapsedBefore = 0;
    m_findings.clear();
    m_question.reset();
    m_log->clear();
    emit stepsChanged();
    emit findingsChanged();
    emit questionChanged();
    emit changed();
}

void StageViewModel::retitle(const Stage &stage)
{
    auto apply = [&](const auto &steps) {
        for (const auto &step : steps)
            if (StepItem *i = item(step->id()))
                i->title = step->title();
    };
    apply(stage.steps);
    apply(stage.rollbackSteps);
    emit stepsChanged();
}

void StageViewModel::applyJournal(const std::optional<StageRecord> &stage,
                                  const QList<StepRecord> &steps)
{
    if (stage && stage->state != StageState::Pending) {
        m_state = stage->state;
        m_message = stage->message;
    }
    int done = 0, total = 0;
    for (const StepRecord &r : steps) {
        StepItem *i = item(r.stepId);
        if (!i)
            continue;
        i->state = r.state;
        i->attempts = r.attempts;
        i->message = r.message;
        i->details = r.details;
        i->fraction = isFinished(r.state) ? 1 : 0;
        if (!i->rollback) {
            ++total;
            done += isFinished(r.state) ? 1 : 0;
        }
    }
    m_stageFraction = m_state == StageState::Passed ? 1.0 : total ? double(done) / total : 0.0;
    emit stepsChanged();
    emit changed();
}

StageViewModel::StepItem *StageViewModel::item(const QString &stepId)
{
    for (StepItem &i : m_steps)
        if (i.id == stepId)
            return &i;
    return nullptr;
}

int StageViewModel::indexOf(const QString &stepId) const
{
    for (int i = 0; i < m_steps.size(); ++i)
        if (m_steps.at(i).id == stepId)
            return i;
    return -1;
}

int StageViewModel::mainStepCount() const
{
    int n = 0;
    for (const StepItem &i : m_steps)
        n += i.rollback ? 0 : 1;
    return n;
}

int StageViewModel::doneStepCount() const
{
    int n = 0;
    for (const StepItem &i : m_steps)
        n += !i.rollback && isFinished(i.state) ? 1 : 0;
    return n;
}

bool StageViewModel::canContinue() const
{
    if (isActive() || !m_state)
        return false;
    switch (*m_state) {
    case StageState::Failed:
    case StageState::Cancelled:
    case StageState::Interrupted:
    case StageState::Blocked:
    case StageState::NeedsAnswer:
    case StageState::Running:
    case StageState::RollingBack:
        return true;
    default:
        return false;
    }
}

bool StageViewModel::isConcluded() const
{
    return m_state == StageState::Passed || m_state == StageState::RolledBack ||
           m_state == StageState::RollbackFailed;
}

qint64 StageViewModel::elapsedMs() const
{
    return m_elapsedBefore + (m_clock.isValid() ? m_clock.elapsed() : 0);
}

std::optional<qint64> StageViewModel::remainingMs() const
{
    if (!m_active)
        return std::nullopt;
    const double f = m_stageFraction;
    const qint64 elapsed = elapsedMs();
    if (f < 0.02 || elapsed < 1500)
        return std::nullopt;
    return qint64(double(elapsed) * (1.0 - f) / f);
}

bool StageViewModel::hasBlockingFinding() const
{
    for (const FindingItem &f : m_findings)
        if (f.finding.isBlocking())
            return true;
    return false;
}

void StageViewModel::answer(const QString &value, const QString &reason)
{
    if (!m_question)
        return;
    const Question q = *m_question;
    m_question.reset();
    QString label = value;
    const qsizetype i = q.choices.indexOf(value);
    if (i >= 0 && i < q.choiceLabels.size())
        label = q.choiceLabels.at(i);
    m_log->append(LogModel::Info, q.stepId,
                  reason.isEmpty() ? tr("Your answer: %1").arg(label)
                                   : tr("Your answer: %1 (%2)").arg(label, reason));
    emit questionChanged();
    emit changed();
    emit answered(q.id, Answer{value, reason, AnswerSource::Interactive});
}

void StageViewModel::decline()
{
    if (!m_question)
        return;
    const QString id = m_question->id;
    m_question.reset();
    emit questionChanged();
    emit changed();
    emit declined(id);
}

void StageViewModel::setWaiting(bool waiting)
{
    if (m_waiting == waiting)
        return;
    m_waiting = waiting;
    if (waiting) {
        m_message.clear();
        m_status = tr("Starting…");
    }
    emit changed();
}

void StageViewModel::stageStarted(int)
{
    m_waiting = false;
    m_active = true;
    m_state = StageState::Running;
    m_message.clear();
    m_rollingBack = false;
    m_stageFraction = 0;
    m_stepFraction = 0;
    if (m_clock.isValid())
        m_elapsedBefore += m_clock.elapsed();
    m_clock.start();
    m_log->append(LogModel::Info, {}, tr("The stage \"%1\" started.").arg(stageTitle(m_kind)));
    emit changed();
}

void StageViewModel::stepStarted(const QString &stepId, const QString &title, int, int,
                                 bool destructive, int attempt)
{
    StepItem *i = item(stepId);
    if (!i) {
        m_steps.append(makeItem(stepId, title, destructive, false));
        i = &m_steps.last();
    }
    i->title = title;
    i->state = StepState::Running;
    i->attempts = attempt;
    i->fraction = 0;
    i->message.clear();
    i->details.clear();
    if (i->rollback && !m_rollingBack) {
        m_rollingBack = true;
        m_state = StageState::RollingBack;
        m_log->append(LogModel::Warning, {}, tr("Rolling back."));
    }
    m_currentStepId = stepId;
    m_stepFraction = 0;
    m_log->append(LogModel::Info, stepId,
                  attempt > 1 ? tr("%1 — attempt %2").arg(title).arg(attempt) : title);
    emit stepsChanged();
    emit changed();
}

void StageViewModel::progress(const QString &stepId, double fraction, double stageFraction)
{
    if (StepItem *i = item(stepId))
        i->fraction = fraction;
    if (stepId == m_currentStepId)
        m_stepFraction = fraction;
    m_stageFraction = std::clamp(stageFraction, 0.0, 1.0);
    emit changed();
}

void StageViewModel::statusChanged(const QString &stepId, const QString &text)
{
    if (text == m_status)
        return;
    m_status = text;
    if (!text.isEmpty())
        m_log->append(LogModel::Info, stepId, text);
    emit changed();
}

void StageViewModel::logLine(const QString &stepId, const QString &line)
{
    m_log->append(LogModel::Info, stepId, line);
}

void StageViewModel::findingsReported(const QString &stepId, const Requirements &requirements)
{
    for (const Finding &f : requirements.findings) {
        m_findings.append({stepId, f});
        m_log->append(f.isBlocking() ? LogModel::Error : LogModel::Warning, stepId,
                      f.isBlocking() ? tr("Blocking: %1 %2").arg(f.message, f.howToFix)
                                     : tr("Warning: %1 %2").arg(f.message, f.howToFix));
    }
    emit findingsChanged();
}

void StageViewModel::questionAsked(const Question &question)
{
    m_question = question;
    // A failure question repeats the failure just logged.
    if (!question.id.startsWith(u"on-failure."_s))
        m_log->append(LogModel::Warning, question.stepId, question.text);
    emit questionChanged();
    emit changed();
}

void StageViewModel::gateDecided(const QString &gate, const QString &stepId,
                                 const QString &decision, const QString &reason)
{
    if (decision == u"passed"_s)
        return;
    m_log->append(decision == u"refused"_s ? LogModel::Error : LogModel::Warning, stepId,
                  decision == u"refused"_s
                          ? tr("The safety check %1 stopped the step: %2").arg(gate, reason)
                          : tr("The safety check %1 was overridden: %2").arg(gate, reason));
}

void StageViewModel::stepFinished(const QString &stepId, const StepResult &result)
{
    StepItem *i = item(stepId);
    if (!i)
        return;
    switch (result.outcome) {
    case StepResult::Outcome::Ok:
        i->state = StepState::Succeeded;
        i->fraction = 1;
        break;
    case StepResult::Outcome::Failed:
        i->state = StepState::Failed;
        break;
    case StepResult::Outcome::Cancelled:
        i->state = StepState::Cancelled;
        break;
    case StepResult::Outcome::Skipped:
        i->state = StepState::Skipped;
        i->fraction = 1;
        break;
    }
    i->message = result.message;
    i->details = result.details;
    if (stepId == m_currentStepId)
        m_status.clear();
    if (result.outcome == StepResult::Outcome::Failed)
        m_log->append(LogModel::Error, stepId, tr("%1 failed: %2").arg(i->title, result.message));
    else if (result.outcome == StepResult::Outcome::Skipped)
        m_log->append(LogModel::Warning, stepId,
                      tr("%1 skipped: %2").arg(i->title, result.message));
    else if (result.outcome == StepResult::Outcome::Ok && !result.message.isEmpty())
        m_log->append(LogModel::Info, stepId, result.message);
    emit stepsChanged();
    emit changed();
}

void StageViewModel::stageFinished(StageState state, const QString &message)
{
    m_state = state;
    m_message = message;
    m_active = false;
    m_waiting = false;
    m_rollingBack = false;
    if (m_clock.isValid()) {
        m_elapsedBefore += m_clock.elapsed();
        m_clock.invalidate();
    }
    if (state == StageState::Passed)
        m_stageFraction = 1;
    m_status.clear();
    const bool good = state == StageState::Passed;
    m_log->append(good ? LogModel::Info : LogModel::Error, {}, message);
    emit changed();
}

void StageViewModel::runEnded(StageState state, const QString &message)
{
    const bool wasWaiting = m_waiting;
    m_waiting = false;
    m_active = false;
    if (m_clock.isValid()) {
        m_elapsedBefore += m_clock.elapsed();
        m_clock.invalidate();
    }
    if (m_question) {
        m_question.reset();
        emit questionChanged();
    }
    // Stopped before this stage began (a refused gate, nothing to resume, an error opening the
    // run): say so here, where the person is looking.
    if (wasWaiting && !message.isEmpty()) {
        if (!m_state || *m_state == StageState::Pending)
            m_state = state;
        m_message = message;
        m_log->append(state == StageState::Passed ? LogModel::Info : LogModel::Error, {}, message);
    }
    m_status.clear();
    emit changed();
}

} // namespace upgrade::wizard
