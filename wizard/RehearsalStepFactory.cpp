#include "RehearsalStepFactory.h"

#include "VerificationViewModel.h"

#include "plan/Context.h"
#include "plan/Step.h"
#include "plan/sample/SampleStepFactory.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

namespace {

/// A sample step with a translated title; verification steps also record their results.
class RehearsalStep : public Step
{
public:
    explicit RehearsalStep(std::shared_ptr<Step> inner)
        : m_inner(std::move(inner))
    {}
    QString id() const override { return m_inner->id(); }
    QString title() const override
    {
        const QString translated = RehearsalStepFactory::title(id());
        return translated.isEmpty() ? m_inner->title() : translated;
    }
    int weight() const override { return m_inner->weight(); }
    StepTarget target() const override { return m_inner->target(); }
    bool isDestructive() const override { return m_inner->isDestructive(); }
    QList<ArtifactSpec> backupsNeeded() const override { return m_inner->backupsNeeded(); }
    QList<ArtifactSpec> produces() const override { return m_inner->produces(); }
    std::chrono::milliseconds timeout() const override { return m_inner->timeout(); }
    std::optional<std::chrono::seconds> estimatedDuration() const override
    {
        return m_inner->estimatedDuration();
    }
    Requirements check(const Context &context) const override { return m_inner->check(context); }
    StepResult run(Context &context, Progress &progress) override
    {
        StepResult result = m_inner->run(context, progress);
        if (result.isOk() && id().endsWith(u".verify"_s))
            record(context);
        return result;
    }

private:
    void record(Context &context) const
    {
        const EnvironmentKind env = target().environment;
        auto integration = [](const QString &name, const QString &object, int records) {
            return QJsonObject{{u"name"_s, name}, {u"object"_s, object}, {u"records"_s, records},
                               {u"errors"_s, 0},  {u"duplicates"_s, 0},  {u"status"_s, u"ok"_s}};
        };
        const QString counterparties = RehearsalStepFactory::tr("Counterparties");
        const QString orders = RehearsalStepFactory::tr("Orders");
        context.setValue(VerificationViewModel::resultsKey(env),
                         QJsonArray{integration(counterparties, u"SmrAccountIntegration"_s, 120),
                                    integration(orders, u"SmrOrderIntegration"_s, 34)});
        QJsonArray objects;
        for (const QString &name : {counterparties, orders})
            objects.append(
                    QJsonObject{{u"name"_s, name}, {u"before"_s, false}, {u"flagSet"_s, true}});
        context.setValue(VerificationViewModel::flagsKey(env), objects);
        context.setValue(VerificationViewModel::snapshotKey(env),
                         QJsonObject{{u"table"_s, context.profile().connector.syncHistoryTable +
                                                          u"_rehearsal"_s},
                                     {u"rows"_s, 1842},
                                     {u"rowsAfter"_s, 0}});
    }

    std::shared_ptr<Step> m_inner;
};

} // namespace

QString RehearsalStepFactory::name() const
{
    return sample::SampleStepFactory::factoryName();
}

QString RehearsalStepFactory::title(const QString &stepId)
{
    static const QHash<QString, const char *> titles{
            {u"preparation.check"_s, QT_TR_NOOP("Check production")},
            {u"test.backup-production"_s, QT_TR_NOOP("Back up the production database")},
            {u"test.restore-copy"_s, QT_TR_NOOP("Restore the copy as the test database")},
            {u"test.install-package"_s, QT_TR_NOOP("Install the package on the test site")},
            {u"test.verify"_s, QT_TR_NOOP("Run the integration on the test site and check it")},
            {u"production.backup"_s, QT_TR_NOOP("Back up the production database")},
            {u"production.install-package"_s, QT_TR_NOOP("Install the package on production")},
            {u"production.verify"_s, QT_TR_NOOP("Run the integration on production and check it")},
            {u"production.rollback-database"_s,
             QT_TR_NOOP("Restore the production database from this run's backup")},
    };
    const char *source = titles.value(stepId);
    return source ? tr(source) : QString();
}

Stage RehearsalStepFactory::stage(StageKind kind, const Profile &profile) const
{
    Stage s = sample::SampleStepFactory().stage(kind, profile);
    for (auto &step : s.steps)
        step = std::make_shared<RehearsalStep>(step);
    for (auto &step : s.rollbackSteps)
        step = std::make_shared<RehearsalStep>(step);
    return s;
}

} // namespace upgrade::wizard
