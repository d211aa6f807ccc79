#include "Plan.h"

#include "StepFactory.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace upgrade {

Plan Plan::build(const Profile &profile, const StepFactory &factory)
{
    Plan plan;
    for (StageKind kind : stageKinds()) {
        Stage stage = factory.stage(kind, profile);
        stage.kind = kind;
        plan.m_stages.append(std::move(stage));
    }
    return plan;
}

QList<StageKind> Plan::stageKinds()
{
    return {StageKind::Preparation, StageKind::Test, StageKind::Production};
}

const Stage &Plan::stage(StageKind kind) const
{
    for (const Stage &s : m_stages)
        if (s.kind == kind)
            return s;
    static const Stage empty;
    return empty;
}

std::shared_ptr<Step> Plan::find(const QString &stepId) const
{
    for (const Stage &s : m_stages) {
        for (const auto &step : s.steps)
            if (step->id() == stepId)
                return step;
        for (const auto &step : s.rollbackSteps)
            if (step->id() == stepId)
                return step;
    }
    return nullptr;
}

QStringList Plan::validate() const
{
    QStringList problems;
    QSet<QString> ids;
    QList<ArtifactSpec> produced;
    static const QRegularExpression idPattern(u"^[a-z0-9]+(\\.[a-z0-9-]+)+$"_s);
    for (const Stage &s : m_stages) {
        auto checkSteps = [&](const std::vector<std::shared_ptr<Step>> &steps) {
            for (const auto &step : steps) {
                const QString id = step->id();
                if (!idPattern.match(id).hasMatch())
                    problems << tr("The step id \"%1\" is not of the form stage.name.").arg(id);
                if (ids.contains(id))
                    problems << tr("The step id \"%1\" is used twice.").arg(id);
                ids.insert(id);
                for (const ArtifactSpec &need : step->backupsNeeded())
                    if (!produced.contains(need))
                        problems << tr("The step %1 needs a %2 of %3, but no step before it "
                                       "makes one.")
                                            .arg(id, need.kind, toString(need.environment));
                produced.append(step->produces());
            }
        };
        checkSteps(s.steps);
        checkSteps(s.rollbackSteps);
    }
    return problems;
}

namespace {

QString databaseText(const DatabaseSettings &db)
{
    if (db.kind == DatabaseKind::Sqlite)
        return u"sqlite %1"_s.arg(db.path);
    return u"%1 %2%3/%4"_s.arg(toString(db.kind), db.host,
                               db.port ? u":%1"_s.arg(db.port) : QString(), db.name);
}

QString infobaseText(const OneCSettings &onec)
{
    if (onec.isServer())
        return onec.server + u'/' + onec.infobaseName;
    return onec.filePath;
}

QString stepOfSpec(const Plan &plan, const ArtifactSpec &spec)
{
    for (StageKind kind : Plan::stageKinds())
        for (const auto &step : plan.stage(kind).steps)
            if (step->produces().contains(spec))
                return step->id();
    return {};
}

} // namespace

QString Plan::describeTarget(const StepTarget &target, const Profile &profile)
{
    const QString parts = describeParts(target, profile);
    return target.environment == EnvironmentKind::Production ? tr("production: %1").arg(parts)
                                                             : tr("test: %1").arg(parts);
}

QString Plan::describeParts(const StepTarget &target, const Profile &profile)
{
    const EnvironmentSettings &env = profile.environment(target.environment);
    QStringList parts;
    if (target.parts & StepTarget::Site)
        parts << tr("site %1").arg(env.siteUrl);
    if (target.parts & StepTarget::Database)
        parts << (env.database ? tr("database %1").arg(databaseText(*env.database))
                               : tr("database (through the site: cloud)"));
    if (target.parts & StepTarget::Infobase)
        parts << tr("1C infobase %1").arg(infobaseText(env.onec));
    if (target.parts & StepTarget::Files)
        parts << tr("local files");
    if (parts.isEmpty())
        parts << tr("nothing outside the program");
    return parts.join(u"; "_s);
}

QJsonObject Plan::toJson(const Profile &profile) const
{
    QJsonArray stages;
    for (const Stage &s : m_stages) {
        QJsonArray steps;
        auto add = [&](const std::shared_ptr<Step> &step, bool rollback) {
            const StepTarget target = step->target();
            const EnvironmentSettings &env = profile.environment(target.environment);
            QJsonObject actsOn;
            if (target.parts & StepTarget::Site)
                actsOn.insert(u"site"_s, env.siteUrl);
            if (target.parts & StepTarget::Database)
                actsOn.insert(u"database"_s,
                              env.database ? databaseText(*env.database) : u"cloud"_s);
            if (target.parts & StepTarget::Infobase)
                actsOn.insert(u"infobase"_s, infobaseText(env.onec));
            if (target.parts & StepTarget::Files)
                actsOn.insert(u"files"_s, true);
            QJsonArray needs;
            for (const ArtifactSpec &need : step->backupsNeeded())
                needs.append(QJsonObject{{u"kind"_s, need.kind},
                                         {u"environment"_s, toString(need.environment)},
                                         {u"madeBy"_s, stepOfSpec(*this, need)}});
            QJsonArray produces;
            for (const ArtifactSpec &spec : step->produces())
                produces.append(QJsonObject{{u"kind"_s, spec.kind},
                                            {u"environment"_s, toString(spec.environment)}});
            steps.append(QJsonObject{{u"id"_s, step->id()},
                                     {u"title"_s, step->title()},
                                     {u"environment"_s, toString(target.environment)},
                                     {u"actsOn"_s, actsOn},
                                     {u"destructive"_s, step->isDestructive()},
                                     {u"backupsNeeded"_s, needs},
                                     {u"produces"_s, produces},
                                     {u"rollback"_s, rollback}});
        };
        for (const auto &step : s.steps)
            add(step, false);
        for (const auto &step : s.rollbackSteps)
            add(step, true);
        stages.append(QJsonObject{{u"stage"_s, toString(s.kind)},
                                  {u"title"_s, stageTitle(s.kind)},
                                  {u"steps"_s, steps}});
    }
    return {{u"profile"_s, profile.name}, {u"stages"_s, stages}};
}

} // namespace upgrade
