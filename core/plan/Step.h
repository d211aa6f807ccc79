#pragma once

#include "Artifact.h"
#include "Requirements.h"
#include "StepResult.h"

#include "profile/Profile.h"
#include "util/Progress.h"

#include <QFlags>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace upgrade {

class Context;

/// Where a step acts: one environment, and which of its parts (for `plan` and the safety gate).
struct StepTarget
{
    enum Part {
        Nothing = 0x0,
        Site = 0x1,     ///< the BPMSoft site (HTTP, its folder, IIS / systemd)
        Database = 0x2, ///< the BPMSoft database
        Infobase = 0x4, ///< the 1C infobase
        Files = 0x8,    ///< local files only (reports, the work folder)
    };
    Q_DECLARE_FLAGS(Parts, Part)

    EnvironmentKind environment = EnvironmentKind::Production;
    Parts parts = Nothing;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(StepTarget::Parts)

/// One unit of the procedure ("test.install-package"). Implementations live in core/plan/steps/
/// (one file per step) and are built by a StepFactory. Thread model: check() and run() are
/// called on a worker thread owned by the Runner, synchronously; they must report through
/// `progress`, return soon after progress.isCancelled() turns true, and never touch widgets.
/// A step keeps no state between runs except what it records through the Context (artifacts,
/// values): after a crash it runs again in a new process.
class Step
{
public:
    virtual ~Step() = default;

    /// Stable id, "<stage>.<name>": "test.install-package". Used by the journal, --answer ids
    /// and the wizard; never change it once released.
    virtual QString id() const = 0;
    /// Translated title: "Установить пакет на тестовый сайт".
    virtual QString title() const = 0;
    /// The step's share of its stage's progress.
    virtual int weight() const { return 1; }
    /// Where it acts.
    virtual StepTarget target() const = 0;
    /// True when it changes something that a backup must protect (restore, install, clear a
    /// table): the Runner then runs it only with a verified backup of this run for every
    /// backupsNeeded() and with the target's identity matching the profile, taken right before.
    virtual bool isDestructive() const { return false; }
    /// The verified backups a destructive step depends on. Default for a destructive step: a
    /// backup of the database of its target environment; none for others.
    virtual QList<ArtifactSpec> backupsNeeded() const;
    /// The artifacts it records (for `plan` and plan validation).
    virtual QList<ArtifactSpec> produces() const { return {}; }
    /// How long run() usually takes on a mid-size site, for the plan shown to people (the
    /// wizard's Plan page); nullopt when it cannot be said in advance — backups and restores
    /// take as long as the database or infobase is large. Default: unknown.
    virtual std::optional<std::chrono::seconds> estimatedDuration() const { return std::nullopt; }
    /// How long run() may take before it is cancelled and counted as failed.
    virtual std::chrono::milliseconds timeout() const { return std::chrono::hours(1); }

    /// Findings before it runs (blocking ones stop the stage: exit code 3). Quick and
    /// read-only. Default: none.
    virtual Requirements check(const Context &context) const;
    /// Does the work. Worker thread, synchronous, cancellable. Throwing is caught and counted
    /// as a failure, but return StepResult::failed() with a clear message instead.
    virtual StepResult run(Context &context, Progress &progress) = 0;
};

} // namespace upgrade
