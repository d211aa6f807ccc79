#pragma once

#include "ChainedSecretStore.h"
#include "Profile.h"

#include <QString>

#include <memory>

namespace upgrade {

/// Builds the SecretStore a run uses — the one place that knows the order of precedence
/// (docs/profile.md, "Secrets"): the --secrets-file (owner-only), then the environment, then the
/// OS keychain under the profile's scope. The CLI and the wizard both use it.
class SecretStoreFactory
{
public:
    /// The chain; nullptr and a translated reason when the secrets file cannot be used.
    /// `secretsFile` empty: no file store.
    static std::unique_ptr<ChainedSecretStore> create(const Profile &profile,
                                                      const QString &secretsFile, QString *error);
    /// The keychain scope of a profile: its name, else its file's base name, so that two
    /// customers' profiles never share a password.
    static QString keychainScope(const Profile &profile);
};

} // namespace upgrade
