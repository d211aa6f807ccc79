#include "BundleCommand.h"

#include "plan/Journal.h"
#include "profile/EnvSecretStore.h"
#include "profile/FileSecretStore.h"
#include "profile/SecretKeys.h"
#include "report/SupportBundle.h"
#include "util/ExitCode.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace upgrade::cli {

QString BundleCommand::name() const
{
    return u"bundle"_s;
}

QString BundleCommand::summary() const
{
    return tr("bundle --journal DIR [--output F.zip] [--secrets-file F]: a zip for support with "
              "the run's logs, journal, reports and profile, secrets masked");
}

int BundleCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption journalOption(u"journal"_s, tr("The run folder."), u"DIR"_s);
    const QCommandLineOption outputOption(
            u"output"_s,
            tr("The zip to write (default: bpmsoft-upgrade-support-RUN.zip in the run folder)."),
            u"F"_s);
    const QCommandLineOption secretsOption(
            u"secrets-file"_s,
            tr("Mask the passwords of this owner-only file too (key=value lines)."), u"F"_s);
    const QCommandLineOption help(u"help"_s, tr("Show this help."));
    parser.addOption(journalOption);
    parser.addOption(outputOption);
    parser.addOption(secretsOption);
    parser.addOption(help);
    if (!parser.parse(QStringList{name()} + arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return toInt(ExitCode::Done);
    }
    if (!parser.isSet(journalOption) || !parser.positionalArguments().isEmpty()) {
        context.err << tr("Give the run folder: %1").arg(summary()) << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const QString runDirectory = QFileInfo(parser.value(journalOption)).absoluteFilePath();

    // Every secret this process can learn without asking is masked as well.
    QString error;
    if (parser.isSet(secretsOption)) {
        FileSecretStore file;
        if (!file.open(parser.value(secretsOption), &error)) {
            context.err << error << Qt::endl;
            return toInt(ExitCode::UsageError);
        }
        for (const QString &key : SecretKeys::allKeys())
            file.get(key);
    }
    EnvSecretStore environment;
    for (const QString &key : SecretKeys::allKeys())
        environment.get(key);

    QString runId;
    {
        const auto journal = Journal::open(runDirectory, Journal::Mode::ReadOnly, &error);
        if (!journal) {
            context.err << error << Qt::endl;
            return toInt(ExitCode::UsageError);
        }
        runId = journal->run().runId;
    }
    const QString output =
            parser.isSet(outputOption)
                    ? QFileInfo(parser.value(outputOption)).absoluteFilePath()
                    : QDir(runDirectory).filePath(SupportBundle::defaultFileName(runId));
    LogProgress progress;
    QStringList entries;
    if (!SupportBundle::create(runDirectory, output, {}, progress, &error, &entries)) {
        context.err << error << Qt::endl;
        return toInt(ExitCode::StepFailed);
    }
    context.out << tr("Support bundle written: %1").arg(QDir::toNativeSeparators(output))
                << Qt::endl;
    for (const QString &entry : entries)
        context.out << u"  "_s << entry << Qt::endl;
    return toInt(ExitCode::Done);
}

} // namespace upgrade::cli
