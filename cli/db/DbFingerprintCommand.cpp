#include "DbFingerprintCommand.h"

#include "DbCommandSupport.h"
#include "util/ExitCode.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace upgrade::cli {

QString DbFingerprintCommand::name() const
{
    return u"db fingerprint"_s;
}

QString DbFingerprintCommand::summary() const
{
    return tr("db fingerprint --profile P --environment production|test [--secrets-file F] "
              "[--json]: who the environment's database is (server, name, identity, row counts)");
}

int DbFingerprintCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    DbCommandSupport support(parser, true);
    if (const auto code = support.parse(arguments, name(), context))
        return *code;
    if (const auto code = support.prepare(context))
        return *code;
    const auto result =
            support.admin().fingerprint(DbFingerprint::defaultTables(support.profile().connector));
    if (!result.ok())
        return support.fail(result.error, context);
    if (support.json())
        support.printJson(QJsonObject{{u"fingerprint"_s, result.value.toJson()}}, context);
    else
        context.out << result.value.toString() << Qt::endl;
    return toInt(ExitCode::Done);
}

} // namespace upgrade::cli
