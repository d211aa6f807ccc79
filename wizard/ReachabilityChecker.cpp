#include "ReachabilityChecker.h"

#include "util/Progress.h"

#include <QDir>
#include <QFileInfo>
#include <QTcpSocket>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

namespace {

using Status = ConnectionChecker::Result::Status;

ConnectionChecker::Result result(Status status, const QString &message, const QString &details = {})
{
    return {status, message, details};
}

/// "host[:port]" split; `defaultPort` when none is given.
std::pair<QString, int> hostPort(const QString &text, int defaultPort)
{
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(u':');
    if (colon > 0 && !trimmed.contains(u']')) {
        bool ok = false;
        const int port = trimmed.mid(colon + 1).toInt(&ok);
        if (ok)
            return {trimmed.left(colon), port};
    }
    return {trimmed, defaultPort};
}

} // namespace

QString ReachabilityChecker::connect(const QString &host, int port, Progress &progress) const
{
    if (progress.isCancelled())
        return tr("Cancelled.");
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    if (socket.waitForConnected(m_timeoutMs)) {
        socket.abort();
        return {};
    }
    return socket.errorString();
}

ConnectionChecker::Result ReachabilityChecker::check(const Profile &profile,
                                                     EnvironmentKind environment, Part part,
                                                     SecretStore &, Progress &progress)
{
    const EnvironmentSettings &env = profile.environment(environment);
    const bool test = environment == EnvironmentKind::Test;
    switch (part) {
    case Part::Site:
        return checkSite(env, test, progress);
    case Part::Database:
        return checkDatabase(env, test, progress);
    case Part::OneC:
        return checkOneC(env, test, progress);
    }
    return {};
}

ConnectionChecker::Result ReachabilityChecker::checkSite(const EnvironmentSettings &env, bool test,
                                                         Progress &progress) const
{
    const QUrl url(env.siteUrl);
    if (!url.isValid() || url.host().isEmpty())
        return result(Status::Failed, tr("Give the site's address first."));
    const int port = url.port(url.scheme() == u"https"_s ? 443 : 80);
    progress.setStatus(tr("Connecting to %1…").arg(url.host()));
    const QString error = connect(url.host(), port, progress);
    const QString where = u"%1:%2"_s.arg(url.host()).arg(port);
    if (error.isEmpty())
        return result(Status::Ok,
                      tr("The site's server %1 answers. The sign-in is checked when the run "
                         "starts.")
                              .arg(where));
    if (test)
        return result(Status::Warning,
                      tr("Nothing answers at %1 yet. That is expected before the test stage "
                         "creates the test site.")
                              .arg(where),
                      error);
    return result(Status::Failed,
                  tr("The site's server %1 does not answer. Check the address, that the site "
                     "is running, and the firewall.")
                          .arg(where),
                  error);
}

ConnectionChecker::Result ReachabilityChecker::checkDatabase(const EnvironmentSettings &env,
                                                             bool test, Progress &progress) const
{
    if (!env.database)
        return result(Status::Ok, tr("The hosting provider keeps the database: nothing to "
                                     "check from here."));
    const DatabaseSettings &db = *env.database;
    if (db.kind == DatabaseKind::Sqlite) {
        const QFileInfo file(db.path);
        if (file.isFile())
            return result(
                    Status::Ok,
                    tr("The database file %1 is there.").arg(QDir::toNativeSeparators(db.path)));
        if (test)
            return result(Status::Warning,
                          tr("The database file %1 does not exist yet; the test stage makes it "
                             "from the production backup.")
                                  .arg(QDir::toNativeSeparators(db.path)));
        return result(Status::Failed, tr("The database file %1 does not exist. Check the path.")
                                              .arg(QDir::toNativeSeparators(db.path)));
    }
    if (db.host.isEmpty())
        return result(Status::Failed, tr("Give the database server first."));
    const int port = db.port > 0 ? db.port : (db.kind == DatabaseKind::MsSql ? 1433 : 5432);
    progress.setStatus(tr("Connecting to %1…").arg(db.host));
    const QString error = connect(db.host, port, progress);
    const QString where = u"%1:%2"_s.arg(db.host).arg(port);
    if (error.isEmpty())
        return result(Status::Ok, tr("The database server %1 answers. The sign-in and the "
                                     "database are checked when the run starts.")
                                          .arg(where));
    return result(Status::Failed,
                  tr("The database server %1 does not answer. Check the server name, the port "
                     "and the firewall.")
                          .arg(where),
                  error);
}

ConnectionChecker::Result ReachabilityChecker::checkOneC(const EnvironmentSettings &env, bool test,
                                                         Progress &progress) const
{
    const OneCSettings &onec = env.onec;
    if (!onec.isConfigured())
        return result(Status::Warning,
                      tr("No 1C infobase is set. Without it the 1C backup and the integration "
                         "check cannot run."));
    if (!onec.isServer()) {
        if (QFileInfo(onec.filePath).isDir())
            return result(Status::Ok, tr("The file infobase folder %1 is there.")
                                              .arg(QDir::toNativeSeparators(onec.filePath)));
        if (test)
            return result(Status::Warning,
                          tr("The folder %1 does not exist yet; the test 1C infobase is "
                             "restored there.")
                                  .arg(QDir::toNativeSeparators(onec.filePath)));
        return result(Status::Failed,
                      tr("The file infobase folder %1 does not exist. Check the path.")
                              .arg(QDir::toNativeSeparators(onec.filePath)));
    }
    const auto [host, port] = hostPort(onec.server, 1541);
    progress.setStatus(tr("Connecting to %1…").arg(host));
    QString error = connect(host, port, progress);
    if (!error.isEmpty())
        return result(Status::Failed,
                      tr("The 1C cluster %1 does not answer. Check the server name and port, and "
                         "that the 1C server is running.")
                              .arg(u"%1:%2"_s.arg(host).arg(port)),
                      error);
    if (!onec.odataUrl.isEmpty()) {
        const QUrl url(onec.odataUrl);
        const int odataPort = url.port(url.scheme() == u"https"_s ? 443 : 80);
        error = connect(url.host(), odataPort, progress);
        if (!error.isEmpty())
            return result(Status::Warning,
                          tr("The 1C cluster answers, but the OData publication %1 does not. The "
                             "integration check needs it.")
                                  .arg(onec.odataUrl),
                          error);
    }
    return result(Status::Ok, tr("The 1C cluster %1 answers. The sign-in is checked when the run "
                                 "starts.")
                                      .arg(u"%1:%2"_s.arg(host).arg(port)));
}

} // namespace upgrade::wizard
