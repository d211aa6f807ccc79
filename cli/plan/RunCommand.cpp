#include "RunCommand.h"

#include "RunDriver.h"

#include "plan/Journal.h"
#include "plan/RunFolders.h"
#include "plan/StepFactory.h"
#include "profile/Profile.h"
#include "util/ExitCode.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace upgrade::cli {

QString RunCommand::name() const
{
    return u"run"_s;
}

QString RunCommand::summary() const
{
    return tr("run --profile P --stage test|production [--journal DIR] [--secrets-file F] [--yes] "
              "[--answer ID=VALUE]... [--json]: run a stage of the upgrade");
}

int RunCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption profileOption(u"profile"_s, tr("The profile."), u"P"_s);
    const QCommandLineOption stageOption(
            u"stage"_s, tr("test (preparation first, when it has not passed) or production."),
            u"STAGE"_s);
    parser.addOption(profileOption);
    parser.addOption(stageOption);
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
    const std::optional<StageKind> stage = stageFromString(parser.value(stageOption));
    if (!parser.isSet(profileOption) || !stage || !parser.positionalArguments().isEmpty()) {
        context.err << tr("Give the profile and the stage: %1").arg(summary()) << Qt::endl;
        return toInt(ExitCode::UsageError);
    }

    const QString profilePath = QFileInfo(parser.value(profileOption)).absoluteFilePath();
    Profile::LoadResult loaded = Profile::load(profilePath);
    if (!loaded.profile) {
        context.err << tr("The profile %1 has problems:").arg(QDir::toNativeSeparators(profilePath))
                    << Qt::endl;
        for (const ValidationProblem &p : loaded.problems)
            context.err << u"  - "_s << p.toString() << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const Profile &profile = *loaded.profile;

    // The run folder: given, or the default for the stage.
    QString runDirectory = parser.value(o.journal);
    if (runDirectory.isEmpty() && *stage == StageKind::Production) {
        const QStringList runs = RunFolders::runDirectories(profile);
        if (!runs.isEmpty())
            runDirectory = runs.first(); // production continues the newest run of the profile
    }
    if (runDirectory.isEmpty())
        runDirectory = RunFolders::newRunDirectory(profile);
    runDirectory = QFileInfo(runDirectory).absoluteFilePath();

    QString error;
    if (Journal::exists(runDirectory)) {
        auto journal = Journal::open(runDirectory, Journal::Mode::ReadOnly, &error);
        if (!journal) {
            context.err << error << Qt::endl;
            return toInt(ExitCode::UsageError);
        }
        const QString owner = journal->run().profilePath;
        if (QFileInfo(owner).absoluteFilePath() != profilePath) {
            context.err << tr("The run %1 belongs to the profile %2, not %3. Give that profile, "
                              "or another --journal folder.")
                                   .arg(QDir::toNativeSeparators(runDirectory),
                                        QDir::toNativeSeparators(owner),
                                        QDir::toNativeSeparators(profilePath))
                        << Qt::endl;
            return toInt(ExitCode::UsageError);
        }
    } else {
        RunInfo run;
        run.runId = RunFolders::newRunId();
        run.profilePath = profilePath;
        run.profile = profile.toJson();
        run.factory = StepFactory::defaultName();
        run.packageArchive =
                profile.packageArchive.isEmpty()
                        ? QString()
                        : QFileInfo(profilePath).dir().absoluteFilePath(profile.packageArchive);
        run.programVersion = QStringLiteral(UPGRADE_VERSION);
        if (!Journal::create(runDirectory, run, &error)) {
            context.err << error << Qt::endl;
            return toInt(ExitCode::UsageError);
        }
    }
    return RunDriver(context, options).drive(runDirectory, *stage);
}

} // namespace upgrade::cli
