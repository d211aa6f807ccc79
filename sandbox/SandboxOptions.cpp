#include "SandboxOptions.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace upgrade::sandbox {

QString SandboxOptions::helpText()
{
    return tr("Usage: bpmsoft-sandbox --dir D [--scenario NAME | --scenario-file F] [--port N] "
              "[--database URL] [--password P] [--speed X] [--hosting netframework|netcore] "
              "[--fault ENDPOINT=KIND[,...]]... [--seed small|normal]\n"
              "       bpmsoft-sandbox --site-only --dir D --database URL [--role test] "
              "[--port N] [--exit-with URL] ...\n"
              "Runs a simulated production BPMSoft site and 1C on 127.0.0.1 and writes "
              "D/profile.json and D/secrets for bpmsoft-upgrade. With --site-only, runs one "
              "site on the given database (e.g. the test site on a restored copy); with "
              "--exit-with it "
              "stops when the site at URL stops answering.\n"
              "Scenarios: happy, compile-errors, production-install-fails, integration-errors, "
              "flaky-network. Stop with Ctrl+C.\n");
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
    const QCommandLineOption scenarioFile(u"scenario-file"_s, tr("A JSON scenario file."), u"F"_s);
    const QCommandLineOption fault(u"fault"_s, tr("An extra fault (repeatable)."), u"SPEC"_s);
    const QCommandLineOption hosting(u"hosting"_s, tr("netframework or netcore."), u"KIND"_s);
    const QCommandLineOption role(u"role"_s, tr("production or test."), u"ROLE"_s);
    const QCommandLineOption siteOnly(u"site-only"_s, tr("Run one site only."));
    const QCommandLineOption seed(u"seed"_s, tr("small or normal."), u"SIZE"_s);
    const QCommandLineOption exitWith(
            u"exit-with"_s, tr("Stop when the site at this URL stops answering."), u"URL"_s);
    parser.addOptions({scenario, dir, port, database, password, speed, scenarioFile, fault, hosting,
                       role, siteOnly, seed, exitWith});
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
    // A parent that starts the sandbox (the upgrade's test site) passes it out of sight.
    else if (qEnvironmentVariableIsSet("BPMSOFT_SANDBOX_PASSWORD"))
        o.password = qEnvironmentVariable("BPMSOFT_SANDBOX_PASSWORD");
    o.scenarioFile = parser.value(scenarioFile);
    o.faults = parser.values(fault);
    o.siteOnly = parser.isSet(siteOnly);
    if (parser.isSet(exitWith)) {
        o.exitWith = QUrl(parser.value(exitWith));
        if (!o.exitWith.isValid() || o.exitWith.scheme().isEmpty()) {
            *error = tr("--exit-with must be a URL.");
            return std::nullopt;
        }
    }
    if (parser.isSet(hosting)) {
        o.hosting = parser.value(hosting);
        if (o.hosting != u"netframework"_s && o.hosting != u"netcore"_s) {
            *error = tr("--hosting must be netframework or netcore.");
            return std::nullopt;
        }
    }
    if (parser.isSet(role)) {
        o.role = parser.value(role);
        if (o.role != u"production"_s && o.role != u"test"_s) {
            *error = tr("--role must be production or test.");
            return std::nullopt;
        }
    }
    if (parser.isSet(seed)) {
        if (parser.value(seed) != u"small"_s && parser.value(seed) != u"normal"_s) {
            *error = tr("--seed must be small or normal.");
            return std::nullopt;
        }
        o.smallSeed = parser.value(seed) == u"small"_s;
    }
    if (o.directory.isEmpty()) {
        *error = tr("--dir is required.");
        return std::nullopt;
    }
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
