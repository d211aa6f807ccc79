// The Runner with test steps: order and journal, failure policies, retry, skip, cancel, a step
// that throws, a step that hangs past its timeout, the safety gates, questions and resume.
#include "QtPrinters.h"
#include "TestEnvironment.h"
#include "WaitUntil.h"

#include "plan/Context.h"
#include "plan/ContextBackend.h"
#include "plan/IdentityProvider.h"
#include "plan/Journal.h"
#include "plan/Runner.h"
#include "plan/StepFactory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <map>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace upgrade;

namespace {

/// A step whose behaviour is a function; counts its runs.
class FnStep : public Step
{
public:
    FnStep(QString id, std::function<StepResult(Context &, Progress &)> body)
        : m_id(std::move(id))
        , fn(std::move(body))
    {}
    QString id() const override { return m_id; }
    QString title() const override { return u"Step "_s + m_id; }
    int weight() const override { return stepWeight; }
    StepTarget target() const override { return stepTarget; }
    bool isDestructive() const override { return destructive; }
    QList<ArtifactSpec> backupsNeeded() const override { return needs; }
    QList<ArtifactSpec> produces() const override { return made; }
    std::chrono::milliseconds timeout() const override { return limit; }
    Requirements check(const Context &context) const override
    {
        return checkFn ? checkFn(context) : Requirements{};
    }
    StepResult run(Context &context, Progress &progress) override
    {
        ++runs;
        return fn(context, progress);
    }

    QString m_id;
    std::function<StepResult(Context &, Progress &)> fn;
    std::function<Requirements(const Context &)> checkFn;
    int stepWeight = 1;
    StepTarget stepTarget{EnvironmentKind::Test, StepTarget::Database};
    bool destructive = false;
    QList<ArtifactSpec> needs;
    QList<ArtifactSpec> made;
    std::chrono::milliseconds limit = 60s;
    std::atomic_int runs{0};
};

std::shared_ptr<FnStep> okStep(const QString &id)
{
    return std::make_shared<FnStep>(id, [](Context &, Progress &p) {
        p.setFraction(0.5);
        p.log(u"working"_s);
        p.setFraction(1);
        return StepResult::ok();
    });
}

class FakeIdentity : public IdentityProvider
{
public:
    std::map<EnvironmentKind, TargetIdentity> identities;
    std::atomic_int calls{0};
    std::optional<TargetIdentity> identify(EnvironmentKind environment, Progress &,
                                           QString *error) override
    {
        ++calls;
        auto it = identities.find(environment);
        if (it == identities.end()) {
            *error = u"unreachable"_s;
            return std::nullopt;
        }
        return it->second;
    }
};

class MapFactory : public StepFactory
{
public:
    std::map<StageKind, Stage> stages;
    QString name() const override { return u"test"_s; }
    Stage stage(StageKind kind, const Profile &) const override
    {
        auto it = stages.find(kind);
        return it == stages.end() ? Stage{} : it->second;
    }
};

const ArtifactSpec ProdBackup{u"backup.database"_s, EnvironmentKind::Production};

class RunnerTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    Profile profile;
    MapFactory factory;
    std::shared_ptr<FakeIdentity> identity = std::make_shared<FakeIdentity>();
    RunnerOptions options;
    /// Answers questions; nullopt: nobody can answer.
    std::function<std::optional<Answer>(const Question &)> answerer = [](const Question &) {
        return std::nullopt;
    };

    QList<Question> questions;
    QStringList events;
    QList<double> stageFractions;
    StageState finalState = StageState::Pending;
    QString finalMessage;

    QString runDir() const { return dir.filePath(u"run"_s); }
    QString package() const { return dir.filePath(u"package.zip"_s); }

    void SetUp() override
    {
        const auto loaded = Profile::load(test::TestEnvironment::sourceDir() +
                                          u"/resources/profiles/example.json"_s);
        ASSERT_TRUE(loaded.profile);
        profile = *loaded.profile;
        writePackage("package v2");
        RunInfo run;
        run.runId = u"r"_s;
        run.profile = profile.toJson();
        run.factory = u"test"_s;
        run.packageArchive = package();
        QString error;
        ASSERT_TRUE(Journal::create(runDir(), run, &error)) << error.toStdString();
        identity->identities[EnvironmentKind::Production] =
                TargetIdentity::expected(profile, EnvironmentKind::Production);
        identity->identities[EnvironmentKind::Production].fingerprint = u"prod-fp"_s;
        identity->identities[EnvironmentKind::Test] =
                TargetIdentity::expected(profile, EnvironmentKind::Test);
        options.cancelGrace = 2000ms;
        options.progressInterval = 0ms;
    }

