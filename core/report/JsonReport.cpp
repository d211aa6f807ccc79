#include "JsonReport.h"

#include "plan/TargetIdentity.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue seconds(qint64 ms)
{
    return ms < 0 ? QJsonValue() : QJsonValue(double(ms) / 1000.0);
}

QJsonArray history(const QList<TransitionRecord> &transitions)
{
    QJsonArray array;
    for (const TransitionRecord &t : transitions)
        array.append(QJsonObject{{u"state"_s, t.state},
                                 {u"at"_s, time(t.at)},
                                 {u"message"_s, t.message},
                                 {u"details"_s, t.details}});
    return array;
}

QJsonArray steps(const QList<ReportStep> &list)
{
    QJsonArray array;
    for (const ReportStep &s : list) {
        const StepRecord &r = s.record;
        qint64 span = -1;
        if (r.startedAt.isValid() && r.finishedAt.isValid())
            span = std::max<qint64>(0, r.startedAt.msecsTo(r.finishedAt));
        array.append(QJsonObject{{u"id"_s, r.stepId},
                                 {u"title"_s, r.title},
                                 {u"where"_s, s.target},
                                 {u"environment"_s, s.environment},
                                 {u"rollback"_s, r.rollback},
                                 {u"destructive"_s, r.destructive},
                                 {u"state"_s, toString(r.state)},
                                 {u"attempts"_s, r.attempts},
                                 {u"startedAt"_s, time(r.startedAt)},
                                 {u"finishedAt"_s, time(r.finishedAt)},
                                 {u"durationSeconds"_s, seconds(span)},
                                 {u"runningSeconds"_s, seconds(s.runningMs)},
                                 {u"message"_s, r.message},
                                 {u"details"_s, r.details},
                                 {u"history"_s, history(s.history)}});
    }
    return array;
}

QJsonObject environment(const Profile &profile, EnvironmentKind kind)
{
    const EnvironmentSettings &env = profile.environment(kind);
    const TargetIdentity identity = TargetIdentity::expected(profile, kind);
    QJsonObject o{{u"siteUrl"_s, env.siteUrl}, {u"hosting"_s, toString(env.hosting)}};
    if (env.database)
        o.insert(u"database"_s, QJsonObject{{u"kind"_s, toString(env.database->kind)},
                                            {u"server"_s, identity.server},
                                            {u"name"_s, identity.database}});
    if (env.onec.isConfigured())
        o.insert(u"infobase"_s, env.onec.isServer() ? env.onec.server + u'/' + env.onec.infobaseName
                                                    : env.onec.filePath);
    return o;
}

} // namespace

