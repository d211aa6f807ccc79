#pragma once

#include "Stage.h"
#include "Step.h"

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>

namespace upgrade {

class StepFactory;

/// The whole procedure for one profile: the stages preparation, test and production, each an
/// ordered list of steps (and rollback steps) made by a StepFactory. Read-only once built; the
/// steps are shared with the Runner's worker thread, so Step methods must be const-safe.
class Plan
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::Plan)
public:
    static Plan build(const Profile &profile, const StepFactory &factory);

    static QList<StageKind> stageKinds(); ///< in the order they run
    const Stage &stage(StageKind kind) const;
    /// A step of any stage (rollback steps included), or nullptr.
    std::shared_ptr<Step> find(const QString &stepId) const;

    /// Translated problems: duplicate or malformed step ids, a backup needed that no step
    /// before it produces. Empty when the plan is sound.
    QStringList validate() const;

    /// Where a step acts, in the profile's words, translated: "production: site https://crm;
    /// database mssql sql01:1433/BPMSoft; 1C infobase app1c:1541/trade".
    static QString describeTarget(const StepTarget &target, const Profile &profile);
    /// The same without the environment: "site https://crm; database …" (translated).
    static QString describeParts(const StepTarget &target, const Profile &profile);
    /// What `plan --json` prints: {"stages": [{"stage", "title", "steps": [{"id", "title",
    /// "environment", "actsOn": {...}, "destructive", "backupsNeeded": [...], "produces": [...],
    /// "rollback"}]}]}.
    QJsonObject toJson(const Profile &profile) const;

private:
    QList<Stage> m_stages;
};

} // namespace upgrade
