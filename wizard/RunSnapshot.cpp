#include "RunSnapshot.h"

#include "plan/Journal.h"
#include "plan/RunFolders.h"

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

std::optional<RunSnapshot> RunSnapshot::read(const QString &runDirectory,
                                             const QStringList &valueKeys, QString *error)
{
    QString openError;
    std::unique_ptr<Journal> journal =
            Journal::open(runDirectory, Journal::Mode::ReadOnly, &openError);
    if (!journal) {
        if (error)
            *error = openError;
        return std::nullopt;
    }
    RunSnapshot s;
    s.runDirectory = runDirectory;
    s.run = journal->run();
    s.stages = journal->stages();
    s.steps = journal->steps();
    s.artifacts = journal->artifacts();
    for (const QString &key : valueKeys) {
        const QJsonValue v = journal->value(key);
        if (!v.isUndefined() && !v.isNull())
            s.values.insert(key, v);
    }
    s.target = stageFromString(journal->value(u"runner.target"_s).toString());
    return s;
}

std::optional<StageRecord> RunSnapshot::stage(StageKind kind) const
{
    for (const StageRecord &r : stages)
        if (r.stage == kind)
            return r;
    return std::nullopt;
}

QList<StepRecord> RunSnapshot::stepsOf(StageKind kind) const
{
    QList<StepRecord> out;
    for (const StepRecord &r : steps)
        if (r.stage == kind)
            out << r;
    return out;
}

bool RunSnapshot::isUnfinished() const
{
    if (!target)
        return false;
    const std::optional<StageRecord> production = stage(StageKind::Production);
    if (production &&
        (production->state == StageState::Passed || production->state == StageState::RolledBack))
        return false;
    return true;
}

std::optional<RunSnapshot> RunSnapshot::unfinishedRun(const Profile &profile)
{
    const QStringList runs = RunFolders::runDirectories(profile);
    if (runs.isEmpty())
        return std::nullopt;
    std::optional<RunSnapshot> newest = read(runs.first(), {}, nullptr);
    if (newest && newest->isUnfinished())
        return newest;
    return std::nullopt;
}

} // namespace upgrade::wizard
