#include "RunViewModel.h"

#include "BackgroundTask.h"
#include "RunServicesProvider.h"
#include "RunSnapshot.h"

#include "plan/Journal.h"
#include "plan/RunFolders.h"
#include "plan/Runner.h"
#include "profile/ChainedSecretStore.h"
#include "profile/MemorySecretStore.h"
#include "util/Log.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

RunViewModel::RunViewModel(WizardServices services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    for (StageKind kind : Plan::stageKinds()) {
        auto *vm = new StageViewModel(kind, this);
        m_stages[int(kind)] = vm;
        connect(vm, &StageViewModel::answered, this,
                [this](const QString &id, const Answer &answer) {
                    if (m_runner)
                        m_runner->answer(id, answer);
                });
        connect(vm, &StageViewModel::declined, this, [this](const QString &id) {
            if (m_runner)
                m_runner->noAnswer(id);
        });
    }
}

RunViewModel::~RunViewModel()
{
    if (isBusy())
        logWarning(u"the wizard closes while a run is active; cancelling it"_s);
    m_runner.reset();
}

StageViewModel *RunViewModel::stage(StageKind kind) const
{
    return m_stages[int(kind)];
}

void RunViewModel::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged();
}

bool RunViewModel::configure(const RunConfig &config, QString *error)
{
    if (isBusy()) {
        *error = tr("A stage is running; wait until it stops.");
        return false;
    }
    std::unique_ptr<StepFactory> factory = m_services.stepFactory(config.factoryName, error);
    if (!factory)
        return false;
    auto plan = std::make_shared<Plan>(Plan::build(config.profile, *factory));
    if (const QStringList problems = plan->validate(); !problems.isEmpty()) {
        *error = tr("The plan of the upgrade is not sound: %1").arg(problems.join(u' '));
        return false;
    }
    const bool sameRun = m_plan && config.factoryName == m_config.factoryName &&
                         config.profile.filePath == m_config.profile.filePath &&
                         config.profile.toJson() == m_config.profile.toJson() &&
                         config.secretsFile == m_config.secretsFile;
    const bool sameSecrets = config.typedSecrets == m_config.typedSecrets;
    m_config = config;
    m_plan = plan;
    rebuildStepMap();
    if (!sameRun || !sameSecrets) {
        // A new profile makes a new run; new passwords need a new Runner (its services).
        if (!sameRun)
            discardRun();
        m_runner.reset();
    }
    if (!sameRun)
        for (StageKind kind : Plan::stageKinds())
            stage(kind)->reset(m_plan->stage(kind));
    emit planChanged();
    return true;
}

void RunViewModel::rebuildStepMap()
{
    m_stepStage.clear();
    for (StageKind kind : Plan::stageKinds()) {
        const Stage &s = m_plan->stage(kind);
        for (const auto &step : s.steps)
            m_stepStage.insert(step->id(), kind);
        for (const auto &step : s.rollbackSteps)
            m_stepStage.insert(step->id(), kind);
    }
}

void RunViewModel::retranslate()
{
    if (!m_plan)
        return;
    QString error;
    std::unique_ptr<StepFactory> factory = m_services.stepFactory(m_config.factoryName, &error);
    if (!factory)
        return;
    const Plan fresh = Plan::build(m_config.profile, *factory);
    for (StageKind kind : Plan::stageKinds())
        stage(kind)->retitle(fresh.stage(kind));
    // The Runner keeps the plan it was given; pages show the fresh titles.
    if (!isBusy()) {
        m_plan = std::make_shared<Plan>(fresh);
        m_runner.reset();
    }
    emit planChanged();
}

void RunViewModel::discardRun()
{
    if (isBusy())
        return;
    m_runner.reset();
    m_runDirectory.clear();
    m_recordedTarget.reset();
    m_lastState.reset();
    m_lastMessage.clear();
    if (m_plan)
        for (StageKind kind : Plan::stageKinds())
            stage(kind)->reset(m_plan->stage(kind));
}

