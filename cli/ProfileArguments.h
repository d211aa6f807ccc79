#pragma once

#include "CliContext.h"
#include "profile/Profile.h"
#include "profile/SecretStore.h"
#include "profile/ValidationProblem.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace upgrade::cli {

/// What every command that takes a profile shares: loading it and reporting its problems in one
/// wording, and the secret store of a run (SecretStoreFactory: --secrets-file, then the
/// environment, then the keychain under the profile's scope). A failure is printed to standard
/// error; the command then exits with ExitCode::UsageError. Stateless; main thread.
class ProfileArguments
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::cli::ProfileArguments)
public:
    /// Prints "The profile FILE has N problem(s):" and one line per problem.
    static void printProblems(const QString &file, const ValidationProblems &problems,
                              CliContext &context);
    /// The loaded profile; nullopt (its problems printed) when it cannot be used.
    static std::optional<Profile> load(const QString &file, CliContext &context);
    /// The secrets chain of `profile`; nullptr (the reason printed) when the secrets file cannot
    /// be used. `secretsFile` empty: no file store.
    static std::unique_ptr<SecretStore> secrets(const Profile &profile, const QString &secretsFile,
                                                CliContext &context);
};

} // namespace upgrade::cli
