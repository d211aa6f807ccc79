#include "DbCommandSupport.h"

#include "ProfileArguments.h"
#include "database/DbAdminFactory.h"
#include "util/ExitCode.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace upgrade::cli {

DbCommandSupport::DbCommandSupport(QCommandLineParser &parser, bool needsEnvironment)
    : m_parser(parser)
    , m_needsEnvironment(needsEnvironment)
    , m_profileOption(u"profile"_s, tr("The profile (JSON) that describes the environments."),
                      u"FILE"_s)
    , m_environmentOption(u"environment"_s,
                          needsEnvironment ? tr("production or test.")
                                           : tr("production or test (default: production): "
                                                "whose server reads the file."),
                          u"ENV"_s)
    , m_secretsOption(u"secrets-file"_s,
                      tr("A file of key=value secrets, readable by its owner only "
                         "(production.database=…)."),
                      u"FILE"_s)
    , m_jsonOption(u"json"_s, tr("Print the result as one JSON object."))
    , m_helpOption(u"help"_s, tr("Show this help."))
{
    m_parser.addOption(m_profileOption);
    m_parser.addOption(m_environmentOption);
    m_parser.addOption(m_secretsOption);
    m_parser.addOption(m_jsonOption);
    m_parser.addOption(m_helpOption);
}

bool DbCommandSupport::json() const
{
    return m_parser.isSet(m_jsonOption);
}

std::optional<int> DbCommandSupport::parse(const QStringList &arguments, const QString &commandName,
                                           CliContext &context)
{
    if (!m_parser.parse(QStringList{commandName} + arguments)) {
        context.err << m_parser.errorText() << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    if (m_parser.isSet(m_helpOption)) {
        context.out << m_parser.helpText();
        return toInt(ExitCode::Done);
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        context.err << tr("Unexpected argument %1. See %2 --help.")
                               .arg(m_parser.positionalArguments().first(), commandName)
                    << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    if (!m_parser.isSet(m_profileOption)) {
        context.err << tr("--profile FILE is required. See %1 --help.").arg(commandName)
                    << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const QString env = m_parser.value(m_environmentOption);
    if (env.isEmpty() && m_needsEnvironment) {
        context.err
                << tr("--environment production|test is required. See %1 --help.").arg(commandName)
                << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    if (env.isEmpty() || env == u"production"_s) {
        m_environment = EnvironmentKind::Production;
    } else if (env == u"test"_s) {
        m_environment = EnvironmentKind::Test;
    } else {
        context.err << tr("Unknown environment \"%1\": give production or test.").arg(env)
                    << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    return std::nullopt;
}

std::optional<int> DbCommandSupport::prepare(CliContext &context)
{
    m_profile = ProfileArguments::load(m_parser.value(m_profileOption), context);
    if (!m_profile)
        return toInt(ExitCode::UsageError);
    m_secrets = ProfileArguments::secrets(*m_profile, m_parser.value(m_secretsOption), context);
    if (!m_secrets)
        return toInt(ExitCode::UsageError);

    DbError error;
    m_admin = DbAdminFactory::create(*m_profile, m_environment, *m_secrets, &error);
    if (!m_admin) {
        if (json())
            printJson(QJsonObject{{u"ok"_s, false}, {u"error"_s, toJson(error)}}, context);
        else
            context.err << error.toString() << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    return std::nullopt;
}

QJsonObject DbCommandSupport::toJson(const DbError &error)
{
    return QJsonObject{{u"code"_s, DbError::codeName(error.code())},
                       {u"message"_s, error.message()},
                       {u"details"_s, error.details()}};
}

int DbCommandSupport::fail(const DbError &error, CliContext &context, QJsonObject json) const
{
    if (this->json()) {
        json.insert(u"ok"_s, false);
        json.insert(u"error"_s, toJson(error));
        printJson(json, context);
    } else {
        context.err << error.message() << Qt::endl;
        if (!error.details().trimmed().isEmpty())
            context.err << tr("Details:") << u'\n' << error.details().trimmed() << Qt::endl;
    }
    return toInt(error.code() == DbError::Code::Cancelled ? ExitCode::Interrupted
                                                          : ExitCode::StepFailed);
}

void DbCommandSupport::printJson(QJsonObject json, CliContext &context) const
{
    if (!json.contains(u"ok"_s))
        json.insert(u"ok"_s, true);
    context.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
}

} // namespace upgrade::cli