QJsonObject JsonReport::toJson(const RunReport &report)
{
    QJsonArray stages, compile, deduplication;
    for (const ReportStage &s : report.stages) {
        QJsonObject stage{{u"stage"_s, toString(s.kind)},
                          {u"title"_s, stageTitle(s.kind)},
                          {u"state"_s, toString(s.state())},
                          {u"startedAt"_s, time(s.record ? s.record->startedAt : QDateTime())},
                          {u"finishedAt"_s, time(s.record ? s.record->finishedAt : QDateTime())},
                          {u"durationSeconds"_s, seconds(s.durationMs())},
                          {u"message"_s, s.record ? s.record->message : QString()},
                          {u"packageSha256"_s, s.record ? s.record->packageSha256 : QString()},
                          {u"history"_s, history(s.history)},
                          {u"steps"_s, steps(s.steps)},
                          {u"rollbackSteps"_s, steps(s.rollbackSteps)}};
        if (s.compile) {
            QJsonObject c = RunValues::toJson(*s.compile);
            c.insert(u"stage"_s, toString(s.kind));
            compile.append(c);
        }
        if (s.deduplication)
            for (const DeduplicationObject &d : *s.deduplication) {
                QJsonObject o = RunValues::toJson(d);
                o.insert(u"stage"_s, toString(s.kind));
                deduplication.append(o);
            }
        if (s.installedPackages)
            stage.insert(u"installedPackages"_s, RunValues::toJson(*s.installedPackages));
        stages.append(stage);
    }

    QJsonArray integrations;
    for (const RunReport::Integration &i : report.integrations()) {
        QJsonObject o = RunValues::toJson(i.result);
        o.insert(u"stage"_s, toString(i.stage));
        integrations.append(o);
    }

    QJsonArray timeline;
    for (const TransitionRecord &t : report.timeline)
        timeline.append(QJsonObject{{u"at"_s, time(t.at)},
                                    {u"stage"_s, toString(t.stage)},
                                    {u"step"_s, t.stepId},
                                    {u"state"_s, t.state},
                                    {u"message"_s, t.message}});

    QJsonArray artifacts;
    for (const Artifact &a : report.artifacts)
        artifacts.append(QJsonObject{{u"kind"_s, a.kind},
                                     {u"environment"_s, toString(a.environment)},
                                     {u"path"_s, QDir::toNativeSeparators(a.path)},
                                     {u"size"_s, a.size},
                                     {u"sha256"_s, a.sha256},
                                     {u"verified"_s, a.verified},
                                     {u"source"_s, a.source.toJson()},
                                     {u"step"_s, a.stepId},
                                     {u"createdAt"_s, time(a.createdAt)}});
    QJsonArray answers;
    for (const AnswerRecord &a : report.answers)
        answers.append(QJsonObject{{u"question"_s, a.questionId},
                                   {u"value"_s, a.value},
                                   {u"reason"_s, a.reason},
                                   {u"source"_s, a.source},
                                   {u"step"_s, a.stepId},
                                   {u"user"_s, a.osUser},
                                   {u"at"_s, time(a.at)}});
    QJsonArray gates;
    for (const GateRecord &g : report.gates)
        gates.append(QJsonObject{{u"gate"_s, g.gate},
                                 {u"stage"_s, toString(g.stage)},
                                 {u"step"_s, g.stepId},
                                 {u"decision"_s, g.decision},
                                 {u"reason"_s, g.reason},
                                 {u"details"_s, g.details},
                                 {u"user"_s, g.osUser},
                                 {u"at"_s, time(g.at)}});

    qint64 total = -1;
    if (report.startedAt.isValid() && report.lastChange.isValid())
        total = std::max<qint64>(0, report.startedAt.msecsTo(report.lastChange));
    const RunInfo &run = report.run;
    return {{u"formatVersion"_s, FormatVersion},
            {u"result"_s, toString(report.result)},
            {u"resultMessage"_s, report.resultMessage()},
            {u"integrations"_s, integrations},
            {u"generatedAt"_s, time(report.generatedAt)},
            {u"generator"_s, u"bpmsoft-upgrade "_s + QStringLiteral(UPGRADE_VERSION)},
            {u"run"_s,
             QJsonObject{{u"runId"_s, run.runId},
                         {u"journal"_s, QDir::toNativeSeparators(report.runDirectory)},
                         {u"profile"_s, QDir::toNativeSeparators(run.profilePath)},
                         {u"profileName"_s, report.profile.name},
                         {u"plan"_s, run.factory},
                         {u"packageArchive"_s, QDir::toNativeSeparators(run.packageArchive)},
                         {u"programVersion"_s, run.programVersion},
                         {u"createdBy"_s, run.createdBy},
                         {u"createdAt"_s, time(run.createdAt)},
                         {u"startedAt"_s, time(report.startedAt)},
                         {u"lastChange"_s, time(report.lastChange)},
                         {u"durationSeconds"_s, seconds(total)}}},
            {u"environments"_s,
             QJsonObject{
                     {u"production"_s, environment(report.profile, EnvironmentKind::Production)},
                     {u"test"_s, environment(report.profile, EnvironmentKind::Test)}}},
            {u"package"_s, report.packageArchive
                                   ? QJsonValue(RunValues::toJson(*report.packageArchive))
                                   : QJsonValue()},
            {u"stages"_s, stages},
            {u"timeline"_s, timeline},
            {u"artifacts"_s, artifacts},
            {u"compile"_s, compile},
            {u"deduplication"_s, deduplication},
            {u"answers"_s, answers},
            {u"gates"_s, gates}};
}

QByteArray JsonReport::render(const RunReport &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

} // namespace upgrade
