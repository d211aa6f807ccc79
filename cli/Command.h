#pragma once

#include "CliContext.h"

#include <QString>
#include <QStringList>

namespace upgrade::cli {

/// One subcommand of bpmsoft-upgrade (`validate-profile`, `run`, `db backup`, ...).
/// run() gets the arguments after the command name and returns an ExitCode value.
/// Commands run on the main thread; long work goes through the plan Runner.
class Command
{
public:
    virtual ~Command() = default;
    /// The words that select it: "validate-profile", or "db backup".
    virtual QString name() const = 0;
    /// One translated line for --help.
    virtual QString summary() const = 0;
    /// Whether a run log file is opened for it (not for quick read-only commands).
    virtual bool wantsRunLog() const { return true; }
    /// Whether these arguments need a QGuiApplication instead of a QCoreApplication (PDF
    /// output: Qt's PDF writer needs fonts). main() asks before it creates the application.
    virtual bool needsGuiApplication(const QStringList &arguments) const
    {
        Q_UNUSED(arguments);
        return false;
    }
    virtual int run(const QStringList &arguments, CliContext &context) = 0;
};

} // namespace upgrade::cli
