#include "RacClient.h"

#include "util/Log.h"
#include "util/Redactor.h"

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

constexpr int DefaultClusterPort = 1541;

QPair<QString, int> hostPort(const QString &address, int defaultPort)
{
    const qsizetype colon = address.lastIndexOf(u':');
    bool ok = false;
    const int port = colon > 0 ? address.mid(colon + 1).toInt(&ok) : 0;
    if (ok)
        return {address.left(colon).trimmed().toLower(), port};
    return {address.trimmed().toLower(), defaultPort};
}

bool isLoopback(const QString &host)
{
    return host == u"localhost"_s || host == u"127.0.0.1"_s || host == u"::1"_s;
}

} // namespace

RacClient::RacClient(CommandRunner &runner, Settings settings)
    : m_runner(runner)
    , m_settings(std::move(settings))
{
    Redactor::addSecret(m_settings.clusterPassword);
}

QList<RacRecord> RacClient::parse(const QString &output)
{
    QList<RacRecord> records;
    RacRecord current;
    for (QString line : output.split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty()) {
            if (!current.isEmpty())
                records.append(current);
            current.clear();
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        QString value = line.mid(colon + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        current.insert(line.left(colon).trimmed(), value);
    }
    if (!current.isEmpty())
        records.append(current);
    return records;
}

RacClient::Reply RacClient::run(const QStringList &arguments, bool withClusterAuth,
                                const Cancellation &cancel) const
{
    ProcessSpec spec;
    spec.program = m_settings.racPath;
    spec.arguments = QStringList{m_settings.rasAddress} + arguments;
    if (withClusterAuth && !m_settings.clusterUser.isEmpty()) {
        spec.arguments << u"--cluster-user=%1"_s.arg(m_settings.clusterUser);
        if (!m_settings.clusterPassword.isEmpty())
            spec.arguments << u"--cluster-pwd=%1"_s.arg(m_settings.clusterPassword);
    }
    spec.timeoutMs = m_settings.timeoutMs;
    Reply reply;
    reply.commandLine = ProcessRunner::commandLine(spec);
    logInfo(reply.commandLine);
    const ProcessResult result = m_runner.run(spec, cancel);
    reply.output = QString::fromLocal8Bit(result.standardOutput + result.standardError).trimmed();
    if (!result.succeeded()) {
        reply.error = tr("The 1C cluster administration (rac) %1: %2")
                              .arg(result.describe(), Redactor::redact(reply.output));
        logWarning(reply.error);
        return reply;
    }
    reply.ok = true;
    reply.records = parse(QString::fromLocal8Bit(result.standardOutput));
    return reply;
}

QString RacClient::findCluster(const QString &server, QString *error,
                               const Cancellation &cancel) const
{
    const Reply reply = run({u"cluster"_s, u"list"_s}, false, cancel);
    if (!reply.ok) {
        *error = reply.error;
        return {};
    }
    QList<RacRecord> clusters;
    for (const RacRecord &r : reply.records) {
        if (r.contains(u"cluster"_s))
            clusters.append(r);
    }
    if (clusters.isEmpty()) {
        *error = tr("The RAS at %1 lists no 1C cluster.").arg(m_settings.rasAddress);
        return {};
    }
    const auto [wantHost, wantPort] = hostPort(server, DefaultClusterPort);
    QStringList matches;
    for (const RacRecord &r : clusters) {
        const QString host = r.value(u"host"_s).toLower();
        const int port = r.value(u"port"_s).toInt();
        const bool sameHost = host == wantHost || (isLoopback(host) && isLoopback(wantHost)) ||
                              host.section(u'.', 0, 0) == wantHost.section(u'.', 0, 0);
        if (sameHost && (port == wantPort || port == 0))
            matches.append(r.value(u"cluster"_s));
    }
    if (matches.isEmpty() && clusters.size() == 1)
        matches.append(clusters.first().value(u"cluster"_s));
    if (matches.size() != 1) {
        *error = tr("Cannot tell which 1C cluster of the RAS at %1 serves %2: %n match(es).",
                    nullptr, int(matches.size()))
                         .arg(m_settings.rasAddress, server);
        return {};
    }
    return matches.first();
}

QString RacClient::findInfobase(const QString &cluster, const QString &name, QString *error,
                                const Cancellation &cancel) const
{
    const Reply reply = run(
            {u"infobase"_s, u"summary"_s, u"list"_s, u"--cluster=%1"_s.arg(cluster)}, true, cancel);
    if (!reply.ok) {
        *error = reply.error;
        return {};
    }
    for (const RacRecord &r : reply.records) {
        if (r.value(u"name"_s).compare(name, Qt::CaseInsensitive) == 0)
            return r.value(u"infobase"_s);
    }
    *error = tr("The 1C cluster has no infobase named %1.").arg(name);
    return {};
}

RacClient::Reply RacClient::infobaseInfo(const QString &cluster, const QString &infobase,
                                         const QString &user, const QString &password,
                                         const Cancellation &cancel) const
{
    QStringList args{u"infobase"_s, u"info"_s, u"--cluster=%1"_s.arg(cluster),
                     u"--infobase=%1"_s.arg(infobase)};
    if (!user.isEmpty())
        args << u"--infobase-user=%1"_s.arg(user);
    if (!password.isEmpty())
        args << u"--infobase-pwd=%1"_s.arg(password);
    return run(args, true, cancel);
}

RacClient::Reply RacClient::updateInfobase(const QString &cluster, const QString &infobase,
                                           const QString &user, const QString &password,
                                           const QStringList &settings,
                                           const Cancellation &cancel) const
{
    QStringList args{u"infobase"_s, u"update"_s, u"--infobase=%1"_s.arg(infobase)};
    if (!user.isEmpty())
        args << u"--infobase-user=%1"_s.arg(user);
    if (!password.isEmpty())
        args << u"--infobase-pwd=%1"_s.arg(password);
    args << u"--cluster=%1"_s.arg(cluster);
    args += settings;
    return run(args, true, cancel);
}

RacClient::Reply RacClient::sessions(const QString &cluster, const QString &infobase,
                                     const Cancellation &cancel) const
{
    return run({u"session"_s, u"list"_s, u"--cluster=%1"_s.arg(cluster),
                u"--infobase=%1"_s.arg(infobase)},
               true, cancel);
}

RacClient::Reply RacClient::terminateSession(const QString &cluster, const QString &session,
                                             const Cancellation &cancel) const
{
    return run({u"session"_s, u"terminate"_s, u"--cluster=%1"_s.arg(cluster),
                u"--session=%1"_s.arg(session)},
               true, cancel);
}

} // namespace upgrade
