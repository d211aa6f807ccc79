#include "SampleStepFactory.h"

#include "SampleStep.h"

#include <QDir>

#include <csignal>

using namespace Qt::StringLiterals;

namespace upgrade::sample {

QString SampleStepFactory::factoryName()
{
    return u"sample"_s;
}

QString SampleStepFactory::directory()
{
    return qEnvironmentVariable("BPMSOFT_UPGRADE_SAMPLE_PLAN");
}

void SampleStepFactory::checkpoint(const QString &point)
{
    if (qEnvironmentVariable("BPMSOFT_UPGRADE_SAMPLE_KILL_AT") == point) {
#ifdef SIGKILL
        std::raise(SIGKILL);
#else
        std::abort();
#endif
    }
}

Stage SampleStepFactory::stage(StageKind kind, const Profile &) const
{
    const QString dir = directory();
    using A = SampleStep::Action;
    const auto prod = EnvironmentKind::Production;
    const auto test = EnvironmentKind::Test;
    auto step = [&](const QString &id, const QString &title, A action, EnvironmentKind env,
                    StepTarget::Parts parts, bool destructive) {
        return std::make_shared<SampleStep>(id, title, action, StepTarget{env, parts}, destructive,
                                            dir);
    };
    Stage stage;
    stage.kind = kind;
    switch (kind) {
    case StageKind::Preparation:
        stage.steps = {step(u"preparation.check"_s, u"Check production"_s, A::Check, prod,
                            StepTarget::Site | StepTarget::Database, false)};
        break;
    case StageKind::Test:
        stage.steps = {step(u"test.backup-production"_s, u"Back up production"_s, A::Backup, prod,
                            StepTarget::Database, false),
                       step(u"test.restore-copy"_s, u"Restore the copy as the test database"_s,
                            A::Restore, test, StepTarget::Database, true),
                       step(u"test.install-package"_s, u"Install the package on the test site"_s,
                            A::Install, test, StepTarget::Site | StepTarget::Database, true),
                       step(u"test.verify"_s, u"Verify the test site"_s, A::Verify, test,
                            StepTarget::Site, false)};
        break;
    case StageKind::Production:
        stage.steps = {step(u"production.backup"_s, u"Back up production"_s, A::Backup, prod,
                            StepTarget::Database, false),
                       step(u"production.install-package"_s, u"Install the package on production"_s,
                            A::Install, prod, StepTarget::Site | StepTarget::Database, true),
                       step(u"production.verify"_s, u"Verify production"_s, A::Verify, prod,
                            StepTarget::Site, false)};
        stage.rollbackSteps = {step(u"production.rollback-database"_s,
                                    u"Restore the production database from the backup"_s,
                                    A::Rollback, prod, StepTarget::Database, true)};
        break;
    }
    return stage;
}

} // namespace upgrade::sample
