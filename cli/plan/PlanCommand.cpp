#include "PlanCommand.h"

#include "plan/Plan.h"
#include "plan/StepFactory.h"
#include "profile/Profile.h"
#include "util/ExitCode.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace upgrade::cli {

QString PlanCommand::name() const
{
    return u"plan"_s;
}

QString PlanCommand::summary() const
{
    return tr("plan --profile P [--json]: each step of each stage, where it acts, whether it "
              "changes data, and the backup it depends on");
}

int PlanCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption profileOption(u"profile"_s, tr("The profile."), u"P"_s);
    const QCommandLineOption json(u"json"_s, tr("Print the plan as one JSON object."));
    const QCommandLineOption help(u"help"_s, tr("Show this help."));
    parser.addOption(profileOption);
    parser.addOption(json);
    parser.addOption(help);
    if (!parser.parse(QStringList{name()} + arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return toInt(ExitCode::Done);
    }
    if (!parser.isSet(profileOption) || !parser.positionalArguments().isEmpty()) {
        context.err << tr("Give the profile: %1").arg(summary()) << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const Profile::LoadResult loaded = Profile::load(parser.value(profileOption));
    if (!loaded.profile) {
        context.err << tr("The profile has problems; see: bpmsoft-upgrade validate-profile %1")
                               .arg(parser.value(profileOption))
                    << Qt::endl;
        for (const ValidationProblem &p : loaded.problems)
            context.err << u"  - "_s << p.toString() << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    QString error;
    const auto factory = StepFactory::create(StepFactory::defaultName(), &error);
    if (!factory) {
        context.err << error << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const Plan plan = Plan::build(*loaded.profile, *factory);
    const QJsonObject object = plan.toJson(*loaded.profile);
    if (parser.isSet(json)) {
        context.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
        return toInt(ExitCode::Done);
    }
    for (const QJsonValue &stageValue : object.value(u"stages"_s).toArray()) {
        const QJsonObject stage = stageValue.toObject();
        context.out << Qt::endl
                    << u"== %1 (%2) =="_s.arg(stage.value(u"title"_s).toString(),
                                              stage.value(u"stage"_s).toString())
                    << Qt::endl;
        int index = 0;
        for (const QJsonValue &stepValue : stage.value(u"steps"_s).toArray()) {
            const QJsonObject step = stepValue.toObject();
            const bool rollback = step.value(u"rollback"_s).toBool();
            context.out << (rollback
                                    ? tr("  on rollback: %1").arg(step.value(u"title"_s).toString())
                                    : u"  %1. %2"_s.arg(++index).arg(
                                              step.value(u"title"_s).toString()))
                        << u"  ["_s << step.value(u"id"_s).toString() << u"]"_s << Qt::endl;
            const auto target = plan.find(step.value(u"id"_s).toString())->target();
            context.out << u"       "_s
                        << tr("acts on: %1").arg(Plan::describeTarget(target, *loaded.profile))
                        << Qt::endl;
            if (step.value(u"destructive"_s).toBool())
                context.out << u"       "_s
                            << (step.value(u"backupsNeeded"_s).toArray().isEmpty()
                                        ? tr("CHANGES DATA: runs only after the target is "
                                             "identified again")
                                        : tr("CHANGES DATA: runs only with a verified backup "
                                             "and after the target is identified again"))
                            << Qt::endl;
            for (const QJsonValue &needValue : step.value(u"backupsNeeded"_s).toArray()) {
                const QJsonObject need = needValue.toObject();
                context.out << u"       "_s
                            << tr("depends on: %1 of %2 (made by %3)")
                                       .arg(need.value(u"kind"_s).toString(),
                                            need.value(u"environment"_s).toString(),
                                            need.value(u"madeBy"_s).toString())
                            << Qt::endl;
            }
            for (const QJsonValue &madeValue : step.value(u"produces"_s).toArray()) {
                const QJsonObject made = madeValue.toObject();
                context.out << u"       "_s
                            << tr("makes: %1 of %2")
                                       .arg(made.value(u"kind"_s).toString(),
                                            made.value(u"environment"_s).toString())
                            << Qt::endl;
            }
        }
    }
    return toInt(ExitCode::Done);
}

} // namespace upgrade::cli