    void writePackage(const QByteArray &content)
    {
        QFile f(package());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    void setStage(StageKind kind, std::vector<std::shared_ptr<Step>> steps,
                  std::vector<std::shared_ptr<Step>> rollback = {})
    {
        Stage s;
        s.kind = kind;
        s.steps = std::move(steps);
        s.rollbackSteps = std::move(rollback);
        factory.stages[kind] = s;
    }

    /// Runs start(target) (or resume()) to its end and returns the final state.
    StageState run(std::optional<StageKind> target, int timeoutMs = 20000)
    {
        questions.clear();
        events.clear();
        stageFractions.clear();
        finalState = StageState::Pending;
        RunSetup setup;
        setup.runDirectory = runDir();
        setup.plan = std::make_shared<Plan>(Plan::build(profile, factory));
        setup.services.set<IdentityProvider>(identity);
        setup.options = options;
        Runner runner(setup);
        bool done = false;
        QObject::connect(&runner, &Runner::stepStarted,
                         [&](StageKind, const QString &id, const QString &, int, int, bool, int) {
                             events << u"start "_s + id;
                         });
        QObject::connect(&runner, &Runner::stepFinished,
                         [&](StageKind, const QString &id, const StepResult &r) {
                             events << toString(r.outcome) + u' ' + id;
                         });
        QObject::connect(&runner, &Runner::progressChanged,
                         [&](const QString &, double, double stage) { stageFractions << stage; });
        QObject::connect(&runner, &Runner::questionAsked, [&](const Question &q) {
            questions << q;
            if (std::optional<Answer> a = answerer(q))
                runner.answer(q.id, *a);
            else
                runner.noAnswer(q.id);
        });
        QObject::connect(&runner, &Runner::finished, [&](StageState state, const QString &message) {
            finalState = state;
            finalMessage = message;
            done = true;
        });
        if (target)
            runner.start(*target);
        else
            runner.resume();
        EXPECT_TRUE(test::waitUntil([&] { return done; }, timeoutMs));
        return finalState;
    }

    std::unique_ptr<Journal> journal()
    {
        QString error;
        auto j = Journal::open(runDir(), Journal::Mode::ReadOnly, &error);
        EXPECT_TRUE(j) << error.toStdString();
        return j;
    }
    StepState stateOf(const QString &id)
    {
        return journal()->step(id).value_or(StepRecord{}).state;
    }
    QStringList questionIds() const
    {
        QStringList ids;
        for (const Question &q : questions)
            ids << q.id;
        return ids;
    }
    /// Marks the test stage passed for the current package (as a real test run would).
    void passTestStage()
    {
        setStage(StageKind::Test, {okStep(u"test.a"_s)});
        ASSERT_EQ(run(StageKind::Test), StageState::Passed);
    }
    static std::optional<Answer> yes() { return Answer{u"yes"_s, {}, AnswerSource::Option}; }
};

TEST_F(RunnerTest, RunsPreparationThenTestInOrderAndJournalsIt)
{
    auto prep = okStep(u"preparation.a"_s);
    auto a = okStep(u"test.a"_s);
    auto b = okStep(u"test.b"_s);
    b->stepWeight = 3;
    setStage(StageKind::Preparation, {prep});
    setStage(StageKind::Test, {a, b});
    EXPECT_EQ(run(StageKind::Test), StageState::Passed) << finalMessage.toStdString();
    EXPECT_EQ(events,
              (QStringList{u"start preparation.a"_s, u"ok preparation.a"_s, u"start test.a"_s,
                           u"ok test.a"_s, u"start test.b"_s, u"ok test.b"_s}));
    // Weighted: test.a is a quarter of the test stage.
    EXPECT_TRUE(stageFractions.contains(0.25));
    EXPECT_DOUBLE_EQ(stageFractions.last(), 1.0);
    auto j = journal();
    EXPECT_EQ(j->stage(StageKind::Preparation)->state, StageState::Passed);
    EXPECT_EQ(j->stage(StageKind::Test)->state, StageState::Passed);
    EXPECT_FALSE(j->stage(StageKind::Test)->packageSha256.isEmpty());
    EXPECT_EQ(j->step(u"test.b"_s)->state, StepState::Succeeded);
    EXPECT_EQ(j->step(u"test.b"_s)->attempts, 1);

    // Finished steps never run again.
    EXPECT_EQ(run(StageKind::Test), StageState::Passed);
    EXPECT_EQ(a->runs, 1);
    EXPECT_EQ(prep->runs, 1);
}

TEST_F(RunnerTest, RetryThenSuccess)
{
    int failures = 2;
    auto flaky = std::make_shared<FnStep>(u"test.flaky"_s, [&](Context &, Progress &) {
        return failures-- > 0 ? StepResult::failed(u"not yet"_s, u"raw"_s) : StepResult::ok();
    });
    setStage(StageKind::Test, {flaky, okStep(u"test.after"_s)});
    answerer = [](const Question &q) -> std::optional<Answer> {
        if (q.id == u"on-failure.test.flaky"_s)
            return Answer{u"retry"_s, {}, AnswerSource::Interactive};
        return std::nullopt;
    };
    EXPECT_EQ(run(StageKind::Test), StageState::Passed);
    EXPECT_EQ(flaky->runs, 3);
    ASSERT_EQ(questions.size(), 2);
    EXPECT_EQ(questions[0].choices, (QStringList{u"retry"_s, u"skip"_s, u"abort"_s}));
    EXPECT_EQ(questions[0].unattendedDefault, u"abort"_s);
    EXPECT_EQ(questions[0].details, u"raw"_s);
    auto j = journal();
    EXPECT_EQ(j->step(u"test.flaky"_s)->attempts, 3);
    EXPECT_EQ(j->answers().size(), 2);
    EXPECT_EQ(j->answers()[0].value, u"retry"_s);
    EXPECT_EQ(j->answers()[0].stepId, u"test.flaky"_s);
}

TEST_F(RunnerTest, SkipIsRecordedWithItsReason)
{
    auto failing = std::make_shared<FnStep>(
            u"test.fails"_s, [](Context &, Progress &) { return StepResult::failed(u"broken"_s); });
    auto after = okStep(u"test.after"_s);
    setStage(StageKind::Test, {failing, after});
    answerer = [](const Question &) -> std::optional<Answer> {
        return Answer{u"skip"_s, u"known issue #12"_s, AnswerSource::Option};
    };
    EXPECT_EQ(run(StageKind::Test), StageState::Passed);
    EXPECT_EQ(after->runs, 1);
    auto j = journal();
    EXPECT_EQ(j->step(u"test.fails"_s)->state, StepState::Skipped);
    EXPECT_TRUE(j->step(u"test.fails"_s)->message.contains(u"known issue #12"_s));
    EXPECT_EQ(j->answers().at(0).reason, u"known issue #12"_s);
}

TEST_F(RunnerTest, SkipWithoutReasonIsNotAccepted)
{
    auto failing = std::make_shared<FnStep>(
            u"test.fails"_s, [](Context &, Progress &) { return StepResult::failed(u"broken"_s); });
    setStage(StageKind::Test, {failing, okStep(u"test.after"_s)});
    answerer = [](const Question &) -> std::optional<Answer> {
        return Answer{u"skip"_s, {}, AnswerSource::Option};
    };
    EXPECT_EQ(run(StageKind::Test), StageState::Failed);
    EXPECT_EQ(stateOf(u"test.fails"_s), StepState::Failed);
    EXPECT_EQ(journal()->answers().at(0).value, u"abort"_s);
    EXPECT_EQ(journal()->answers().at(0).source, u"default"_s);
}

TEST_F(RunnerTest, AbortStopsTheStage)
{
    auto failing = std::make_shared<FnStep>(
            u"test.fails"_s, [](Context &, Progress &) { return StepResult::failed(u"broken"_s); });
    auto after = okStep(u"test.after"_s);
    setStage(StageKind::Test, {failing, after});
    answerer = [](const Question &) -> std::optional<Answer> {
        return Answer{u"abort"_s, {}, AnswerSource::Interactive};
    };
    EXPECT_EQ(run(StageKind::Test), StageState::Failed);
    EXPECT_TRUE(finalMessage.contains(u"broken"_s));
    EXPECT_EQ(after->runs, 0);
    EXPECT_EQ(stateOf(u"test.after"_s), StepState::Pending);
    EXPECT_EQ(journal()->stage(StageKind::Test)->state, StageState::Failed);
}

TEST_F(RunnerTest, ProductionFailureRollsBack)
{
    passTestStage();
    auto backup = okStep(u"production.backup"_s);
    auto failing = std::make_shared<FnStep>(u"production.install"_s, [](Context &, Progress &) {
        return StepResult::failed(u"install failed"_s);
    });
    auto after = okStep(u"production.verify"_s);
    auto rollback = okStep(u"production.rollback"_s);
    setStage(StageKind::Production, {backup, failing, after}, {rollback});
    answerer = [](const Question &q) -> std::optional<Answer> {
        if (q.id.startsWith(u"confirm."_s))
            return yes();
        return std::nullopt; // the failure question: unattended, so the default
    };
    EXPECT_EQ(run(StageKind::Production), StageState::RolledBack) << finalMessage.toStdString();
    EXPECT_TRUE(finalMessage.contains(u"install failed"_s));
    EXPECT_EQ(rollback->runs, 1);
    EXPECT_EQ(after->runs, 0);
    const Question failure = questions.last();
    EXPECT_EQ(failure.id, u"on-failure.production.install"_s);
    EXPECT_EQ(failure.choices, (QStringList{u"retry"_s, u"rollback"_s}));
    EXPECT_EQ(failure.unattendedDefault, u"rollback"_s);
    auto j = journal();
    EXPECT_EQ(j->stage(StageKind::Production)->state, StageState::RolledBack);
    EXPECT_EQ(j->step(u"production.rollback"_s)->state, StepState::Succeeded);
    EXPECT_EQ(j->answers().last().source, u"default"_s);

    // A rolled-back stage is final for this run.
    EXPECT_EQ(run(std::nullopt), StageState::RolledBack);
    EXPECT_EQ(rollback->runs, 1);
}

TEST_F(RunnerTest, CancelMidStepWithinItsDeadline)
{
    std::atomic_bool inside = false;
    auto slow = std::make_shared<FnStep>(u"test.slow"_s, [&](Context &, Progress &p) {
        inside = true;
        while (!p.isCancelled())
            QThread::msleep(5);
        return StepResult::cancelled();
    });
    auto after = okStep(u"test.after"_s);
    setStage(StageKind::Test, {slow, after});

    RunSetup setup;
    setup.runDirectory = runDir();
    setup.plan = std::make_shared<Plan>(Plan::build(profile, factory));
    setup.options = options;
    Runner runner(setup);
    std::optional<StageState> state;
    QObject::connect(&runner, &Runner::finished, [&](StageState s, const QString &) { state = s; });
    runner.start(StageKind::Test);
    ASSERT_TRUE(test::waitUntil([&] { return inside.load(); }));
    QElapsedTimer timer;
    timer.start();
    runner.cancel();
    ASSERT_TRUE(test::waitUntil([&] { return state.has_value(); }));
    EXPECT_LT(timer.elapsed(), 2000); // within the grace deadline (else: abandoned, failed)
    EXPECT_EQ(*state, StageState::Cancelled);
    EXPECT_EQ(after->runs, 0);
    EXPECT_EQ(stateOf(u"test.slow"_s), StepState::Cancelled);
    EXPECT_EQ(journal()->stage(StageKind::Test)->state, StageState::Cancelled);
}

TEST_F(RunnerTest, AStepThatThrowsFails)
{
    auto thrower =
            std::make_shared<FnStep>(u"test.throws"_s, [](Context &, Progress &) -> StepResult {
                throw std::runtime_error("disk on fire");
            });
    setStage(StageKind::Test, {thrower});
    EXPECT_EQ(run(StageKind::Test), StageState::Failed);
    auto j = journal();
    EXPECT_EQ(j->step(u"test.throws"_s)->state, StepState::Failed);
    EXPECT_TRUE(j->step(u"test.throws"_s)->message.contains(u"disk on fire"_s));
}

TEST_F(RunnerTest, AStepPastItsTimeoutThatStopsIsFailedAndMayBeRetried)
{
    int calls = 0;
    auto slow = std::make_shared<FnStep>(u"test.slow"_s, [&](Context &, Progress &p) {
        if (++calls > 1)
            return StepResult::ok();
        while (!p.isCancelled())
            QThread::msleep(5);
        return StepResult::cancelled();
    });
    slow->limit = 200ms;
    setStage(StageKind::Test, {slow});
    answerer = [](const Question &) -> std::optional<Answer> {
        return Answer{u"retry"_s, {}, AnswerSource::Interactive};
    };
    EXPECT_EQ(run(StageKind::Test), StageState::Passed);
    ASSERT_FALSE(questions.isEmpty());
    EXPECT_TRUE(questions[0].text.contains(u"time limit"_s)) << questions[0].text.toStdString();
    EXPECT_EQ(journal()->transitions(u"test.slow"_s).at(1).state, u"failed"_s);
}

TEST_F(RunnerTest, AStepThatHangsPastItsTimeoutIsAbandoned)
{
    std::atomic_bool release = false;
    std::atomic_int lateWrite = -1;
    auto hung = std::make_shared<FnStep>(u"test.hangs"_s, [&](Context &context, Progress &) {
        while (!release) // ignores cancel
            QThread::msleep(5);
        lateWrite = context.setValue(u"late"_s, true) ? 1 : 0; // abandoned: goes nowhere
        return StepResult::ok();
    });
    hung->limit = 200ms;
    auto after = okStep(u"test.after"_s);
    setStage(StageKind::Test, {hung, after});
    options.cancelGrace = 300ms;
    QElapsedTimer timer;
    timer.start();
    EXPECT_EQ(run(StageKind::Test), StageState::Failed);
    EXPECT_LT(timer.elapsed(), 3000);
    EXPECT_TRUE(questions.isEmpty()); // no retry while it may still be running
    EXPECT_EQ(after->runs, 0);
    auto j = journal();
    EXPECT_EQ(j->step(u"test.hangs"_s)->state, StepState::Failed);
    EXPECT_TRUE(j->step(u"test.hangs"_s)->message.contains(u"did not stop"_s));
    release = true;
    ASSERT_TRUE(test::waitUntil([&] { return lateWrite >= 0; }));
    EXPECT_EQ(lateWrite, 0);
    EXPECT_TRUE(journal()->value(u"late"_s).isUndefined());
}

TEST_F(RunnerTest, BlockingFindingsStopWarningsDoNot)
{
    auto warned = okStep(u"test.warned"_s);
    warned->checkFn = [](const Context &) {
        return Requirements().warn(u"outside the window"_s, u"wait"_s);
    };
    auto blocked = okStep(u"test.blocked"_s);
    blocked->checkFn = [](const Context &) {
        return Requirements().block(u"version too old"_s, u"upgrade BPMSoft first"_s);
    };
    setStage(StageKind::Test, {warned, blocked});
    EXPECT_EQ(run(StageKind::Test), StageState::Blocked);
    EXPECT_EQ(warned->runs, 1);
    EXPECT_EQ(blocked->runs, 0);
    EXPECT_TRUE(finalMessage.contains(u"version too old"_s));
    EXPECT_EQ(stateOf(u"test.blocked"_s), StepState::Blocked);
}

TEST_F(RunnerTest, DestructiveStepRefusedWithoutAVerifiedBackup)
{
    auto destructive = okStep(u"test.restore"_s);
    destructive->destructive = true;
    destructive->needs = {ProdBackup};
    auto unverified = std::make_shared<FnStep>(u"test.backup"_s, [](Context &c, Progress &) {
        Artifact a;
        a.kind = ProdBackup.kind;
        a.path = u"/x"_s;
        a.verified = false; // taken, not verified
        c.recordArtifact(a);
        return StepResult::ok();
    });
    setStage(StageKind::Test, {unverified, destructive});
    EXPECT_EQ(run(StageKind::Test), StageState::Failed);
    EXPECT_EQ(destructive->runs, 0);
    EXPECT_EQ(identity->calls, 0);
    EXPECT_EQ(stateOf(u"test.restore"_s), StepState::Blocked);
    auto j = journal();
    ASSERT_FALSE(j->gates().isEmpty());
    EXPECT_EQ(j->gates().last().gate, u"verified-backup"_s);
    EXPECT_EQ(j->gates().last().decision, u"refused"_s);
    EXPECT_TRUE(j->step(u"test.restore"_s)->message.contains(u"no verified"_s));
}

/// A backup step that records a verified backup of production with the given source identity.
std::shared_ptr<FnStep> backupStep(const QString &id, TargetIdentity source,
                                   const ArtifactSpec &spec = ProdBackup)
{
    auto step = std::make_shared<FnStep>(id, [source, spec](Context &c, Progress &) {
        Artifact a;
        a.kind = spec.kind;
        a.environment = EnvironmentKind::Production;
        a.path = u"/backups/prod.bak"_s;
        a.size = 10;
        a.sha256 = u"ab"_s;
        a.verified = true;
        a.source = source;
        return c.recordArtifact(a) ? StepResult::ok() : StepResult::failed(u"journal"_s);
    });
    step->made = {spec};
    return step;
}

TEST_F(RunnerTest, DestructiveStepRunsOnlyOnTheIdentifiedTarget)
{
    const TargetIdentity backedUp = identity->identities[EnvironmentKind::Production];
    auto install = okStep(u"production.install"_s);
    install->destructive = true;
    install->needs = {ProdBackup};
    install->stepTarget = {EnvironmentKind::Production, StepTarget::Database};
    answerer = [](const Question &q) -> std::optional<Answer> {
        if (q.id.startsWith(u"confirm."_s))
            return yes();
        return Answer{u"abort"_s, {}, AnswerSource::Interactive};
    };
    passTestStage();

    // Another database behind the same name: the fingerprint differs from the backup's.
    identity->identities[EnvironmentKind::Production].fingerprint = u"other-fp"_s;
    setStage(StageKind::Production, {backupStep(u"production.backup"_s, backedUp), install});
    EXPECT_EQ(run(StageKind::Production), StageState::Failed);
    EXPECT_EQ(install->runs, 0);
    GateRecord last = journal()->gates().last();
    EXPECT_EQ(last.gate, u"target-identity"_s);
    EXPECT_EQ(last.decision, u"refused"_s);
    EXPECT_TRUE(last.reason.contains(u"fingerprint"_s)) << last.reason.toStdString();
    EXPECT_EQ(last.details.value(u"actual"_s).toObject().value(u"fingerprint"_s).toString(),
              u"other-fp"_s);
}

// Cloud: the provider's backup has no database fingerprint; it is taken as the site's.
const ArtifactSpec ProviderBackup{u"backup.provider"_s, EnvironmentKind::Production};

/// Production on a cloud site: no database fingerprint; the test stage passed.
class CloudRunnerTest : public RunnerTest
{
protected:
    void SetUp() override
    {
        RunnerTest::SetUp();
        identity->identities[EnvironmentKind::Production].fingerprint.clear();
        answerer = [](const Question &q) -> std::optional<Answer> {
            if (q.id.startsWith(u"confirm."_s))
                return yes();
            return Answer{u"abort"_s, {}, AnswerSource::Interactive};
        };
        passTestStage();
    }

