#include "RunReport.h"

#include "ReportText.h"

#include "plan/Journal.h"
#include "plan/Plan.h"
#include "plan/StepFactory.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace upgrade {

QString toString(RunResult result)
{
    switch (result) {
    case RunResult::Succeeded:
        return u"succeeded"_s;
    case RunResult::Failed:
        return u"failed"_s;
    case RunResult::RolledBack:
        return u"rolled-back"_s;
    case RunResult::Blocked:
        return u"blocked"_s;
    case RunResult::InProgress:
        return u"in-progress"_s;
    }
    return {};
}

qint64 ReportStage::durationMs() const
{
    if (!record || !record->startedAt.isValid() || !record->finishedAt.isValid())
        return -1;
    return std::max<qint64>(0, record->startedAt.msecsTo(record->finishedAt));
}

namespace {

const QList<StageKind> AllStages = {StageKind::Preparation, StageKind::Test, StageKind::Production};

/// Time spent running: from each "running" to the transition that follows it.
qint64 runningTime(const QList<TransitionRecord> &history)
{
    qint64 total = -1;
    for (qsizetype i = 0; i + 1 < history.size(); ++i) {
        if (history[i].state != toString(StepState::Running))
            continue;
        if (!history[i].at.isValid() || !history[i + 1].at.isValid())
            continue;
        total = std::max<qint64>(total, 0) +
                std::max<qint64>(0, history[i].at.msecsTo(history[i + 1].at));
    }
    return total;
}

bool hasStarted(const std::optional<StageRecord> &record)
{
    return record && record->state != StageState::Pending;
}

} // namespace

std::optional<RunReport> RunReport::load(const QString &runDirectory, QString *error)
{
    const auto journal = Journal::open(runDirectory, Journal::Mode::ReadOnly, error);
    if (!journal)
        return std::nullopt;
    return fromJournal(*journal);
}

RunReport RunReport::fromJournal(const Journal &journal)
{
    RunReport report;
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.runDirectory = journal.runDirectory();
    report.run = journal.run();
    report.profile = Profile::fromJson(report.run.profile);
    report.profile.filePath = report.run.profilePath;
    report.timeline = journal.transitions();
    report.artifacts = journal.artifacts();
    report.answers = journal.answers();
    report.gates = journal.gates();
    report.packageArchive =
            RunValues::packageArchiveFromJson(journal.value(RunValues::packageArchiveKey()));

    // Where each step acts: the plan the run used, rebuilt from the factory it names.
    std::optional<Plan> plan;
    QString factoryError;
    if (const auto factory = StepFactory::create(report.run.factory, &factoryError))
        plan = Plan::build(report.profile, *factory);

    const QList<StepRecord> allSteps = journal.steps();
    for (StageKind kind : AllStages) {
        ReportStage stage;
        stage.kind = kind;
        stage.record = journal.stage(kind);
        for (const TransitionRecord &t : report.timeline)
            if (t.stage == kind && t.stepId.isEmpty())
                stage.history.append(t);
        QList<StepRecord> records;
        for (const StepRecord &s : allSteps)
            if (s.stage == kind)
                records.append(s);
        std::stable_sort(records.begin(), records.end(),
                         [](const StepRecord &a, const StepRecord &b) {
                             return a.rollback != b.rollback ? !a.rollback : a.ordinal < b.ordinal;
                         });
        for (const StepRecord &s : records) {
            ReportStep step;
            step.record = s;
            for (const TransitionRecord &t : report.timeline)
                if (t.stepId == s.stepId)
                    step.history.append(t);
            step.runningMs = runningTime(step.history);
            if (plan) {
                if (const auto planned = plan->find(s.stepId)) {
                    step.target = Plan::describeTarget(planned->target(), report.profile);
                    step.environment = toString(planned->target().environment);
                }
            }
            (s.rollback ? stage.rollbackSteps : stage.steps).append(step);
        }
        stage.compile =
                RunValues::compileResultFromJson(journal.value(RunValues::compileResultKey(kind)));
        stage.integrations = RunValues::integrationResultsFromJson(
                journal.value(RunValues::integrationResultsKey(kind)));
        stage.deduplication = RunValues::deduplicationObjectsFromJson(
                journal.value(RunValues::deduplicationObjectsKey(kind)));
        stage.installedPackages = RunValues::installedPackagesFromJson(
                journal.value(RunValues::installedPackagesKey(kind)));
        report.stages.append(stage);
    }

    QList<StageRecord> stageRecords;
    for (const ReportStage &s : report.stages)
        if (s.record)
            stageRecords.append(*s.record);
    report.result = deriveResult(stageRecords, allSteps);

    report.startedAt = report.run.createdAt;
    for (const TransitionRecord &t : report.timeline) {
        if (!t.at.isValid())
            continue;
        if (!report.startedAt.isValid() || t.at < report.startedAt)
            report.startedAt = t.at;
        if (!report.lastChange.isValid() || t.at > report.lastChange)
            report.lastChange = t.at;
    }
    return report;
}

