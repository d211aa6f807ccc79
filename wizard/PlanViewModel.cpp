#include "PlanViewModel.h"

#include "RunViewModel.h"

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

PlanViewModel::PlanViewModel(RunViewModel *run, QObject *parent)
    : QObject(parent)
    , m_run(run)
{
    connect(m_run, &RunViewModel::planChanged, this, &PlanViewModel::changed);
}

QString PlanViewModel::describeWhere(const StepTarget &target, const Profile &profile)
{
    const QString text = Plan::describeParts(target, profile);
    return target.environment == EnvironmentKind::Production ? tr("Production: %1").arg(text)
                                                             : tr("Test: %1").arg(text);
}

QString PlanViewModel::describeArtifact(const ArtifactSpec &spec, const Profile &profile)
{
    if (spec.kind == QStringView(ArtifactKind::DatabaseBackup))
        return tr("Database backup — %1")
                .arg(describeWhere({spec.environment, StepTarget::Database}, profile));
    if (spec.kind == QStringView(ArtifactKind::InfobaseBackup))
        return tr("1C infobase backup — %1")
                .arg(describeWhere({spec.environment, StepTarget::Infobase}, profile));
    return u"%1 (%2)"_s.arg(spec.kind, toString(spec.environment));
}

QString PlanViewModel::formatEstimate(std::optional<qint64> estimate)
{
    if (!estimate)
        return tr("depends on the size");
    const qint64 ms = *estimate;
    const qint64 minutes = (ms + 30000) / 60000;
    if (minutes < 1)
        return tr("< 1 min");
    if (minutes < 60)
        return tr("≈ %1 min").arg(minutes);
    return tr("≈ %1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString PlanViewModel::formatStageEstimate(qint64 knownMs, bool unknownPart)
{
    if (!unknownPart)
        return formatEstimate(knownMs);
    return tr("%1 + copying the data").arg(formatEstimate(knownMs));
}

QString PlanViewModel::formatClock(qint64 ms)
{
    const qint64 s = std::max<qint64>(ms, 0) / 1000;
    if (s >= 3600)
        return u"%1:%2:%3"_s.arg(s / 3600)
                .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                .arg(s % 60, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QList<PlanViewModel::Row> PlanViewModel::rows() const
{
    QList<Row> out;
    const auto plan = m_run->plan();
    if (!plan)
        return out;
    const Profile &profile = m_run->config().profile;
    for (StageKind kind : Plan::stageKinds()) {
        const Stage &stage = plan->stage(kind);
        auto add = [&](const std::shared_ptr<Step> &step, bool rollback) {
            Row row;
            row.stage = kind;
            row.id = step->id();
            row.title = step->title();
            row.where = describeWhere(step->target(), profile);
            row.destructive = step->isDestructive();
            row.rollback = rollback;
            for (const ArtifactSpec &spec : step->backupsNeeded())
                row.backupsNeeded << describeArtifact(spec, profile);
            if (const auto usual = step->estimatedDuration())
                row.estimateMs =
                        std::chrono::duration_cast<std::chrono::milliseconds>(*usual).count();
            out << row;
        };
        for (const auto &step : stage.steps)
            add(step, false);
        for (const auto &step : stage.rollbackSteps)
            add(step, true);
    }
    return out;
}

qint64 PlanViewModel::estimateMs(StageKind stage) const
{
    qint64 total = 0;
    for (const Row &row : rows())
        if (row.stage == stage && !row.rollback)
            total += row.estimateMs.value_or(0);
    return total;
}

bool PlanViewModel::hasUnknownEstimate(StageKind stage) const
{
    for (const Row &row : rows())
        if (row.stage == stage && !row.rollback && !row.estimateMs)
            return true;
    return false;
}

QStringList PlanViewModel::backupsTaken(StageKind stageKind) const
{
    QStringList out;
    const auto plan = m_run->plan();
    if (!plan)
        return out;
    for (const auto &step : plan->stage(stageKind).steps)
        for (const ArtifactSpec &spec : step->produces()) {
            const QString text = describeArtifact(spec, m_run->config().profile);
            if (!out.contains(text))
                out << text;
        }
    return out;
}

QStringList PlanViewModel::backupsTaken() const
{
    QStringList out;
    for (StageKind kind : Plan::stageKinds())
        for (const QString &text : backupsTaken(kind))
            if (!out.contains(text))
                out << text;
    return out;
}

} // namespace upgrade::wizard
