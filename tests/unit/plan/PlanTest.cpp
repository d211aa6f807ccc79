// Plans: built from a factory, validated, described for `plan`.
#include "QtPrinters.h"
#include "TestEnvironment.h"

#include "plan/PendingStep.h"
#include "plan/Plan.h"
#include "plan/ProcedureStepFactory.h"
#include "plan/StepFactory.h"
#include "util/Translations.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;

namespace {

Profile example()
{
    const auto loaded = Profile::load(test::TestEnvironment::sourceDir() +
                                      u"/resources/profiles/example.json"_s);
    EXPECT_TRUE(loaded.profile);
    return *loaded.profile;
}

class ListFactory : public StepFactory
{
public:
    QList<std::shared_ptr<Step>> test;
    QString name() const override { return u"list"_s; }
    Stage stage(StageKind kind, const Profile &) const override
    {
        Stage s;
        if (kind == StageKind::Test)
            s.steps.assign(test.begin(), test.end());
        return s;
    }
};

std::shared_ptr<Step> pending(const QString &id, bool destructive, QList<ArtifactSpec> needs = {},
                              QList<ArtifactSpec> produces = {})
{
    return std::make_shared<PendingStep>(PendingStep::Description{
            id, id, {EnvironmentKind::Test, StepTarget::Database}, destructive, needs, produces});
}

TEST(Plan, TheProcedureIsSound)
{
    const Profile profile = example();
    const Plan plan = Plan::build(profile, ProcedureStepFactory());
    EXPECT_EQ(plan.validate(), QStringList());
    EXPECT_FALSE(plan.stage(StageKind::Production).rollbackSteps.empty());
    // Every destructive step depends on a backup.
    for (StageKind kind : Plan::stageKinds()) {
        for (const auto &step : plan.stage(kind).steps) {
            if (step->isDestructive()) {
                EXPECT_FALSE(step->backupsNeeded().isEmpty()) << step->id().toStdString();
            }
        }
    }
    // Nothing in preparation changes anything.
    for (const auto &step : plan.stage(StageKind::Preparation).steps)
        EXPECT_FALSE(step->isDestructive());
}

TEST(Plan, JsonSaysWhereEachStepActs)
{
    const Profile profile = example();
    const Plan plan = Plan::build(profile, ProcedureStepFactory());
    const QJsonObject json = plan.toJson(profile);
    const QJsonArray stages = json.value(u"stages"_s).toArray();
    ASSERT_EQ(stages.size(), 3);
    EXPECT_EQ(stages[2].toObject().value(u"stage"_s).toString(), u"production"_s);
    QJsonObject install;
    for (const QJsonValue &s : stages[2].toObject().value(u"steps"_s).toArray())
        if (s.toObject().value(u"id"_s).toString() == u"production.install-package"_s)
            install = s.toObject();
    ASSERT_FALSE(install.isEmpty());
    EXPECT_TRUE(install.value(u"destructive"_s).toBool());
    EXPECT_EQ(install.value(u"actsOn"_s).toObject().value(u"site"_s).toString(),
              profile.production.siteUrl);
    EXPECT_EQ(install.value(u"actsOn"_s).toObject().value(u"database"_s).toString(),
              u"mssql sql01:1433/BPMSoft"_s);
    const QJsonObject need = install.value(u"backupsNeeded"_s).toArray().first().toObject();
    EXPECT_EQ(need.value(u"kind"_s).toString(), u"backup.database"_s);
    EXPECT_EQ(need.value(u"madeBy"_s).toString(), u"test.backup-production-database"_s);

    EXPECT_EQ(Plan::describeTarget({EnvironmentKind::Test, StepTarget::Infobase}, profile),
              u"test: 1C infobase app1c:1541/trade_test"_s);
}

TEST(Plan, DescribesTargetsInTheInstalledLanguage)
{
    const Profile profile = example();
    const StepTarget target{EnvironmentKind::Production, StepTarget::Site};
    EXPECT_EQ(Plan::describeParts(target, profile), u"site "_s + profile.production.siteUrl);
    Translations::install(u"ru"_s);
    const QString russian = Plan::describeTarget(target, profile);
    Translations::install(u"en"_s);
    EXPECT_TRUE(russian.startsWith(u"продуктивная среда: сайт "_s)) << russian.toStdString();
    EXPECT_TRUE(russian.endsWith(profile.production.siteUrl)) << russian.toStdString();
}

TEST(Plan, UsualDurationsOfTheProcedureSteps)
{
    const Plan plan = Plan::build(example(), ProcedureStepFactory());
    using std::chrono::minutes;
    EXPECT_EQ(plan.find(u"production.install-package"_s)->estimatedDuration(), minutes(10));
    EXPECT_EQ(plan.find(u"test.install-package"_s)->estimatedDuration(), minutes(10));
    // Backups and restores take as long as the data is large: unknown in advance.
    for (const QString &id :
         {u"test.backup-production-database"_s, u"test.restore-test-database"_s,
          u"test.backup-infobase"_s, u"production.backup"_s, u"production.rollback"_s})
        EXPECT_FALSE(plan.find(id)->estimatedDuration().has_value()) << id.toStdString();
    for (const QString &id : {u"preparation.preflight"_s, u"preparation.compile-all"_s,
                              u"test.create-site"_s, u"test.verify"_s, u"production.deduplicate"_s})
        EXPECT_GT(plan.find(id)->estimatedDuration().value_or(std::chrono::seconds(0)),
                  std::chrono::seconds(0))
                << id.toStdString();
}

TEST(Plan, ValidationFindsBadPlans)
{
    const ArtifactSpec backup{u"backup.database"_s, EnvironmentKind::Test};
    ListFactory factory;
    factory.test = {pending(u"test.a"_s, false), pending(u"test.a"_s, false),
                    pending(u"Bad Id"_s, false), pending(u"test.restore"_s, true, {backup}),
                    pending(u"test.backup"_s, false, {}, {backup})};
    const QStringList problems = Plan::build(example(), factory).validate();
    EXPECT_EQ(problems.size(), 3) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems.join(u' ').contains(u"used twice"_s));
    EXPECT_TRUE(problems.join(u' ').contains(u"Bad Id"_s));
    EXPECT_TRUE(problems.join(u' ').contains(u"test.restore needs"_s));

