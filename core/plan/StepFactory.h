#pragma once

#include "Stage.h"

#include "profile/Profile.h"

#include <QString>

#include <memory>

namespace upgrade {

/// Builds a stage's steps from a profile. The real procedure is the "upgrade" factory (its
/// steps in core/plan/steps/); "sample" is test support (core/plan/sample/). The name is kept in
/// the journal, so `resume` rebuilds the same plan.
class StepFactory
{
public:
    virtual ~StepFactory() = default;
    virtual QString name() const = 0;
    /// The stage's steps and rollback steps, in order, for this profile.
    virtual Stage stage(StageKind kind, const Profile &profile) const = 0;

    /// The factory of that name, or nullptr and a translated reason.
    static std::unique_ptr<StepFactory> create(const QString &name, QString *error);
    /// The factory a new run uses: "sample" when BPMSOFT_UPGRADE_SAMPLE_PLAN is set (tests),
    /// otherwise "upgrade".
    static QString defaultName();
};

} // namespace upgrade