void RunViewModel::openRun(const QString &runDirectory, const QHash<QString, QString> &typedSecrets,
                           const QString &secretsFile)
{
    if (isBusy())
        return;
    setPhase(Phase::Preparing);
    runInBackground(
            this,
            [runDirectory] {
                QString error;
                std::optional<RunSnapshot> s = RunSnapshot::read(runDirectory, {}, &error);
                return std::make_pair(s, error);
            },
            [this, typedSecrets, secretsFile](std::pair<std::optional<RunSnapshot>, QString> r) {
                setPhase(Phase::Idle);
                if (!r.first) {
                    emit runOpened(false, r.second);
                    return;
                }
                const RunSnapshot &s = *r.first;
                RunConfig config;
                config.profile = Profile::fromJson(s.run.profile);
                config.profile.filePath = s.run.profilePath;
                config.factoryName = s.run.factory;
                config.secretsFile = secretsFile;
                config.typedSecrets = typedSecrets;
                QString error;
                // Another run may be configured: this one replaces it.
                m_plan.reset();
                if (!configure(config, &error)) {
                    emit runOpened(false, error);
                    return;
                }
                m_runDirectory = s.runDirectory;
                m_recordedTarget = s.target;
                for (StageKind kind : Plan::stageKinds())
                    stage(kind)->applyJournal(s.stage(kind), s.stepsOf(kind));
                emit runOpened(true, {});
            });
}

void RunViewModel::start(StageKind target)
{
    if (isBusy() || !m_plan)
        return;
    prepareAndLaunch(target);
}

void RunViewModel::resume()
{
    if (isBusy() || !m_plan)
        return;
    prepareAndLaunch(std::nullopt);
}

void RunViewModel::prepareAndLaunch(std::optional<StageKind> target)
{
    m_cancelRequested = false;
    m_target = target ? target : m_recordedTarget;
    m_activeStage = m_target;
    if (m_target)
        stage(*m_target)->setWaiting(true);
    if (m_runner) {
        launch(target);
        return;
    }
    setPhase(Phase::Preparing);
    struct Prepared
    {
        bool ok = false;
        QString error;
        QString runDirectory;
        Services services;
    };
    const RunConfig config = m_config;
    const QString existing = m_runDirectory;
    const WizardServices services = m_services;
    runInBackground(
            this,
            [config, existing, services] {
                Prepared p;
                const Profile &profile = config.profile;
                p.runDirectory =
                        existing.isEmpty() ? RunFolders::newRunDirectory(profile) : existing;
                if (!Journal::exists(p.runDirectory)) {
                    RunInfo run;
                    run.runId = RunFolders::newRunId();
                    run.profilePath = profile.filePath;
                    run.profile = profile.toJson();
                    run.factory = config.factoryName;
                    run.packageArchive =
                            profile.packageArchive.isEmpty()
                                    ? QString()
                                    : QFileInfo(profile.filePath)
                                              .dir()
                                              .absoluteFilePath(profile.packageArchive);
                    run.programVersion = QStringLiteral(UPGRADE_VERSION);
                    if (!Journal::create(p.runDirectory, run, &p.error))
                        return p;
                }
                auto secrets = std::make_shared<ChainedSecretStore>();
                secrets->append(std::make_unique<MemorySecretStore>(config.typedSecrets));
                if (services.secretReader) {
                    std::unique_ptr<SecretStore> store =
                            services.secretReader(profile, config.secretsFile, &p.error);
                    if (!store)
                        return p;
                    secrets->append(std::move(store));
                }
                p.services.set<SecretStore>(secrets);
                if (services.runServices &&
                    !services.runServices->addServices(p.services, profile, config.factoryName,
                                                       &p.error))
                    return p;
                p.ok = true;
                return p;
            },
            [this, target](Prepared p) {
                if (!p.ok) {
                    endWithoutRunner(StageState::Failed,
                                     tr("The run could not be prepared: %1").arg(p.error));
                    return;
                }
                m_runDirectory = p.runDirectory;
                if (m_cancelRequested) {
                    endWithoutRunner(StageState::Cancelled, tr("Cancelled."));
                    return;
                }
                RunSetup setup;
                setup.runDirectory = p.runDirectory;
                setup.plan = m_plan;
                setup.services = p.services;
                setup.options = m_services.runnerOptions;
                m_runner = std::make_unique<Runner>(setup);
                connectRunner();
                launch(target);
            });
}

