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

qint64 PlanViewModel::estimateFor(const QString &stepId, int weight)
{
    // Minutes a step usually takes on a mid-size site (the vendor: installs take ~10 min).
    struct Rule
    {
        const char16_t *part;
        int minutes;
    };
    static const Rule rules[] = {
            {u"rollback", 25}, {u"install", 12}, {u"restore", 20}, {u"backup", 15},
            {u"compile", 10},  {u"generate", 5}, {u"verify", 15},  {u"create-site", 5},
            {u"preflight", 1}, {u"check", 1},    {u"report", 1},
    };
    const QString name = stepId.section(u'.', 1);
    for (const Rule &r : rules)
        if (name.contains(QStringView(r.part)))
            return qint64(r.minutes) * 60000;
    return qint64(3 * std::max(weight, 1)) * 60000;
}

QString PlanViewModel::describeWhere(const StepTarget &target, const Profile &profile)
{
    QString text = Plan::describeTarget(target, profile);
    const QString prefix = toString(target.environment) + u": "_s;
    if (text.startsWith(prefix))
        text = text.mid(prefix.size());
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

QString PlanViewModel::formatEstimate(qint64 ms)
{
    const qint64 minutes = (ms + 30000) / 60000;
    if (minutes < 1)
        return tr("< 1 min");
    if (minutes < 60)
        return tr("≈ %1 min").arg(minutes);
    return tr("≈ %1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
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
            row.estimateMs = estimateFor(step->id(), step->weight());
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
            total += row.estimateMs;
    return total;
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
