#include "ReportCommand.h"

#include "report/ReportWriter.h"
#include "report/RunReport.h"
#include "util/ExitCode.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace upgrade::cli {

namespace {

struct Options
{
    QCommandLineOption journal{u"journal"_s, ReportCommand::tr("The run folder."), u"DIR"_s};
    QCommandLineOption format{u"format"_s,
                              ReportCommand::tr("html, pdf or json (default: from the output's "
                                                "extension, else html)."),
                              u"FORMAT"_s};
    QCommandLineOption output{u"output"_s,
                              ReportCommand::tr("The file to write (default: report.FORMAT in "
                                                "the run folder; - : standard output)."),
                              u"F"_s};
    QCommandLineOption help{u"help"_s, ReportCommand::tr("Show this help.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOption(journal);
        parser.addOption(format);
        parser.addOption(output);
        parser.addOption(help);
    }
};

/// The format the options ask for; nullopt when --format names none.
std::optional<ReportFormat> chosenFormat(const QCommandLineParser &parser, const Options &o)
{
    if (parser.isSet(o.format))
        return ReportWriter::formatFromString(parser.value(o.format));
    if (const auto fromFile = ReportWriter::formatOfFile(parser.value(o.output)))
        return fromFile;
    return ReportFormat::Html;
}

} // namespace

QString ReportCommand::name() const
{
    return u"report"_s;
}

QString ReportCommand::summary() const
{
    return tr("report --journal DIR [--format html|pdf|json] [--output F]: the report of a run "
              "(what ran where and when, backups, results)");
}

bool ReportCommand::needsGuiApplication(const QStringList &arguments) const
{
    QCommandLineParser parser;
    const Options o;
    o.addTo(parser);
    if (!parser.parse(QStringList{name()} + arguments))
        return false;
    return chosenFormat(parser, o) == ReportFormat::Pdf;
}

int ReportCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const Options o;
    o.addTo(parser);
    if (!parser.parse(QStringList{name()} + arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    if (parser.isSet(o.help)) {
        context.out << parser.helpText();
        return toInt(ExitCode::Done);
    }
    if (!parser.isSet(o.journal) || !parser.positionalArguments().isEmpty()) {
        context.err << tr("Give the run folder: %1").arg(summary()) << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const std::optional<ReportFormat> format = chosenFormat(parser, o);
    if (!format) {
        context.err << tr("Unknown report format \"%1\": use html, pdf or json.")
                               .arg(parser.value(o.format))
                    << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const bool toStdout = parser.value(o.output) == u"-"_s;
    if (toStdout && *format == ReportFormat::Pdf) {
        context.err << tr("A PDF report needs a file: give --output F.pdf.") << Qt::endl;
        return toInt(ExitCode::UsageError);
    }

    const QString runDirectory = QFileInfo(parser.value(o.journal)).absoluteFilePath();
    QString error;
    const std::optional<RunReport> report = RunReport::load(runDirectory, &error);
    if (!report) {
        context.err << error << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    if (toStdout) {
        const std::optional<QByteArray> bytes = ReportWriter::render(*report, *format, &error);
        if (!bytes) {
            context.err << error << Qt::endl;
            return toInt(ExitCode::StepFailed);
        }
        context.out << QString::fromUtf8(*bytes);
        context.out.flush();
        return toInt(ExitCode::Done);
    }
    const QString output =
            parser.isSet(o.output)
                    ? QFileInfo(parser.value(o.output)).absoluteFilePath()
                    : QDir(runDirectory).filePath(u"report."_s + ReportWriter::toString(*format));
    if (!ReportWriter::write(*report, *format, output, &error)) {
        context.err << error << Qt::endl;
        return toInt(ExitCode::StepFailed);
    }
    context.out << tr("Report written: %1 (result: %2)")
                           .arg(QDir::toNativeSeparators(output), toString(report->result))
                << Qt::endl;
    return toInt(ExitCode::Done);
}

} // namespace upgrade::cli
