#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace upgrade {
class Progress;
}

namespace upgrade::wizard {

/// Starts the sandbox for "rehearse on the sandbox" (`--sandbox [--scenario NAME]`): a
/// simulated production site and 1C on loopback, and a profile describing them. The real
/// implementation wraps sandbox::SandboxEnvironment (branch `bpmsoft`) and is wired in
/// app/wizard/main.cpp; until then SampleSandboxLauncher rehearses on the engine's sample plan.
/// start() runs on a worker thread, synchronously; the launcher keeps what it started running
/// until it is destroyed (on the main thread, at exit).
class SandboxLauncher
{
public:
    /// What the sandbox set up for the wizard.
    struct Rehearsal
    {
        QString profilePath; ///< the profile it wrote
        QString secretsFile; ///< an owner-only secrets file (key=value), or empty
        QString factoryName; ///< the step factory its runs use ("upgrade"; "sample")
        QString summary;     ///< translated, one or two lines: what is running where
    };

    virtual ~SandboxLauncher() = default;
    /// The scenario names it knows; the first is the default.
    virtual QStringList scenarios() const = 0;
    /// nullopt and a translated reason in `error` when it cannot start.
    virtual std::optional<Rehearsal> start(const QString &scenario, Progress &progress,
                                           QString *error) = 0;
};

} // namespace upgrade::wizard
