#include "DbBackupCommand.h"

#include "CliProgress.h"
#include "DbCommandSupport.h"
#include "database/BackupSpaceCheck.h"
#include "util/ExitCode.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace upgrade::cli {

QString DbBackupCommand::name() const
{
    return u"db backup"_s;
}

QString DbBackupCommand::summary() const
{
    return tr("db backup --profile P --environment production|test --output FILE [--secrets-file "
              "F] [--json]: a full, verified backup of the environment's BPMSoft database");
}

int DbBackupCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption output(u"output"_s,
                                    tr("The backup file to write. For MS SQL a path on the SQL "
                                       "Server host (e.g. D:\\Backup\\BPMSoft.bak)."),
                                    u"FILE"_s);
    const QCommandLineOption overwrite(u"overwrite"_s, tr("Replace the file if it exists."));
    const QCommandLineOption trial(u"trial-restore"_s,
                                   tr("Also restore the backup into a temporary database to "
                                      "prove it (PostgreSQL)."));
    parser.addOption(output);
    parser.addOption(overwrite);
    parser.addOption(trial);
    DbCommandSupport support(parser, true);
    if (const auto code = support.parse(arguments, name(), context))
        return *code;
    if (!parser.isSet(output)) {
        context.err << tr("--output FILE is required. See %1 --help.").arg(name()) << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    if (const auto code = support.prepare(context))
        return *code;

    DbAdmin &admin = support.admin();
    BackupRequest request;
    request.outputPath = parser.value(output);
    request.overwrite = parser.isSet(overwrite);
    request.trialRestore = parser.isSet(trial);
    request.fingerprintTables = DbFingerprint::defaultTables(support.profile().connector);
    if (admin.backupPathIsOnServerHost())
        context.err << tr("Note: %1 is a path on the SQL Server host; SQL Server's service account "
                          "writes it there.")
                               .arg(request.outputPath)
                    << Qt::endl;
    CliProgress progress(context.err);
    const BackupResult result = admin.backup(request, progress);
    QJsonArray warnings;
    for (const QString &w : result.warnings)
        warnings.append(w);
    if (!result.ok())
        return support.fail(result.error, context, QJsonObject{{u"warnings"_s, warnings}});
    if (support.json()) {
        support.printJson(
                QJsonObject{{u"backup"_s, result.info.toJson()}, {u"warnings"_s, warnings}},
                context);
    } else {
        for (const QString &w : result.warnings)
            context.err << w << Qt::endl;
        context.out << tr("Backup of %1 written and verified: %2")
                               .arg(admin.describe(), QDir::toNativeSeparators(result.info.path))
                    << Qt::endl;
        context.out << tr("Size: %1").arg(BackupSpaceCheck::formatBytes(result.info.sizeBytes))
                    << Qt::endl;
        if (!result.info.sha256.isEmpty())
            context.out << u"SHA-256: "_s << result.info.sha256 << Qt::endl;
        context.out << tr("Source: %1").arg(result.info.source.toString()) << Qt::endl;
    }
    return toInt(ExitCode::Done);
}

} // namespace upgrade::cli