void RunViewModel::endWithoutRunner(StageState state, const QString &message)
{
    setPhase(Phase::Idle);
    m_lastState = state;
    m_lastMessage = message;
    logWarning(message);
    for (StageKind kind : Plan::stageKinds())
        stage(kind)->runEnded(state, message);
    emit finished(state, message);
}

void RunViewModel::launch(std::optional<StageKind> target)
{
    setPhase(Phase::Running);
    logInfo(u"wizard: %1 %2 in %3"_s.arg(target ? u"start"_s : u"resume"_s,
                                         target ? toString(*target) : QString(), m_runDirectory));
    if (target)
        m_runner->start(*target);
    else
        m_runner->resume();
}

void RunViewModel::cancel()
{
    if (m_phase == Phase::Preparing) {
        m_cancelRequested = true;
        return;
    }
    if (m_phase != Phase::Running)
        return;
    setPhase(Phase::Stopping);
    m_runner->cancel();
}

void RunViewModel::setPresetAnswer(const QString &questionId, const Answer &answer)
{
    m_presets.insert(questionId, answer);
}

void RunViewModel::clearPresetAnswer(const QString &questionId)
{
    m_presets.remove(questionId);
}

StageViewModel *RunViewModel::route(const QString &stepId) const
{
    const auto it = m_stepStage.constFind(stepId);
    if (it != m_stepStage.cend())
        return stage(it.value());
    return stage(m_activeStage.value_or(m_target.value_or(StageKind::Preparation)));
}

void RunViewModel::connectRunner()
{
    Runner *r = m_runner.get();
    connect(r, &Runner::stageStarted, this, [this](StageKind kind, int count) {
        m_activeStage = kind;
        stage(kind)->stageStarted(count);
    });
    connect(r, &Runner::stepStarted, this,
            [this](StageKind kind, const QString &id, const QString &title, int index, int count,
                   bool destructive, int attempt) {
                stage(kind)->stepStarted(id, title, index, count, destructive, attempt);
            });
    connect(r, &Runner::progressChanged, this,
            [this](const QString &id, double fraction, double stageFraction) {
                route(id)->progress(id, fraction, stageFraction);
            });
    connect(r, &Runner::statusChanged, this,
            [this](const QString &id, const QString &text) { route(id)->statusChanged(id, text); });
    connect(r, &Runner::logLine, this,
            [this](const QString &id, const QString &line) { route(id)->logLine(id, line); });
    connect(r, &Runner::findingsReported, this,
            [this](const QString &id, const Requirements &requirements) {
                route(id)->findingsReported(id, requirements);
            });
    connect(r, &Runner::questionAsked, this, [this](const Question &question) {
        const auto preset = m_presets.constFind(question.id);
        if (preset != m_presets.cend() && question.accepts(preset->value)) {
            const Answer answer = preset.value();
            m_presets.erase(preset);
            route(question.stepId)->logLine(question.stepId, question.text);
            m_runner->answer(question.id, answer);
            return;
        }
        route(question.stepId)->questionAsked(question);
    });
    connect(r, &Runner::gateDecided, this,
            [this](const QString &gate, const QString &id, const QString &decision,
                   const QString &reason) { route(id)->gateDecided(gate, id, decision, reason); });
    connect(r, &Runner::stepFinished, this,
            [this](StageKind kind, const QString &id, const StepResult &result) {
                stage(kind)->stepFinished(id, result);
            });
    connect(r, &Runner::stageFinished, this,
            [this](StageKind kind, StageState state, const QString &message) {
                stage(kind)->stageFinished(state, message);
            });
    connect(r, &Runner::finished, this, [this](StageState state, const QString &message) {
        m_lastState = state;
        m_lastMessage = message;
        if (m_target)
            m_recordedTarget = m_target;
        for (StageKind kind : Plan::stageKinds())
            stage(kind)->runEnded(state, message);
        setPhase(Phase::Idle);
        emit finished(state, message);
    });
}

} // namespace upgrade::wizard