    /// Runs the production stage — the provider's backup taken from `source`, then an install
    /// that needs it — and returns the install step.
    std::shared_ptr<FnStep> runProduction(const TargetIdentity &source, StageState *state)
    {
        auto install = okStep(u"production.install"_s);
        install->destructive = true;
        install->needs = {ProviderBackup};
        install->stepTarget = {EnvironmentKind::Production, StepTarget::Site};
        setStage(StageKind::Production,
                 {backupStep(u"production.provider-backup"_s, source, ProviderBackup), install});
        *state = run(StageKind::Production);
        return install;
    }
};

TEST_F(CloudRunnerTest, ProviderBackupIsCheckedBySite)
{
    // Confirmed for another site: refused, nothing changed.
    TargetIdentity other = identity->identities[EnvironmentKind::Production];
    other.siteUrl = u"https://other.example.ru"_s;
    StageState state = StageState::Pending;
    const auto install = runProduction(other, &state);
    EXPECT_EQ(state, StageState::Failed);
    EXPECT_EQ(install->runs, 0);
    GateRecord last = journal()->gates().last();
    EXPECT_EQ(last.gate, u"target-identity"_s);
    EXPECT_EQ(last.decision, u"refused"_s);
    EXPECT_TRUE(last.reason.contains(u"other.example.ru"_s)) << last.reason.toStdString();
}

TEST_F(CloudRunnerTest, ProviderBackupOfTheSameSiteLetsTheStepRun)
{
    StageState state = StageState::Pending;
    const auto install = runProduction(identity->identities[EnvironmentKind::Production], &state);
    EXPECT_EQ(state, StageState::Passed);
    EXPECT_EQ(install->runs, 1);
}

TEST_F(RunnerTest, IdentityMismatchAndUnreachableTargetsAreRefused)
{
    const TargetIdentity backedUp = identity->identities[EnvironmentKind::Production];
    auto restore = okStep(u"test.restore"_s);
    restore->destructive = true;
    restore->needs = {ProdBackup};
    restore->stepTarget = {EnvironmentKind::Test, StepTarget::Database};
    setStage(StageKind::Test, {backupStep(u"test.backup"_s, backedUp), restore});

    // The test connection reaches the production database.
    identity->identities[EnvironmentKind::Test].database = u"BPMSoft"_s;
    EXPECT_EQ(run(StageKind::Test), StageState::Failed);
    EXPECT_EQ(restore->runs, 0);
    EXPECT_TRUE(journal()->gates().last().reason.contains(
            u"database BPMSoft instead of BPMSoft_Test"_s))
            << journal()->gates().last().reason.toStdString();

    // Unreachable: refused too.
    identity->identities.erase(EnvironmentKind::Test);
    EXPECT_EQ(run(std::nullopt), StageState::Failed);
    EXPECT_EQ(restore->runs, 0);
    EXPECT_TRUE(journal()->gates().last().reason.contains(u"unreachable"_s));

    // The right target: it runs.
    identity->identities[EnvironmentKind::Test] =
            TargetIdentity::expected(profile, EnvironmentKind::Test);
    EXPECT_EQ(run(std::nullopt), StageState::Passed) << finalMessage.toStdString();
    EXPECT_EQ(restore->runs, 1);
    EXPECT_TRUE(questions.isEmpty()); // refused steps never ran: no need to ask before running
    EXPECT_EQ(journal()->gates().last().decision, u"passed"_s);
}

TEST_F(RunnerTest, DestructiveStepWithoutIdentityCheckIsRefused)
{
    auto backup = backupStep(u"test.backup"_s, identity->identities[EnvironmentKind::Production]);
    auto restore = okStep(u"test.restore"_s);
    restore->destructive = true;
    restore->needs = {ProdBackup};
    setStage(StageKind::Test, {backup, restore});
    identity.reset(); // no IdentityProvider service
    EXPECT_EQ(run(StageKind::Test), StageState::Failed);
    EXPECT_EQ(restore->runs, 0);
    EXPECT_EQ(journal()->gates().last().gate, u"target-identity"_s);
}

TEST_F(RunnerTest, ProductionRefusesWithoutAPassedTestStage)
{
    auto step = okStep(u"production.a"_s);
    setStage(StageKind::Production, {step});
    setStage(StageKind::Test, {okStep(u"test.a"_s)});
    answerer = [](const Question &q) -> std::optional<Answer> {
        if (q.kind == Question::Kind::Confirm)
            return yes();
        return std::nullopt;
    };
    // Test stage never ran: refused, waiting for an override.
    EXPECT_EQ(run(StageKind::Production), StageState::NeedsAnswer);
    EXPECT_EQ(step->runs, 0);
    EXPECT_EQ(questionIds(), QStringList{u"override.test-not-passed"_s});
    EXPECT_EQ(journal()->gates().last().decision, u"refused"_s);

    // Passed with another package: still refused.
    writePackage("package v1");
    EXPECT_EQ(run(StageKind::Test), StageState::Passed);
    writePackage("package v2");
    EXPECT_EQ(run(StageKind::Production), StageState::NeedsAnswer);
    EXPECT_TRUE(journal()->gates().last().reason.contains(u"another package"_s));
    EXPECT_EQ(step->runs, 0);

    // An explicit override with a reason: recorded, and production runs.
    answerer = [](const Question &q) -> std::optional<Answer> {
        if (q.id == u"override.test-not-passed"_s)
            return Answer{u"approved by the CTO after a manual test"_s, {}, AnswerSource::Option};
        return yes();
    };
    EXPECT_EQ(run(StageKind::Production), StageState::Passed) << finalMessage.toStdString();
    EXPECT_EQ(step->runs, 1);
    auto j = journal();
    QStringList decisions;
    for (const GateRecord &g : j->gates())
        decisions << g.gate + u'=' + g.decision;
    EXPECT_TRUE(decisions.contains(u"test-stage-passed=overridden"_s))
            << decisions.join(u' ').toStdString();
    EXPECT_TRUE(decisions.contains(u"production-start=passed"_s));
    bool found = false;
    for (const GateRecord &g : j->gates())
        if (g.decision == u"overridden"_s)
            found = g.reason.contains(u"CTO"_s);
    EXPECT_TRUE(found);
}

TEST_F(RunnerTest, ProductionNeedsConfirmation)
{
    passTestStage();
    auto step = okStep(u"production.a"_s);
    setStage(StageKind::Production, {step});
    EXPECT_EQ(run(StageKind::Production), StageState::NeedsAnswer); // nobody confirms
    EXPECT_EQ(questionIds(), QStringList{u"confirm.production-start"_s});
    answerer = [](const Question &) -> std::optional<Answer> {
        return Answer{u"no"_s, {}, AnswerSource::Interactive};
    };
    EXPECT_EQ(run(StageKind::Production), StageState::Blocked);
    EXPECT_EQ(step->runs, 0);
    answerer = [](const Question &) { return yes(); };
    EXPECT_EQ(run(StageKind::Production), StageState::Passed);
    EXPECT_EQ(step->runs, 1);
}

TEST_F(RunnerTest, StepsAskThroughTheContext)
{
    auto asking = std::make_shared<FnStep>(u"test.asks"_s, [](Context &c, Progress &) {
        Question q;
        q.id = u"confirm.clear-mapping"_s;
        q.text = u"Clear?"_s;
        const std::optional<Answer> a = c.ask(q);
        if (!a)
            return StepResult::cancelled();
        return a->isYes() ? StepResult::ok() : StepResult::failed(u"declined"_s);
    });
    setStage(StageKind::Test, {asking});
    EXPECT_EQ(run(StageKind::Test), StageState::NeedsAnswer); // unattended, no default
    EXPECT_EQ(stateOf(u"test.asks"_s), StepState::Pending);
    answerer = [](const Question &) { return yes(); };
    EXPECT_EQ(run(std::nullopt), StageState::Passed);
    const AnswerRecord a = journal()->answers().last();
    EXPECT_EQ(a.questionId, u"confirm.clear-mapping"_s);
    EXPECT_EQ(a.stepId, u"test.asks"_s);
}

TEST_F(RunnerTest, ResumeRerunsInterruptedStepsAndAsksForDestructiveOnes)
{
    auto done = okStep(u"test.done"_s);
    auto plain = okStep(u"test.plain"_s);
    auto destructive = okStep(u"test.destructive"_s);
    destructive->destructive = true;
    destructive->needs = {};
    setStage(StageKind::Test, {done, plain, destructive});
    {
        // What a killed process leaves behind.
        QString error;
        auto j = Journal::open(runDir(), Journal::Mode::ReadWrite, &error);
        ASSERT_TRUE(j);
        j->registerSteps(factory.stages[StageKind::Test]);
        j->setValue(u"runner.target"_s, u"test"_s);
        j->setStageState(StageKind::Preparation, StageState::Passed);
        j->setStageState(StageKind::Test, StageState::Running);
        j->setStepState(u"test.done"_s, StepState::Running);
        j->setStepState(u"test.done"_s, StepState::Succeeded);
        j->setStepState(u"test.plain"_s, StepState::Running);
        j->setStepState(u"test.destructive"_s, StepState::Running);
    }
    EXPECT_EQ(run(std::nullopt), StageState::NeedsAnswer);
    EXPECT_EQ(done->runs, 0);
    EXPECT_EQ(plain->runs, 1); // interrupted, not destructive: simply again
    EXPECT_EQ(destructive->runs, 0);
    EXPECT_EQ(questionIds(), QStringList{u"confirm.rerun.test.destructive"_s});
    EXPECT_EQ(stateOf(u"test.destructive"_s), StepState::Interrupted);

    answerer = [](const Question &) { return yes(); };
    EXPECT_EQ(run(std::nullopt), StageState::Passed);
    EXPECT_EQ(destructive->runs, 1);
    EXPECT_EQ(plain->runs, 1);
    QStringList story;
    for (const TransitionRecord &t : journal()->transitions(u"test.destructive"_s))
        story << t.state;
    EXPECT_EQ(story, (QStringList{u"running"_s, u"interrupted"_s, u"running"_s, u"succeeded"_s}));
}

TEST_F(RunnerTest, OnlyOneRunnerPerJournal)
{
    std::atomic_bool inside = false, release = false;
    auto slow = std::make_shared<FnStep>(u"test.slow"_s, [&](Context &, Progress &) {
        inside = true;
        while (!release)
            QThread::msleep(5);
        return StepResult::ok();
    });
    setStage(StageKind::Test, {slow});
    RunSetup setup;
    setup.runDirectory = runDir();
    setup.plan = std::make_shared<Plan>(Plan::build(profile, factory));
    setup.options = options;
    Runner first(setup);
    first.start(StageKind::Test);
    ASSERT_TRUE(test::waitUntil([&] { return inside.load(); }));
    EXPECT_EQ(run(StageKind::Test), StageState::Blocked);
    EXPECT_TRUE(finalMessage.contains(u"Another copy"_s));
    release = true;
}

TEST_F(RunnerTest, AStepCanBeTestedWithoutARunner)
{
    QString error;
    auto j = Journal::open(runDir(), Journal::Mode::ReadWrite, &error);
    ASSERT_TRUE(j) << error.toStdString();
    Services services;
    services.set<IdentityProvider>(identity);
    auto backend =
            std::make_shared<DirectContextBackend>(*j, [](const Question &) { return yes(); });
    Context context(profile, StageKind::Test, services, backend, runDir(), u"test.backup"_s);
    EXPECT_EQ(context.service<IdentityProvider>(), identity.get());
    EXPECT_FALSE(context.secret(u"test.database"_s)); // no SecretStore service

    auto step = backupStep(u"test.backup"_s, identity->identities[EnvironmentKind::Production]);
    LogProgress progress;
    EXPECT_TRUE(step->run(context, progress).isOk());
    const std::optional<Artifact> backup = context.verifiedArtifact(ProdBackup);
    ASSERT_TRUE(backup);
    EXPECT_EQ(backup->stepId, u"test.backup"_s);
    EXPECT_EQ(backup->source.fingerprint, u"prod-fp"_s);
    EXPECT_FALSE(context.verifiedArtifact({ProdBackup.kind, EnvironmentKind::Test}));

    EXPECT_TRUE(context.setValue(u"integration.results"_s, QJsonArray{1}));
    EXPECT_EQ(context.value(u"integration.results"_s).toArray().size(), 1);
    Question q;
    q.id = u"confirm.x"_s;
    ASSERT_TRUE(context.ask(q));
    EXPECT_EQ(j->answers().last().questionId, u"confirm.x"_s);
    EXPECT_EQ(j->answers().last().stepId, u"test.backup"_s);
}

TEST_F(RunnerTest, AFailedRollbackIsReportedAndAnInterruptedOneContinues)
{
    passTestStage();
    auto failing = std::make_shared<FnStep>(u"production.install"_s, [](Context &, Progress &) {
        return StepResult::failed(u"install failed"_s);
    });
    int rollbackFailures = 1;
    auto rollback = std::make_shared<FnStep>(u"production.rollback"_s, [&](Context &, Progress &) {
        return rollbackFailures-- > 0 ? StepResult::failed(u"restore failed"_s) : StepResult::ok();
    });
    setStage(StageKind::Production, {failing}, {rollback});
    answerer = [](const Question &q) -> std::optional<Answer> {
        if (q.id.startsWith(u"confirm."_s))
            return yes();
        return std::nullopt; // unattended: rollback, then abort when the rollback fails
    };
    EXPECT_EQ(run(StageKind::Production), StageState::RollbackFailed);
    EXPECT_EQ(questions.last().id, u"on-failure.production.rollback"_s);
    EXPECT_EQ(questions.last().choices, (QStringList{u"retry"_s, u"abort"_s}));
    EXPECT_EQ(journal()->stage(StageKind::Production)->state, StageState::RollbackFailed);

    // Resuming goes on with the rollback, not with the failed install.
    EXPECT_EQ(run(std::nullopt), StageState::RolledBack) << finalMessage.toStdString();
    EXPECT_EQ(failing->runs, 1);
    EXPECT_EQ(rollback->runs, 2);
}

} // namespace
