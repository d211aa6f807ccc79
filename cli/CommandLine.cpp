#include "CommandLine.h"

#include "Commands.h"
#include "util/ExitCode.h"
#include "util/Log.h"
#include "util/Translations.h"

#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace upgrade::cli {

QString CommandLine::helpText()
{
    QString text = tr("Usage: bpmsoft-upgrade [--lang ru|en] COMMAND [OPTIONS]\n"
                      "\n"
                      "Upgrades the 1C Connector for BPMSoft package: first on a test site made "
                      "from a copy of production, then on production, with verified backups and "
                      "a way back.\n"
                      "\n"
                      "Commands:\n");
    for (const auto &command : allCommands())
        text += u"  %1\n      %2\n"_s.arg(command->name(), command->summary());
    text += tr("\n"
               "Global options:\n"
               "  --help            this text; COMMAND --help: the command's options\n"
               "  --version         the program's version\n"
               "  --lang ru|en      the language of messages (default: the system's)\n"
               "\n"
               "Exit codes:\n"
               "  0  done\n"
               "  1  a step failed (on production: after the rollback)\n"
               "  2  usage or configuration error (bad arguments, invalid profile or journal)\n"
               "  3  preflight blocked the run\n"
               "  4  a confirmation is needed (answer with --yes or --answer ID=VALUE)\n"
               "  5  interrupted; continue with: resume --journal DIR\n");
    return text;
}

int CommandLine::exec(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context{out, err};

    QStringList args = arguments.mid(1);
    QString language;
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(u"--"_s)) {
        const QString option = args.takeFirst();
        if (option == u"--lang"_s && !args.isEmpty()) {
            language = args.takeFirst();
        } else if (option.startsWith(u"--lang="_s)) {
            language = option.mid(7);
        } else if (option == u"--version"_s) {
            out << "bpmsoft-upgrade " << UPGRADE_VERSION << Qt::endl;
            return toInt(ExitCode::Done);
        } else if (option == u"--help"_s) {
            Translations::install(language);
            out << helpText();
            return toInt(ExitCode::Done);
        } else {
            Translations::install(language);
            err << tr("Unknown option %1. See bpmsoft-upgrade --help.").arg(option) << Qt::endl;
            return toInt(ExitCode::UsageError);
        }
    }
    Translations::install(language);

    if (args.isEmpty()) {
        err << helpText();
        return toInt(ExitCode::UsageError);
    }

    // The longest command name that the arguments start with.
    auto commands = allCommands();
    Command *chosen = nullptr;
    qsizetype chosenWords = 0;
    for (const auto &command : commands) {
        const QStringList words = command->name().split(u' ');
        if (words.size() > chosenWords && args.mid(0, words.size()) == words) {
            chosen = command.get();
            chosenWords = words.size();
        }
    }
    if (!chosen) {
        err << tr("Unknown command \"%1\". See bpmsoft-upgrade --help.").arg(args.first())
            << Qt::endl;
        return toInt(ExitCode::UsageError);
    }

    if (chosen->wantsRunLog()) {
        LogOptions options;
        options.console = false;
        QString error;
        if (!Log::init(options, &error))
            err << error << Qt::endl;
    }
    const int code = chosen->run(args.mid(chosenWords), context);
    out.flush();
    err.flush();
    Log::shutdown();
    return code;
}

bool CommandLine::needsGuiApplication(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    while (!args.isEmpty() && args.first().startsWith(u"--"_s)) {
        if (args.takeFirst() == u"--lang"_s && !args.isEmpty())
            args.removeFirst();
    }
    const auto commands = allCommands();
    const Command *chosen = nullptr;
    qsizetype chosenWords = 0;
    for (const auto &command : commands) {
        const QStringList words = command->name().split(u' ');
        if (words.size() > chosenWords && args.mid(0, words.size()) == words) {
            chosen = command.get();
            chosenWords = words.size();
        }
    }
    return chosen && chosen->needsGuiApplication(args.mid(chosenWords));
}

} // namespace upgrade::cli
