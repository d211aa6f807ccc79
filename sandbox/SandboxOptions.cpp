#include "SandboxOptions.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace upgrade::sandbox {

QString SandboxOptions::helpText()
{
    return tr("Usage: bpmsoft-sandbox --dir D [--scenario NAME] [--port N] [--database URL] "
              "[--password P] [--speed X]\n"
              "Runs a simulated production BPMSoft site and 1C on 127.0.0.1 and writes "
              "D/profile.json and D/secrets for bpmsoft-upgrade.\n");
}

std::optional<SandboxOptions> SandboxOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption scenario(u"scenario"_s, tr("The named scenario."), u"NAME"_s);
    const QCommandLineOption dir(u"dir"_s, tr("The folder for the profile and secrets."), u"D"_s);
    const QCommandLineOption port(u"port"_s, tr("The port; default: a free one."), u"N"_s);
    const QCommandLineOption database(u"database"_s, tr("A PostgreSQL URL for the state."),
                                      u"URL"_s);
    const QCommandLineOption password(u"password"_s, tr("The Supervisor password."), u"P"_s);
    const QCommandLineOption speed(u"speed"_s, tr("Speed factor of simulated work."), u"X"_s);
    parser.addOptions({scenario, dir, port, database, password, speed});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    SandboxOptions o;
    if (parser.isSet(scenario))
        o.scenario = parser.value(scenario);
    o.directory = parser.value(dir);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value > 65535) {
            *error = tr("--port must be a number from 0 to 65535.");
            return std::nullopt;
        }
        o.port = quint16(value);
    }
    o.databaseUrl = parser.value(database);
    if (parser.isSet(password))
        o.password = parser.value(password);
    if (parser.isSet(speed)) {
        bool ok = false;
        o.speed = parser.value(speed).toDouble(&ok);
        if (!ok || o.speed <= 0) {
            *error = tr("--speed must be a positive number.");
            return std::nullopt;
        }
    }
    return o;
}

} // namespace upgrade::sandbox
