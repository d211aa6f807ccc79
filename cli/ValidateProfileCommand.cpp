#include "ValidateProfileCommand.h"

#include "ProfileArguments.h"
#include "profile/Profile.h"
#include "util/ExitCode.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace upgrade::cli {

QString ValidateProfileCommand::name() const
{
    return u"validate-profile"_s;
}

QString ValidateProfileCommand::summary() const
{
    return tr("validate-profile FILE [--json]: check a profile and list every problem");
}

int ValidateProfileCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption json(u"json"_s, tr("Print the result as one JSON object."));
    const QCommandLineOption help(u"help"_s, tr("Show this help."));
    parser.addOption(json);
    parser.addOption(help);
    parser.addPositionalArgument(u"FILE"_s, tr("The profile to check."));
    if (!parser.parse(QStringList{name()} + arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return toInt(ExitCode::Done);
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("Give exactly one profile file: %1").arg(summary()) << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const QString file = parser.positionalArguments().first();
    const Profile::LoadResult result = Profile::load(file);

    if (parser.isSet(json)) {
        QJsonArray problems;
        for (const ValidationProblem &p : result.problems)
            problems.append(QJsonObject{{u"path"_s, p.path}, {u"message"_s, p.message}});
        const QJsonObject o{{u"file"_s, file},
                            {u"valid"_s, result.problems.isEmpty()},
                            {u"problems"_s, problems}};
        context.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (result.problems.isEmpty()) {
        context.out << tr("The profile %1 is valid.").arg(QDir::toNativeSeparators(file))
                    << Qt::endl;
    } else {
        ProfileArguments::printProblems(file, result.problems, context);
    }
    return toInt(result.problems.isEmpty() ? ExitCode::Done : ExitCode::UsageError);
}

} // namespace upgrade::cli
