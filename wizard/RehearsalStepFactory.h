#pragma once

#include "plan/StepFactory.h"

#include <QCoreApplication>

namespace upgrade::wizard {

/// The engine's sample plan (core/plan/sample) as the wizard's rehearsal shows it, until the
/// sandbox is merged: the same steps (same ids, targets, gates, failures — the journal still
/// names the factory "sample", so the CLI can resume it), with translated titles, and the
/// verification steps recording sample integration results and deduplication flags the way
/// the real steps will (docs/wizard.md), so the Test verification page has something to show.
/// Stateless; its steps are used on the Runner's worker thread.
class RehearsalStepFactory : public StepFactory
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::wizard::RehearsalStepFactory)
public:
    QString name() const override;
    Stage stage(StageKind kind, const Profile &profile) const override;

    /// The translated title of a sample step; empty for an unknown id.
    static QString title(const QString &stepId);
};

} // namespace upgrade::wizard
