#pragma once

#include "TargetIdentity.h"

#include "profile/Profile.h"
#include "util/Progress.h"

#include <optional>

namespace upgrade {

/// Identifies an environment's target as it is now (server, database, site URL, database
/// fingerprint) — asked right before every destructive step. Implemented by the database and
/// site services (issue 5 gives the database fingerprint); tests use fakes. Called on the step's
/// worker thread; must honour progress.cancellation() and have its own timeout.
class IdentityProvider
{
public:
    virtual ~IdentityProvider() = default;
    /// The identity, or nullopt and a translated reason in `error` when it cannot be taken.
    virtual std::optional<TargetIdentity> identify(EnvironmentKind environment, Progress &progress,
                                                   QString *error) = 0;
};

} // namespace upgrade
