#pragma once

#include "plan/StepFactory.h"

#include <QString>

#include <functional>

namespace upgrade::sample {

/// TEST SUPPORT — not part of the upgrade. The "sample" plan: a few steps per stage that act on
/// text files standing in for the databases, so the CLI, the Runner and the journal can be
/// tested end to end (kill and resume, gates, failure policies) without any server. Chosen
/// instead of the real procedure when BPMSOFT_UPGRADE_SAMPLE_PLAN=DIR is set (DIR holds the
/// files and markers.log); the name "sample" is kept in the journal, so resume needs it too.
/// The other variables (docs/cli.md, "Test support"):
///   BPMSOFT_UPGRADE_SAMPLE_SLOW_MS=N      every step takes N ms (cancellable)
///   BPMSOFT_UPGRADE_SAMPLE_FAIL=ID:N,...  step ID fails its first N attempts (N: "always")
///   BPMSOFT_UPGRADE_SAMPLE_KILL_AT=POINT  the process kills itself (SIGKILL) at POINT:
///       before:ID / after:ID (Runner checkpoints), middle:ID / done:ID (inside the step)
class SampleStepFactory : public StepFactory
{
public:
    static QString factoryName(); ///< "sample"
    /// The folder from BPMSOFT_UPGRADE_SAMPLE_PLAN; empty when the variable is not set.
    static QString directory();

    QString name() const override { return factoryName(); }
    Stage stage(StageKind kind, const Profile &profile) const override;

    /// For RunnerOptions::checkpointHook: kills the process at BPMSOFT_UPGRADE_SAMPLE_KILL_AT.
    static void checkpoint(const QString &point);
};

} // namespace upgrade::sample