    factory.test = {pending(u"test.backup"_s, false, {}, {backup}),
                    pending(u"test.restore"_s, true, {backup})};
    EXPECT_TRUE(Plan::build(example(), factory).validate().isEmpty());
}

TEST(Plan, FactoriesByName)
{
    QString error;
    EXPECT_TRUE(StepFactory::create(u"upgrade"_s, &error));
    EXPECT_FALSE(StepFactory::create(u"frobnicate"_s, &error));
    EXPECT_FALSE(error.isEmpty());
    qunsetenv("BPMSOFT_UPGRADE_SAMPLE_PLAN");
    EXPECT_EQ(StepFactory::defaultName(), u"upgrade"_s);
    EXPECT_FALSE(StepFactory::create(u"sample"_s, &error)); // only with its folder
}

TEST(Plan, DefaultBackupOfADestructiveStep)
{
    // PendingStep states its needs explicitly; the Step default applies to steps that do not.
    struct Plain : Step
    {
        QString id() const override { return u"test.plain"_s; }
        QString title() const override { return {}; }
        StepTarget target() const override { return {EnvironmentKind::Test, StepTarget::Database}; }
        bool isDestructive() const override { return true; }
        StepResult run(Context &, Progress &) override { return StepResult::ok(); }
    } plain;
    EXPECT_EQ(plain.backupsNeeded(),
              (QList<ArtifactSpec>{{u"backup.database"_s, EnvironmentKind::Test}}));
}

} // namespace
