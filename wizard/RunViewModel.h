#pragma once

#include "StageViewModel.h"
#include "WizardServices.h"

#include "plan/Plan.h"
#include "plan/Question.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace upgrade {
class Runner;
}

namespace upgrade::wizard {

/// What a run is made from: the saved, valid profile, where its passwords are, and the plan.
struct RunConfig
{
    Profile profile;     ///< valid, with filePath
    QString secretsFile; ///< e.g. the sandbox's; empty: none
    QString factoryName; ///< the StepFactory ("upgrade"; "sample" for rehearsals and tests)
    QHash<QString, QString> typedSecrets; ///< passwords typed in this session
};

/// The upgrade run behind the stage pages: builds the plan for the profile, creates the run's
/// folder and journal (or opens an existing one to resume it), sets up the run's secrets and
/// services, and drives a plan Runner — all file and journal work on worker threads, the
/// Runner on its own. The Runner's signals are routed to one StageViewModel per stage;
/// answers come back from them. Questions answered on an earlier page (the production
/// confirmation) are answered from presets. Main thread; never blocks it.
class RunViewModel : public QObject
{
    Q_OBJECT
public:
    enum class Phase {
        Idle,      ///< nothing running (a run may exist)
        Preparing, ///< creating or opening the run, setting up services
        Running,   ///< the Runner works
        Stopping,  ///< cancelled; waiting for the Runner to finish
    };
    Q_ENUM(Phase)

    explicit RunViewModel(WizardServices services, QObject *parent = nullptr);
    /// Must not be destroyed while busy (the Runner's destructor would wait for its worker).
    ~RunViewModel() override;

    /// Builds the plan for `config`; a run made from another profile or plan is let go (the
    /// next start makes a new one). False and a translated reason when the plan cannot be
    /// built. Not while busy.
    bool configure(const RunConfig &config, QString *error);
    bool isConfigured() const { return m_plan != nullptr; }
    const RunConfig &config() const { return m_config; }
    std::shared_ptr<const Plan> plan() const { return m_plan; }
    /// Step titles again after a language change.
    void retranslate();

    /// Adopts the run in `runDirectory` (to resume it): reads its journal in the background,
    /// configures from the profile and plan recorded there, shows the recorded states.
    /// runOpened() follows.
    void openRun(const QString &runDirectory, const QHash<QString, QString> &typedSecrets,
                 const QString &secretsFile);
    /// Lets the current run go: the next start() makes a new one. Not while busy.
    void discardRun();
    bool hasRun() const { return !m_runDirectory.isEmpty(); }
    QString runDirectory() const { return m_runDirectory; }
    /// The stage the opened run was working towards (its journal's target).
    std::optional<StageKind> recordedTarget() const { return m_recordedTarget; }

    /// Runs the stages for `target` (Runner::stagesFor); makes the run first when there is none.
    void start(StageKind target);
    /// Continues the run where its journal says.
    void resume();
    /// Cancels safely: the running step sees the cancel and returns; finished() follows.
    void cancel();
    /// Answers question `questionId` with `answer` when the Runner asks it (once).
    void setPresetAnswer(const QString &questionId, const Answer &answer);
    void clearPresetAnswer(const QString &questionId);

    Phase phase() const { return m_phase; }
    bool isBusy() const { return m_phase != Phase::Idle; }
    StageViewModel *stage(StageKind kind) const;
    /// The stage the Runner works on now (or is about to).
    std::optional<StageKind> activeStage() const { return m_activeStage; }
    std::optional<StageState> lastState() const { return m_lastState; }
    QString lastMessage() const { return m_lastMessage; }

signals:
    void phaseChanged();
    void planChanged();
    void runOpened(bool ok, const QString &error);
    void finished(upgrade::StageState state, const QString &message);

private:
    void setPhase(Phase phase);
    void launch(std::optional<StageKind> target);
    void prepareAndLaunch(std::optional<StageKind> target);
    void connectRunner();
    void endWithoutRunner(StageState state, const QString &message);
    StageViewModel *route(const QString &stepId) const;
    void rebuildStepMap();

    WizardServices m_services;
    RunConfig m_config;
    std::shared_ptr<const Plan> m_plan;
    QHash<QString, StageKind> m_stepStage;
    StageViewModel *m_stages[3];
    QString m_runDirectory;
    std::unique_ptr<Runner> m_runner;
    Phase m_phase = Phase::Idle;
    bool m_cancelRequested = false;
    std::optional<StageKind> m_activeStage;
    std::optional<StageKind> m_target;
    std::optional<StageKind> m_recordedTarget;
    std::optional<StageState> m_lastState;
    QString m_lastMessage;
    QHash<QString, Answer> m_presets;
};

} // namespace upgrade::wizard