RunResult RunReport::deriveResult(const QList<StageRecord> &stages, const QList<StepRecord> &steps)
{
    auto record = [&](StageKind kind) -> std::optional<StageRecord> {
        for (const StageRecord &s : stages)
            if (s.stage == kind)
                return s;
        return std::nullopt;
    };
    const std::optional<StageRecord> production = record(StageKind::Production);
    if (production && production->state == StageState::RolledBack)
        return RunResult::RolledBack;
    if (production && production->state == StageState::Passed)
        return RunResult::Succeeded;
    bool anyRollback = false, allRolledBack = true;
    for (const StepRecord &s : steps) {
        if (s.stage != StageKind::Production || !s.rollback)
            continue;
        anyRollback = true;
        allRolledBack = allRolledBack && s.state == StepState::Succeeded;
    }
    if (production && anyRollback && allRolledBack)
        return RunResult::RolledBack;

    std::optional<StageRecord> last;
    for (StageKind kind : AllStages)
        if (const auto r = record(kind); hasStarted(r))
            last = r;
    if (!last)
        return RunResult::InProgress;
    switch (last->state) {
    case StageState::Blocked:
        return RunResult::Blocked;
    case StageState::Failed:
    case StageState::RollbackFailed:
        return RunResult::Failed;
    default:
        return RunResult::InProgress;
    }
}

const ReportStage &RunReport::stage(StageKind kind) const
{
    for (const ReportStage &s : stages)
        if (s.kind == kind)
            return s;
    static const ReportStage none;
    return none;
}

const ReportStage *RunReport::decisiveStage() const
{
    const ReportStage *last = nullptr;
    for (const ReportStage &s : stages)
        if (hasStarted(s.record))
            last = &s;
    return last;
}

const ReportStep *RunReport::decisiveStep() const
{
    const ReportStage *stage = decisiveStage();
    if (!stage)
        return nullptr;
    for (const QList<ReportStep> *list : {&stage->steps, &stage->rollbackSteps})
        for (const ReportStep &s : *list)
            if (s.record.state == StepState::Failed || s.record.state == StepState::Blocked ||
                s.record.state == StepState::Interrupted)
                return &s;
    return nullptr;
}

QList<RunReport::Integration> RunReport::integrations() const
{
    QList<Integration> list;
    for (StageKind kind : {StageKind::Test, StageKind::Production})
        if (const auto &results = stage(kind).integrations)
            for (const IntegrationResult &r : *results)
                list.append({kind, r});
    return list;
}

QString RunReport::resultMessage() const
{
    const ReportStage *stage = decisiveStage();
    const ReportStep *step = decisiveStep();
    const QString stageName = stage ? stageTitle(stage->kind) : QString();
    QString where;
    if (step) {
        where = tr("Step: %1.")
                        .arg(step->record.title.isEmpty() ? step->record.stepId
                                                          : step->record.title);
        if (!step->record.message.isEmpty())
            where += u' ' + step->record.message;
    } else if (stage && stage->record && !stage->record->message.isEmpty()) {
        where = stage->record->message;
    }
    auto withWhere = [&](const QString &sentence) {
        return where.isEmpty() ? sentence : sentence + u' ' + where;
    };
    switch (result) {
    case RunResult::Succeeded:
        return tr("The package was installed on production and production was verified.");
    case RunResult::RolledBack:
        return withWhere(tr("The production upgrade failed and production was restored from "
                            "this run's backups."));
    case RunResult::Blocked:
        return withWhere(tr("The stage \"%1\" was stopped before it changed anything: a "
                            "blocking finding or a safety check.")
                                 .arg(stageName));
    case RunResult::Failed:
        if (stage && stage->state() == StageState::RollbackFailed)
            return withWhere(tr("The production upgrade failed and so did the rollback: restore "
                                "production from this run's backups by hand."));
        return withWhere(tr("The stage \"%1\" failed.").arg(stageName));
    case RunResult::InProgress:
        if (!stage)
            return tr("No stage has started yet.");
        if (stage->state() == StageState::Passed)
            return tr("The stage \"%1\" passed; the upgrade of production is still to come.")
                    .arg(stageName);
        return withWhere(tr("The stage \"%1\" has not finished (%2); continue it with resume.")
                                 .arg(stageName, ReportText::stageState(stage->state())));
    }
    return {};
}

} // namespace upgrade
