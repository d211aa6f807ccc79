#include "DbVerifyCommand.h"

#include "CliProgress.h"
#include "DbCommandSupport.h"
#include "database/BackupSpaceCheck.h"
#include "util/ExitCode.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace upgrade::cli {

QString DbVerifyCommand::name() const
{
    return u"db verify"_s;
}

QString DbVerifyCommand::summary() const
{
    return tr("db verify --profile P --backup FILE [--environment E] [--sha256 HEX] "
              "[--trial-restore] [--json]: check that a file is a complete, readable backup (exit "
              "1 when it is not)");
}

int DbVerifyCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption backup(
            u"backup"_s, tr("The backup file. For MS SQL a path on the SQL Server host."),
            u"FILE"_s);
    const QCommandLineOption sha(u"sha256"_s, tr("The SHA-256 recorded when it was made."),
                                 u"HEX"_s);
    const QCommandLineOption trial(u"trial-restore"_s,
                                   tr("Also restore it into a temporary database (PostgreSQL)."));
    parser.addOption(backup);
    parser.addOption(sha);
    parser.addOption(trial);
    DbCommandSupport support(parser, false);
    if (const auto code = support.parse(arguments, name(), context))
        return *code;
    if (!parser.isSet(backup)) {
        context.err << tr("--backup FILE is required. See %1 --help.").arg(name()) << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    if (const auto code = support.prepare(context))
        return *code;

    VerifyRequest request;
    request.backupPath = parser.value(backup);
    request.expectedSha256 = parser.value(sha);
    request.trialRestore = parser.isSet(trial);
    CliProgress progress(context.err);
    const VerifyResult result = support.admin().verify(request, progress);
    QJsonArray warnings;
    for (const QString &w : result.warnings)
        warnings.append(w);
    QJsonObject json{{u"file"_s, request.backupPath},
                     {u"valid"_s, result.valid},
                     {u"sizeBytes"_s, double(result.sizeBytes)},
                     {u"sha256"_s, result.sha256},
                     {u"entries"_s, result.entries},
                     {u"sourceDatabase"_s, result.sourceDatabase},
                     {u"sourceVersion"_s, result.sourceVersion},
                     {u"createdAt"_s, result.createdAt.toString(Qt::ISODate)},
                     {u"trialRestored"_s, result.trialRestored},
                     {u"warnings"_s, warnings}};
    if (!result.ok())
        return support.fail(result.error, context, json);
    if (support.json()) {
        support.printJson(json, context);
    } else {
        for (const QString &w : result.warnings)
            context.err << w << Qt::endl;
        context.out << tr("%1 is a valid backup of «%2» (%3, %n entries).", nullptr, result.entries)
                               .arg(QDir::toNativeSeparators(request.backupPath),
                                    result.sourceDatabase,
                                    BackupSpaceCheck::formatBytes(result.sizeBytes))
                    << Qt::endl;
        if (!result.sha256.isEmpty())
            context.out << u"SHA-256: "_s << result.sha256 << Qt::endl;
    }
    return toInt(ExitCode::Done);
}

} // namespace upgrade::cli
