#include "StatusCommand.h"

#include "plan/Journal.h"
#include "util/ExitCode.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace upgrade::cli {

namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : u"-"_s;
}

} // namespace

QString StatusCommand::name() const
{
    return u"status"_s;
}

QString StatusCommand::summary() const
{
    return tr("status --journal DIR [--json]: what the journal of a run says");
}

int StatusCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption journalOption(u"journal"_s, tr("The run folder."), u"DIR"_s);
    const QCommandLineOption json(u"json"_s, tr("Print it as one JSON object."));
    const QCommandLineOption help(u"help"_s, tr("Show this help."));
    parser.addOption(journalOption);
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
    if (!parser.isSet(journalOption) || !parser.positionalArguments().isEmpty()) {
        context.err << tr("Give the run folder: %1").arg(summary()) << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const QString runDirectory = QFileInfo(parser.value(journalOption)).absoluteFilePath();
    QString error;
    const auto journal = Journal::open(runDirectory, Journal::Mode::ReadOnly, &error);
    if (!journal) {
        context.err << error << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const RunInfo run = journal->run();
    const QList<StageRecord> stages = journal->stages();
    const QList<StepRecord> steps = journal->steps();
    const QList<TransitionRecord> transitions = journal->transitions();
    const QList<Artifact> artifacts = journal->artifacts();
    const QList<AnswerRecord> answers = journal->answers();
    const QList<GateRecord> gates = journal->gates();

    if (parser.isSet(json)) {
        QJsonArray stageArray, stepArray, artifactArray, answerArray, gateArray;
        for (const StageRecord &s : stages)
            stageArray.append(QJsonObject{{u"stage"_s, toString(s.stage)},
                                          {u"state"_s, toString(s.state)},
                                          {u"packageSha256"_s, s.packageSha256},
                                          {u"startedAt"_s, time(s.startedAt)},
                                          {u"finishedAt"_s, time(s.finishedAt)},
                                          {u"message"_s, s.message}});
        for (const StepRecord &s : steps) {
            QJsonArray history;
            for (const TransitionRecord &t : transitions)
                if (t.stepId == s.stepId)
                    history.append(QJsonObject{{u"state"_s, t.state},
                                               {u"at"_s, time(t.at)},
                                               {u"message"_s, t.message}});
            stepArray.append(QJsonObject{{u"id"_s, s.stepId},
                                         {u"stage"_s, toString(s.stage)},
                                         {u"rollback"_s, s.rollback},
                                         {u"title"_s, s.title},
                                         {u"destructive"_s, s.destructive},
                                         {u"state"_s, toString(s.state)},
                                         {u"attempts"_s, s.attempts},
                                         {u"startedAt"_s, time(s.startedAt)},
                                         {u"finishedAt"_s, time(s.finishedAt)},
                                         {u"message"_s, s.message},
                                         {u"details"_s, s.details},
                                         {u"history"_s, history}});
        }
        for (const Artifact &a : artifacts)
            artifactArray.append(QJsonObject{{u"id"_s, a.id},
                                             {u"kind"_s, a.kind},
                                             {u"environment"_s, toString(a.environment)},
                                             {u"path"_s, a.path},
                                             {u"size"_s, a.size},
                                             {u"sha256"_s, a.sha256},
                                             {u"verified"_s, a.verified},
                                             {u"source"_s, a.source.toJson()},
                                             {u"step"_s, a.stepId},
                                             {u"createdAt"_s, time(a.createdAt)}});
        for (const AnswerRecord &a : answers)
            answerArray.append(QJsonObject{{u"question"_s, a.questionId},
                                           {u"value"_s, a.value},
                                           {u"reason"_s, a.reason},
                                           {u"source"_s, a.source},
                                           {u"step"_s, a.stepId},
                                           {u"user"_s, a.osUser},
                                           {u"at"_s, time(a.at)}});
        for (const GateRecord &g : gates)
            gateArray.append(QJsonObject{{u"gate"_s, g.gate},
                                         {u"stage"_s, toString(g.stage)},
                                         {u"step"_s, g.stepId},
                                         {u"decision"_s, g.decision},
                                         {u"reason"_s, g.reason},
                                         {u"details"_s, g.details},
                                         {u"user"_s, g.osUser},
                                         {u"at"_s, time(g.at)}});
        const QJsonObject o{{u"journal"_s, QDir::toNativeSeparators(runDirectory)},
                            {u"run"_s, QJsonObject{{u"runId"_s, run.runId},
                                                   {u"profile"_s, run.profilePath},
                                                   {u"plan"_s, run.factory},
                                                   {u"packageArchive"_s, run.packageArchive},
                                                   {u"programVersion"_s, run.programVersion},
                                                   {u"createdBy"_s, run.createdBy},
                                                   {u"createdAt"_s, time(run.createdAt)}}},
                            {u"stages"_s, stageArray},
                            {u"steps"_s, stepArray},
                            {u"artifacts"_s, artifactArray},
                            {u"answers"_s, answerArray},
                            {u"gates"_s, gateArray}};
        context.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return toInt(ExitCode::Done);
    }

    QTextStream &out = context.out;
    out << tr("Run %1, started %2 by %3").arg(run.runId, localTime(run.createdAt), run.createdBy)
        << Qt::endl;
    out << tr("Profile: %1").arg(QDir::toNativeSeparators(run.profilePath)) << Qt::endl;
    out << tr("Journal: %1").arg(QDir::toNativeSeparators(runDirectory)) << Qt::endl;
    out << Qt::endl << tr("Stages:") << Qt::endl;
    if (stages.isEmpty())
        out << u"  "_s << tr("none started yet") << Qt::endl;
    for (const StageRecord &s : stages)
        out << u"  %1: %2  (%3 – %4) %5"_s.arg(toString(s.stage), toString(s.state),
                                               localTime(s.startedAt), localTime(s.finishedAt),
                                               s.message)
            << Qt::endl;
    out << Qt::endl << tr("Steps:") << Qt::endl;
    for (const StepRecord &s : steps) {
        out << u"  %1  %2%3"_s.arg(toString(s.state), -11)
                        .arg(s.stepId, s.destructive ? tr(" (changes data)") : QString());
        if (s.attempts > 1)
            out << u" "_s << tr("[%1 attempts]").arg(s.attempts);
        out << Qt::endl;
        if (!s.message.isEmpty())
            out << u"               "_s << s.message << Qt::endl;
    }
    if (!artifacts.isEmpty()) {
        out << Qt::endl << tr("Artifacts:") << Qt::endl;
        for (const Artifact &a : artifacts)
            out << u"  %1 (%2) %3  %4 bytes  sha256 %5  %6"_s
                            .arg(a.kind, toString(a.environment), QDir::toNativeSeparators(a.path))
                            .arg(a.size)
                            .arg(a.sha256, a.verified ? tr("verified") : tr("NOT verified"))
                << Qt::endl;
    }
    if (!answers.isEmpty()) {
        out << Qt::endl << tr("Answers:") << Qt::endl;
        for (const AnswerRecord &a : answers)
            out << u"  %1  %2  %3 = %4%5 [%6]"_s.arg(
                           localTime(a.at), a.osUser, a.questionId, a.value,
                           a.reason.isEmpty() ? QString() : u" ("_s + a.reason + u')', a.source)
                << Qt::endl;
    }
    if (!gates.isEmpty()) {
        out << Qt::endl << tr("Safety checks:") << Qt::endl;
        for (const GateRecord &g : gates)
            out << u"  %1  %2 %3: %4 %5"_s.arg(localTime(g.at), g.gate, g.stepId, g.decision,
                                               g.reason)
                << Qt::endl;
    }
    return toInt(ExitCode::Done);
}

} // namespace upgrade::cli
