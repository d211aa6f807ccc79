#pragma once

#include "CliContext.h"
#include "database/DbAdmin.h"
#include "profile/Profile.h"
#include "profile/SecretStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace upgrade::cli {

/// What the `db …` commands share: the options --profile, --environment, --secrets-file,
/// --json, --help; loading the profile and its secret store (ProfileArguments); the DbAdmin of an
/// environment; printing a DbError; exit codes. Lives for one command run, on the main thread.
class DbCommandSupport
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::cli::DbCommandSupport)
public:
    DbCommandSupport(QCommandLineParser &parser, bool needsEnvironment);

    /// Parses; on --help prints it and returns Done; on a usage error prints it and returns
    /// UsageError; nullopt when the command should go on.
    std::optional<int> parse(const QStringList &arguments, const QString &commandName,
                             CliContext &context);
    /// Loads the profile and makes the DbAdmin of the chosen environment; nullopt and an exit
    /// code printed on failure.
    std::optional<int> prepare(CliContext &context);

    bool json() const;
    EnvironmentKind environment() const { return m_environment; }
    const Profile &profile() const { return *m_profile; }
    DbAdmin &admin() const { return *m_admin; }

    /// Prints the error (message, then details) or a JSON object; returns the exit code:
    /// Interrupted when cancelled, StepFailed otherwise.
    int fail(const DbError &error, CliContext &context, QJsonObject json = {}) const;
    /// Prints a JSON object of a successful run.
    void printJson(QJsonObject json, CliContext &context) const;
    static QJsonObject toJson(const DbError &error);

private:
    QCommandLineParser &m_parser;
    bool m_needsEnvironment;
    QCommandLineOption m_profileOption;
    QCommandLineOption m_environmentOption;
    QCommandLineOption m_secretsOption;
    QCommandLineOption m_jsonOption;
    QCommandLineOption m_helpOption;
    EnvironmentKind m_environment = EnvironmentKind::Production;
    std::optional<Profile> m_profile;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<DbAdmin> m_admin;
};

} // namespace upgrade::cli
