#pragma once

#include "LogModel.h"

#include "plan/JournalRecords.h"
#include "plan/Question.h"
#include "plan/Requirements.h"
#include "plan/Stage.h"
#include "plan/StepResult.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace upgrade::wizard {

/// One stage of the run as the wizard shows it: its steps with their states, the stage's and
/// the current step's progress, status, elapsed time and an estimate of the rest, findings,
/// the live log, and the question waiting for an answer (Retry / Skip / Abort, Roll back, a
/// confirmation). Fed by RunViewModel with the Runner's signals (and by the screenshot tour
/// with sample ones); answers leave through answered(). Main thread.
class StageViewModel : public QObject
{
    Q_OBJECT
public:
    struct StepItem
    {
        QString id;
        QString title;
        bool destructive = false;
        bool rollback = false; ///< one of the stage's rollback steps
        StepState state = StepState::Pending;
        int attempts = 0;
        double fraction = 0;
        QString message;
        QString details;
    };
    struct FindingItem
    {
        QString stepId;
        Finding finding;
    };

    explicit StageViewModel(StageKind kind, QObject *parent = nullptr);

    StageKind kind() const { return m_kind; }
    LogModel *log() const { return m_log; }

    /// The stage's steps from the plan, all pending; clears everything else.
    void reset(const Stage &stage);
    /// Titles again (after a language change), from a fresh build of the same plan.
    void retitle(const Stage &stage);
    /// States from the journal (when a run is opened to be resumed).
    void applyJournal(const std::optional<StageRecord> &stage, const QList<StepRecord> &steps);

    // --- state -------------------------------------------------------------------------
    /// The stage's state in this run; nullopt before it ever started.
    std::optional<StageState> state() const { return m_state; }
    QString message() const { return m_message; }
    /// Running in this session (or asked to start and waiting for its turn).
    bool isActive() const { return m_active || m_waiting; }
    bool isWaiting() const { return m_waiting; }
    bool isPassed() const { return m_state == StageState::Passed; }
    bool isRollingBack() const { return m_rollingBack; }
    /// Stopped in a way that resume continues (cancelled, failed, blocked, interrupted, …).
    bool canContinue() const;
    /// Over for good: passed, rolled back, or the rollback failed.
    bool isConcluded() const;

    const QList<StepItem> &steps() const { return m_steps; }
    int indexOf(const QString &stepId) const;
    QString currentStepId() const { return m_currentStepId; }
    int mainStepCount() const;
    int doneStepCount() const;
    double stageFraction() const { return m_stageFraction; }
    /// The current step's share done; negative: unknown.
    double stepFraction() const { return m_stepFraction; }
    QString status() const { return m_status; }
    qint64 elapsedMs() const;
    /// An estimate of the time left, from the progress so far; nullopt while unknown.
    std::optional<qint64> remainingMs() const;

    const QList<FindingItem> &findings() const { return m_findings; }
    bool hasBlockingFinding() const;
    const std::optional<Question> &question() const { return m_question; }

    /// Answers the pending question; answered() carries it to the Runner.
    void answer(const QString &value, const QString &reason = {});
    /// Nobody answers it: the question's unattended default applies, or the stage stops.
    void decline();

    // --- events (the Runner's signals) --------------------------------------------------
    void setWaiting(bool waiting);
    void stageStarted(int stepCount);
    void stepStarted(const QString &stepId, const QString &title, int index, int count,
                     bool destructive, int attempt);
    void progress(const QString &stepId, double fraction, double stageFraction);
    void statusChanged(const QString &stepId, const QString &text);
    void logLine(const QString &stepId, const QString &line);
    void findingsReported(const QString &stepId, const Requirements &requirements);
    void questionAsked(const Question &question);
    void gateDecided(const QString &gate, const QString &stepId, const QString &decision,
                     const QString &reason);
    void stepFinished(const QString &stepId, const StepResult &result);
    void stageFinished(StageState state, const QString &message);
    /// The Runner finished (this stage may not have run at all).
    void runEnded(StageState state, const QString &message);
    /// For the screenshot tour: as if the stage had been running for `ms` already.
    void addElapsed(qint64 ms) { m_elapsedBefore += ms; }

signals:
    void changed();
    void stepsChanged();
    void findingsChanged();
    void questionChanged();
    void answered(const QString &questionId, const upgrade::Answer &answer);
    void declined(const QString &questionId);

private:
    StepItem *item(const QString &stepId);

    StageKind m_kind;
    LogModel *m_log;
    QList<StepItem> m_steps;
    std::optional<StageState> m_state;
    QString m_message;
    bool m_active = false;
    bool m_waiting = false;
    bool m_rollingBack = false;
    QString m_currentStepId;
    double m_stageFraction = 0;
    double m_stepFraction = 0;
    QString m_status;
    QElapsedTimer m_clock;
    qint64 m_elapsedBefore = 0; ///< of earlier starts in this session
    QList<FindingItem> m_findings;
    std::optional<Question> m_question;
};

} // namespace upgrade::wizard
