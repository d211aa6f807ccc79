#pragma once

#include "plan/IdentityProvider.h"

#include "profile/Profile.h"

namespace upgrade::sample {

/// TEST SUPPORT. Identifies the sample plan's "databases": what the profile says, with the
/// fingerprint read from DIR/fingerprint-<environment>.txt ("sample-<environment>" when the file
/// is missing) — a test changes that file to play a different database behind the same name.
class SampleIdentityProvider : public IdentityProvider
{
public:
    SampleIdentityProvider(Profile profile, QString directory)
        : m_profile(std::move(profile))
        , m_directory(std::move(directory))
    {}
    std::optional<TargetIdentity> identify(EnvironmentKind environment, Progress &progress,
                                           QString *error) override;

private:
    Profile m_profile;
    QString m_directory;
};

} // namespace upgrade::sample
