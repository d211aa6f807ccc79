#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace upgrade::cli {

/// The bpmsoft-upgrade entry point: global options (--help, --version, --lang), choice of the
/// subcommand (the longest matching name, so "db backup" beats "db"), logging set-up, and the
/// documented exit codes. Call exec() once from main() with the application's arguments.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::cli::CommandLine)
public:
    int exec(const QStringList &arguments);
    static QString helpText();
    /// Whether the command these arguments (argv, program name first) select needs a
    /// QGuiApplication (Command::needsGuiApplication); callable before any application exists.
    static bool needsGuiApplication(const QStringList &arguments);
};

} // namespace upgrade::cli
