#include "RollbackCommand.h"

#include "plan/Context.h"
#include "plan/Gates.h"
#include "plan/Journal.h"
#include "plan/Plan.h"
#include "plan/RunServices.h"
#include "plan/Step.h"
#include "plan/StepFactory.h"
#include "profile/SecretStoreFactory.h"
#include "report/StageReports.h"
#include "util/ExitCode.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace upgrade::cli {

namespace {

/// Progress printed as it comes (status and log lines; JSON events with --json).
class PrintingProgress : public Progress
{
public:
    PrintingProgress(QTextStream &out, bool json, QString step)
        : m_out(out)
        , m_json(json)
        , m_step(std::move(step))
    {}
    void setFraction(double) override {}
    void setStatus(const QString &text) override { print(u"status"_s, u"text"_s, text); }
    void log(const QString &line) override { print(u"log"_s, u"line"_s, line); }
    Cancellation cancellation() const override { return {}; }

private:
    void print(const QString &event, const QString &key, const QString &text)
    {
        if (m_json)
            m_out << QJsonDocument(
                             QJsonObject{{u"event"_s, event}, {u"step"_s, m_step}, {key, text}})
                             .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        else
            m_out << u"    "_s << text << Qt::endl;
    }
    QTextStream &m_out;
    bool m_json;
    QString m_step;
};

} // namespace

QString RollbackCommand::name() const
{
    return u"rollback"_s;
}

QString RollbackCommand::summary() const
{
    return tr("rollback --journal DIR [--secrets-file F] [--yes] [--json]: restore production "
              "from the run's verified backups");
}

int RollbackCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption journalOption(u"journal"_s, tr("The run folder."), u"DIR"_s);
    const QCommandLineOption secretsOption(u"secrets-file"_s, tr("Passwords from this file."),
                                           u"F"_s);
    const QCommandLineOption yesOption(u"yes"_s, tr("Confirm the rollback."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object per line."));
    parser.addOptions({journalOption, secretsOption, yesOption, jsonOption});
    if (!parser.parse(QStringList{name()} + arguments) || !parser.isSet(journalOption)) {
        context.err << (parser.errorText().isEmpty() ? summary() : parser.errorText()) << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const bool json = parser.isSet(jsonOption);
    const QString runDirectory = QFileInfo(parser.value(journalOption)).absoluteFilePath();
    QString error;
    RunInfo info;
    {
        auto check = Journal::open(runDirectory, Journal::Mode::ReadOnly, &error);
        if (!check) {
            context.err << error << Qt::endl;
            return toInt(ExitCode::UsageError);
        }
        info = check->run();
    }
    Profile profile = Profile::fromJson(info.profile);
    profile.filePath = info.profilePath;
    std::unique_ptr<StepFactory> factory = StepFactory::create(info.factory, &error);
    if (!factory) {
        context.err << error << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const Plan plan = Plan::build(profile, *factory);
    const Stage &stage = plan.stage(StageKind::Production);
    if (stage.rollbackSteps.empty()) {
        context.err << tr("This run's plan has no rollback steps.") << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    if (!parser.isSet(yesOption)) {
#ifdef Q_OS_WIN
        const bool terminal = _isatty(_fileno(stdin));
#else
        const bool terminal = isatty(fileno(stdin));
#endif
        if (!terminal) {
            context.err << tr("Restoring production replaces its database and 1C infobase: "
                              "confirm with --yes.")
                        << Qt::endl;
            return toInt(ExitCode::ConfirmationNeeded);
        }
        context.err << tr("Restore production (database and 1C) from the backups of run %1? "
                          "[yes/no]: ")
                               .arg(info.runId)
                    << Qt::flush;
        const QString answer = QTextStream(stdin).readLine().trimmed().toLower();
        if (answer != u"yes"_s && answer != u"y"_s && answer != u"да"_s)
            return toInt(ExitCode::ConfirmationNeeded);
    }
    std::shared_ptr<SecretStore> secrets =
            SecretStoreFactory::create(profile, parser.value(secretsOption), &error);
    if (!secrets) {
        context.err << error << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    auto journal = Journal::open(runDirectory, Journal::Mode::ReadWrite, &error);
    if (!journal) {
        context.err << error << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const Services services = RunServices::create(profile, secrets);
    journal->registerSteps(stage);
    journal->setStageState(StageKind::Production, StageState::RollingBack,
                           tr("Rollback started from the command line."));
    bool ok = true;
    QString message;
    for (const auto &step : stage.rollbackSteps) {
        if (json)
            context.out << QJsonDocument(QJsonObject{{u"event"_s, u"step-started"_s},
                                                     {u"stage"_s, u"production"_s},
                                                     {u"step"_s, step->id()},
                                                     {u"title"_s, step->title()}})
                                   .toJson(QJsonDocument::Compact)
                        << Qt::endl;
        else
            context.out << step->title() << Qt::endl;
        journal->setStepState(step->id(), StepState::Running);
        Context stepContext(profile, StageKind::Production, services,
                            std::make_shared<DirectContextBackend>(*journal), runDirectory,
                            step->id());
        PrintingProgress progress(context.out, json, step->id());
        StepResult result;
        const QList<GateRecord> gates =
                step->isDestructive() ? Gates::destructiveStep(*step, stepContext, progress)
                                      : QList<GateRecord>();
        for (const GateRecord &g : gates)
            journal->addGate(g);
        if (!Gates::allPassed(gates)) {
            for (const GateRecord &g : gates)
                if (g.decision != u"passed"_s)
                    result = StepResult::failed(g.reason);
        } else {
            result = step->run(stepContext, progress);
        }
        journal->setStepState(step->id(), result.isOk() ? StepState::Succeeded : StepState::Failed,
                              result.message, result.details);
        if (json)
            context.out << QJsonDocument(QJsonObject{{u"event"_s, u"step-finished"_s},
                                                     {u"stage"_s, u"production"_s},
                                                     {u"step"_s, step->id()},
                                                     {u"outcome"_s, toString(result.outcome)},
                                                     {u"message"_s, result.message}})
                                   .toJson(QJsonDocument::Compact)
                        << Qt::endl;
        else
            context.out << u"  "_s << result.message << Qt::endl;
        message = result.message;
        if (!result.isOk()) {
            ok = false;
            break;
        }
    }
    const StageState state = ok ? StageState::RolledBack : StageState::RollbackFailed;
    journal->setStageState(StageKind::Production, state, message);
    StageReports::write(context, runDirectory, json);
    if (json)
        context.out << QJsonDocument(QJsonObject{{u"event"_s, u"finished"_s},
                                                 {u"state"_s, toString(state)},
                                                 {u"message"_s, message}})
                               .toJson(QJsonDocument::Compact)
                    << Qt::endl;
    return ok ? toInt(ExitCode::Done) : toInt(ExitCode::StepFailed);
}

} // namespace upgrade::cli
