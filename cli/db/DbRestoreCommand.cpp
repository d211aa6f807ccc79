#include "DbRestoreCommand.h"

#include "CliProgress.h"
#include "DbCommandSupport.h"
#include "util/ExitCode.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace upgrade::cli {

QString DbRestoreCommand::name() const
{
    return u"db restore"_s;
}

QString DbRestoreCommand::summary() const
{
    return tr("db restore --profile P --environment production|test --backup FILE --as NAME "
              "[--secrets-file F] [--json]: restore a backup as a new database on the "
              "environment's server (never over an existing one)");
}

int DbRestoreCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption backup(
            u"backup"_s, tr("The backup file. For MS SQL a path on the SQL Server host."),
            u"FILE"_s);
    const QCommandLineOption as(u"as"_s,
                                tr("The name of the new database (SQLite: a file, relative to the "
                                   "environment's database file)."),
                                u"NAME"_s);
    parser.addOption(backup);
    parser.addOption(as);
    DbCommandSupport support(parser, true);
    if (const auto code = support.parse(arguments, name(), context))
        return *code;
    if (!parser.isSet(backup) || !parser.isSet(as)) {
        context.err << tr("--backup FILE and --as NAME are required. See %1 --help.").arg(name())
                    << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    if (const auto code = support.prepare(context))
        return *code;

    CliProgress progress(context.err);
    const RestoreResult result =
            support.admin().restoreAs(parser.value(backup), parser.value(as), progress);
    QJsonArray actions, warnings;
    for (const QString &a : result.actions)
        actions.append(a);
    for (const QString &w : result.warnings)
        warnings.append(w);
    QJsonObject json{{u"database"_s, result.database},
                     {u"restored"_s, result.restored},
                     {u"actions"_s, actions},
                     {u"warnings"_s, warnings},
                     {u"elapsedMs"_s, double(result.elapsedMs)}};
    if (!result.ok())
        return support.fail(result.error, context, json);
    if (support.json()) {
        support.printJson(json, context);
    } else {
        for (const QString &a : result.actions)
            context.out << a << Qt::endl;
        for (const QString &w : result.warnings)
            context.err << w << Qt::endl;
    }
    return toInt(ExitCode::Done);
}

} // namespace upgrade::cli
