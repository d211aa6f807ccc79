#include "ResumeCommand.h"

#include "RunDriver.h"

#include "util/ExitCode.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace upgrade::cli {

QString ResumeCommand::name() const
{
    return u"resume"_s;
}

QString ResumeCommand::summary() const
{
    return tr("resume --journal DIR [--secrets-file F] [--yes] [--answer ID=VALUE]... [--json]: "
              "continue a stopped or interrupted run");
}

int ResumeCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const RunDriver::ParserOptions o = RunDriver::addOptions(parser);
    if (!parser.parse(QStringList{name()} + arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    if (parser.isSet(o.help)) {
        context.out << parser.helpText();
        return toInt(ExitCode::Done);
    }
    RunOptions options;
    if (!RunDriver::readOptions(parser, o, &options, context))
        return toInt(ExitCode::UsageError);
    if (!parser.isSet(o.journal) || !parser.positionalArguments().isEmpty()) {
        context.err << tr("Give the run folder: %1").arg(summary()) << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const QString runDirectory = QFileInfo(parser.value(o.journal)).absoluteFilePath();
    return RunDriver(context, options).drive(runDirectory, std::nullopt);
}

} // namespace upgrade::cli
