#include "BpmSoftClient.h"

#include "InstallLogAnalyzer.h"
#include "SyncHttpClient.h"
#include "profile/SecretKeys.h"
#include "profile/SecretStore.h"
#include "util/Log.h"
#include "util/Progress.h"
#include "util/Redactor.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace upgrade {

QString toString(BpmSoftFlavour flavour)
{
    switch (flavour) {
    case BpmSoftFlavour::NetFramework:
        return u"netframework"_s;
    case BpmSoftFlavour::NetCore:
        return u"netcore"_s;
    case BpmSoftFlavour::Auto:
        break;
    }
    return u"auto"_s;
}

namespace {

constexpr int MaxDetailBody = 2000;

const QString ServiceLogin = u"/ServiceModel/AuthService.svc/Login"_s;
const QString ServiceLogout = u"/ServiceModel/AuthService.svc/Logout"_s;
const QString ServiceInstaller = u"/ServiceModel/PackageInstallerService.svc/"_s;
const QString ServiceWorkspace = u"/ServiceModel/WorkspaceExplorerService.svc/"_s;
const QString ServiceDataPrefix = u"/DataService/json/SyncReply/"_s;

/// SysProcessStatus ids (bpmsoft-http-api.md §6.3).
ProcessLogEntry::Status processStatus(const QString &id)
{
    const QString v = id.toLower().remove(u'{').remove(u'}');
    if (v == u"ed2ae277-b6e2-df11-971b-001d60e938c6"_s)
        return ProcessLogEntry::Status::Running;
    if (v == u"815c9586-b6e2-df11-971b-001d60e938c6"_s)
        return ProcessLogEntry::Status::Completed;
    if (v == u"f942c08d-b6e2-df11-971b-001d60e938c6"_s)
        return ProcessLogEntry::Status::Error;
    if (v == u"1be78f3e-234d-4d6a-869a-dc07253fd2f3"_s)
        return ProcessLogEntry::Status::Cancelled;
    return ProcessLogEntry::Status::Other;
}

QDateTime parseServerDate(const QJsonValue &v)
{
    QString s = v.toString();
    if (s.isEmpty())
        return {};
    if (s.startsWith(u'"') && s.endsWith(u'"') && s.size() >= 2)
        s = s.mid(1, s.size() - 2);
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc());
    return t;
}

QJsonObject columnItem(const QString &path, int orderDirection, int orderPosition)
{
    return QJsonObject{
            {u"expression"_s, QJsonObject{{u"expressionType"_s, 0}, {u"columnPath"_s, path}}},
            {u"orderDirection"_s, orderDirection},
            {u"orderPosition"_s, orderPosition},
            {u"isVisible"_s, true}};
}

QJsonObject columnValues(const QMap<QString, DataValue> &values)
{
    QJsonObject items;
    for (auto it = values.begin(); it != values.end(); ++it)
        items.insert(it.key(), it.value().toParameterExpression());
    return QJsonObject{{u"items"_s, items}};
}

QPair<QByteArray, QByteArray> header(const QByteArray &name, const QByteArray &value)
{
    return {name, value};
}

bool looksLikeLoginPage(const QByteArray &body)
{
    const QByteArray head = body.left(64).trimmed();
    if (!head.startsWith('<'))
        return false;
    return body.contains("/Login/") || body.contains("bootstrap.login") ||
           body.contains("NuiLogin.aspx") || body.contains("Login.html");
}

QString mimeFor(const QString &fileName)
{
    return fileName.endsWith(u".zip"_s, Qt::CaseInsensitive) ? u"application/x-zip-compressed"_s
                                                             : u"application/x-gzip"_s;
}

} // namespace

BpmSoftClientOptions BpmSoftClientOptions::forEnvironment(const EnvironmentSettings &environment)
{
    BpmSoftClientOptions o;
    o.siteUrl = QUrl(environment.siteUrl.trimmed());
    o.userName = environment.userName;
    o.tlsCertificateSha256 = environment.tlsCertificateSha256;
    switch (environment.hosting) {
    case Hosting::IisNetFramework:
        o.flavour = BpmSoftFlavour::NetFramework;
        break;
    case Hosting::NetCoreLinux:
        o.flavour = BpmSoftFlavour::NetCore;
        break;
    case Hosting::Cloud:
    case Hosting::Sandbox:
        o.flavour = BpmSoftFlavour::Auto;
        break;
    }
    return o;
}

BpmSoftClient::BpmSoftClient(BpmSoftClientOptions options, QString password)
    : m_options(std::move(options))
    , m_password(std::move(password))
    , m_http(std::make_unique<SyncHttpClient>(m_options.tlsCertificateSha256))
    , m_logHttp(std::make_unique<SyncHttpClient>(m_options.tlsCertificateSha256))
    , m_anonHttp(std::make_unique<SyncHttpClient>(m_options.tlsCertificateSha256))
    , m_flavour(m_options.flavour)
{
    Redactor::addSecret(m_password);
}

BpmSoftClient::~BpmSoftClient() = default;

std::unique_ptr<BpmSoftClient> BpmSoftClient::forEnvironment(const Profile &profile,
                                                             EnvironmentKind environment,
                                                             SecretStore &secrets, QString *error)
{
    const EnvironmentSettings &env = profile.environment(environment);
    const QString key = SecretKeys::key(environment, SecretKeys::Site);
    QString readError;
    const std::optional<QString> password = secrets.get(key, &readError);
    if (!password) {
        if (error)
            *error = readError.isEmpty()
                             ? tr("The password of the BPMSoft user \"%1\" for %2 is not stored "
                                  "(secret "
                                  "\"%3\" in %4). Enter it in the wizard or provide it for "
                                  "unattended "
                                  "runs (docs/profile.md, Secrets).")
                                       .arg(env.userName, env.siteUrl, key, secrets.describe())
                             : tr("The password of the BPMSoft user \"%1\" could not be read: %2")
                                       .arg(env.userName, readError);
        return nullptr;
    }
    return std::make_unique<BpmSoftClient>(BpmSoftClientOptions::forEnvironment(env), *password);
}

// --- plumbing --------------------------------------------------------------------------------

bool BpmSoftClient::needsPrefix() const
{
    // /0 is required on .NET Framework and accepted on .NET Core: when unsure, use it.
    return m_flavour != BpmSoftFlavour::NetCore;
}

QUrl BpmSoftClient::url(const QString &path, bool root) const
{
    QUrl u = m_options.siteUrl;
    QString base = u.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    QString p = path;
    QString query;
    const qsizetype q = p.indexOf(u'?');
    if (q >= 0) {
        query = p.mid(q + 1);
        p.truncate(q);
    }
    const QString prefix = (!root && needsPrefix()) ? u"/0"_s : QString();
    u.setPath(base + prefix + p);
    u.setQuery(query.isEmpty() ? QString() : query);
    u.setFragment({});
    return u;
}

HttpRequest BpmSoftClient::makeRequest(const Call &call, SyncHttpClient &http) const
{
    HttpRequest r;
    r.method = call.method;
    r.url = url(call.path, call.rootPath);
    r.body = call.body;
    r.timeoutMs = call.timeoutMs == 0 ? m_options.requestTimeoutMs : call.timeoutMs;
    r.noResend = call.kind == CallKind::Change;
    if (!call.contentType.isEmpty() && (call.method != "GET" || !call.body.isEmpty()))
        r.headers.append(header("Content-Type", call.contentType));
    r.headers.append(header("Accept", "application/json"));
    r.headers.append(header("ForceUseSession", "true"));
    const QByteArray csrf = http.cookie(m_options.siteUrl, "BPMCSRF");
    if (!csrf.isEmpty())
        r.headers.append(header("BPMCSRF", csrf));
    return r;
}

bool BpmSoftClient::isLoginRedirect(const HttpResponse &response) const
{
    if (response.isRedirect()) {
        const QString target = response.location().toString();
        return target.contains(u"/Login/"_s, Qt::CaseInsensitive) ||
               target.contains(u"ReturnUrl"_s, Qt::CaseInsensitive);
    }
    return response.status == 200 && looksLikeLoginPage(response.body);
}

void BpmSoftClient::setError(BpmSoftError::Kind kind, const QString &message,
                             const HttpResponse *response, const QString &extra)
{
    m_error.kind = kind;
    m_error.message = message;
    m_error.httpStatus = response ? response->status : 0;
    m_error.mayHaveBeenApplied = false;
    QStringList details;
    if (response) {
        details.append(u"%1 -> %2"_s.arg(
                response->url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                response->status ? u"HTTP %1"_s.arg(response->status) : u"no HTTP answer"_s));
        if (!response->errorString.isEmpty())
            details.append(response->errorString);
        if (!response->tlsErrors.isEmpty())
            details.append(u"TLS: "_s + response->tlsErrors);
        if (!response->body.isEmpty())
            details.append(QString::fromUtf8(response->body.left(MaxDetailBody)));
    }
    if (!extra.isEmpty())
        details.append(extra);
    m_error.details = Redactor::redact(details.join(u'\n'));
    logWarning(u"BPMSoft: %1 | %2"_s.arg(message, m_error.details));
}

void BpmSoftClient::setTransportError(const HttpResponse &response, const QString &what,
                                      bool change)
{
    const QString site = m_options.siteUrl.toString(QUrl::RemoveUserInfo);
    const QString reason =
            (response.networkError == QNetworkReply::RemoteHostClosedError ||
             response.networkError == QNetworkReply::ContentReSendError ||
             response.errorString.isEmpty() || response.errorString == u"Unknown error"_s)
                    ? tr("the server closed the connection")
                    : response.errorString;
    if (response.cancelled) {
        setError(BpmSoftError::Kind::Cancelled, tr("%1: cancelled.").arg(what), &response);
    } else if (response.tlsRejected) {
        setError(BpmSoftError::Kind::Tls,
                 tr("%1: the TLS certificate of %2 is not trusted (%3). If it is the site's own "
                    "self-signed certificate, compare its SHA-256 fingerprint %4 with the one "
                    "the site's administrator sees, and put it in the profile as "
                    "tlsCertificateSha256.")
                         .arg(what, site, response.tlsErrors, response.peerCertificateSha256),
                 &response);
    } else if (response.timedOut) {
        setError(BpmSoftError::Kind::Timeout,
                 tr("%1: %2 did not answer in time. The site may be overloaded or stopped; "
                    "check it in a browser and try again.")
                         .arg(what, site),
                 &response);
    } else if (response.status >= 502 && response.status <= 504) {
        setError(BpmSoftError::Kind::Unavailable,
                 tr("%1: the site %2 is unavailable (HTTP %3); it may be starting or "
                    "restarting. Wait and try again.")
                         .arg(what, site)
                         .arg(response.status),
                 &response);
    } else if (response.networkError == QNetworkReply::ConnectionRefusedError ||
               response.networkError == QNetworkReply::HostNotFoundError) {
        setError(BpmSoftError::Kind::Network,
                 tr("%1: cannot connect to %2 (%3). Check that the site is running and that the "
                    "address in the profile is right.")
                         .arg(what, site, response.errorString),
                 &response);
    } else {
        setError(BpmSoftError::Kind::Network,
                 change ? tr("%1: the connection to %2 was lost before the answer came (%3). "
                             "The change may or may not have been made: check before repeating "
                             "it.")
                                  .arg(what, site, reason)
                        : tr("%1: the connection to %2 was lost (%3). Check the network and "
                             "try again.")
                                  .arg(what, site, reason),
                 &response);
    }
    m_error.mayHaveBeenApplied = change && !response.cancelled && !response.tlsRejected &&
                                 response.networkError != QNetworkReply::ConnectionRefusedError &&
                                 response.networkError != QNetworkReply::HostNotFoundError;
}

bool BpmSoftClient::sleep(int ms, Progress &progress)
{
    if (ms <= 0)
        return !progress.isCancelled();
    QEventLoop loop;
    QDeadlineTimer deadline(ms);
    QTimer tick;
    tick.setInterval(qMin(ms, 100));
    QObject::connect(&tick, &QTimer::timeout, &loop, [&]() {
        if (deadline.hasExpired() || progress.isCancelled())
            loop.quit();
    });
    tick.start();
    loop.exec();
    return !progress.isCancelled();
}

bool BpmSoftClient::loginOn(SyncHttpClient &http, Progress &progress, bool *credentialsRejected)
{
    if (credentialsRejected)
        *credentialsRejected = false;
    const QString site = m_options.siteUrl.toString(QUrl::RemoveUserInfo);
    const QString what = tr("Login to %1").arg(site);
    if (!m_options.siteUrl.isValid() || m_options.siteUrl.host().isEmpty()) {
        setError(BpmSoftError::Kind::BadResponse,
                 tr("The site address \"%1\" is not valid.").arg(site), nullptr);
        return false;
    }
    http.clearCookies();
    HttpRequest r;
    r.method = "POST";
    r.url = url(ServiceLogin, true);
    r.timeoutMs = m_options.requestTimeoutMs;
    r.headers = {{"Content-Type", "application/json; charset=utf-8"},
                 {"Accept", "application/json"},
                 {"ForceUseSession", "true"}};
    r.body = QJsonDocument(QJsonObject{{u"UserName"_s, m_options.userName},
                                       {u"UserPassword"_s, m_password}})
                     .toJson(QJsonDocument::Compact);
    HttpResponse resp;
    int delay = m_options.retryDelayMs;
    for (int attempt = 0;; ++attempt) {
        resp = http.send(r, progress.cancellation());
        const bool transient =
                (resp.isTransportFailure() && !resp.cancelled && !resp.tlsRejected) ||
                (resp.status >= 502 && resp.status <= 504);
        if (!transient || attempt >= m_options.readRetries)
            break;
        logInfo(u"BPMSoft: login attempt %1 failed (%2); retrying"_s.arg(attempt + 1)
                        .arg(resp.status ? QString::number(resp.status) : resp.errorString));
        if (!sleep(delay, progress))
            break;
        delay *= 2;
    }
    if (resp.isTransportFailure() || (resp.status >= 502 && resp.status <= 504)) {
        setTransportError(resp, what, false);
        return false;
    }
    if (resp.status == 401 || resp.status == 404 || resp.status == 405) {
        setError(BpmSoftError::Kind::NotFound,
                 tr("%1: the login service was not found (HTTP %2). Check that the address is "
                    "the site root, without /0 at the end.")
                         .arg(what)
                         .arg(resp.status),
                 &resp);
        return false;
    }
    if (resp.status != 200) {
        setError(BpmSoftError::Kind::ServerError,
                 tr("%1 failed: HTTP %2.").arg(what).arg(resp.status), &resp);
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(resp.body);
    if (!doc.isObject() || !doc.object().contains(u"Code"_s)) {
        setError(BpmSoftError::Kind::BadResponse,
                 tr("%1: the answer is not BPMSoft's login answer. Check that the address "
                    "points at the BPMSoft site.")
                         .arg(what),
                 &resp);
        return false;
    }
    const int code = doc.object().value(u"Code"_s).toInt(-1);
    if (code != 0) {
        if (credentialsRejected)
            *credentialsRejected = true;
        setError(BpmSoftError::Kind::WrongCredentials,
                 tr("%1: wrong user name or password for \"%2\". Check the password stored for "
                    "this site.")
                         .arg(what, m_options.userName),
                 &resp,
                 u"Code %1: %2"_s.arg(code).arg(doc.object().value(u"Message"_s).toString()));
        return false;
    }
    if (http.cookie(m_options.siteUrl, ".ASPXAUTH").isEmpty()) {
        setError(BpmSoftError::Kind::BadResponse,
                 tr("%1: the site accepted the login but gave no session cookie.").arg(what),
                 &resp);
        return false;
    }
    if (http.cookie(m_options.siteUrl, "BPMCSRF").isEmpty()) {
        // Some BPMSoft versions set BPMCSRF only on the first page: collect it with GET /.
        QUrl next = url(u"/"_s, true);
        for (int hop = 0; hop < 4 && !next.isEmpty(); ++hop) {
            HttpRequest g;
            g.url = next;
            g.timeoutMs = m_options.requestTimeoutMs;
            const HttpResponse page = http.send(g, progress.cancellation());
            if (page.cancelled) {
                setTransportError(page, what, false);
                return false;
            }
            if (!http.cookie(m_options.siteUrl, "BPMCSRF").isEmpty() || !page.isRedirect())
                break;
            const QUrl target = page.location();
            next = (target.host() == m_options.siteUrl.host() &&
                    target.port() == m_options.siteUrl.port())
                           ? target
                           : QUrl();
        }
        if (http.cookie(m_options.siteUrl, "BPMCSRF").isEmpty())
            logWarning(u"BPMSoft: the site set no BPMCSRF cookie; calls may be refused (403)"_s);
    }
    logInfo(u"BPMSoft: logged in to %1 as %2"_s.arg(site, m_options.userName));
    clearError();
    return true;
}

bool BpmSoftClient::login(Progress &progress)
{
    m_loggedIn = loginOn(*m_http, progress);
    return m_loggedIn;
}

bool BpmSoftClient::ensureLoggedIn(Progress &progress)
{
    return m_loggedIn || login(progress);
}

void BpmSoftClient::logout()
{
    if (!m_loggedIn)
        return;
    LogProgress quiet;
    HttpRequest r = makeRequest(Call::post(ServiceLogout), *m_http);
    r.timeoutMs = qMin(m_options.requestTimeoutMs, 15'000);
    const HttpResponse resp = m_http->send(r, quiet.cancellation());
    logInfo(u"BPMSoft: logged out (%1)"_s.arg(resp.status));
    m_loggedIn = false;
    m_http->clearCookies();
    if (m_logLoggedIn) {
        HttpRequest l = makeRequest(Call::post(ServiceLogout), *m_logHttp);
        l.timeoutMs = r.timeoutMs;
        m_logHttp->send(l, quiet.cancellation());
        m_logLoggedIn = false;
        m_logHttp->clearCookies();
    }
}

std::optional<HttpResponse> BpmSoftClient::call(const Call &c, Progress &progress)
{
    const bool change = c.kind == CallKind::Change;
    bool relogged = false;
    bool csrfRetried = false;
    int retries = 0;
    int delay = m_options.retryDelayMs;
    for (;;) {
        if (!ensureLoggedIn(progress))
            return std::nullopt;
        QElapsedTimer timer;
        timer.start();
        const HttpResponse resp = m_http->send(makeRequest(c, *m_http), progress.cancellation());
        logDebug(u"BPMSoft: %1 %2 -> %3 (%4 ms)"_s.arg(QString::fromLatin1(c.method), c.path)
                         .arg(resp.status)
                         .arg(timer.elapsed()));
        if (resp.cancelled || resp.tlsRejected) {
            setTransportError(resp, c.path, change);
            return std::nullopt;
        }
        if (resp.status == 401 || isLoginRedirect(resp)) {
            // Not processed: the session is gone. Log in again once and repeat.
            m_loggedIn = false;
            if (relogged) {
                setError(BpmSoftError::Kind::SessionLost,
                         tr("%1: the site still refuses the session after logging in again "
                            "(HTTP %2). The user may lack rights, or the site is restarting.")
                                 .arg(c.path)
                                 .arg(resp.status),
                         &resp);
                return std::nullopt;
            }
            relogged = true;
            logInfo(u"BPMSoft: session expired (%1); logging in again"_s.arg(resp.status));
            continue;
        }
        if (resp.status == 403 && !csrfRetried &&
            m_http->cookie(m_options.siteUrl, "BPMCSRF").isEmpty()) {
            csrfRetried = true;
            m_loggedIn = false; // the next login collects BPMCSRF with GET /
            continue;
        }
        const bool transient =
                resp.isTransportFailure() || (resp.status >= 502 && resp.status <= 504);
        if (transient) {
            if (!change && retries < m_options.readRetries) {
                ++retries;
                logInfo(u"BPMSoft: %1 failed (%2); retry %3 of %4"_s.arg(c.path)
                                .arg(resp.status ? QString::number(resp.status) : resp.errorString)
                                .arg(retries)
                                .arg(m_options.readRetries));
                if (!sleep(delay, progress)) {
                    HttpResponse cancelled = resp;
                    cancelled.cancelled = true;
                    setTransportError(cancelled, c.path, change);
                    return std::nullopt;
                }
                delay *= 2;
                continue;
            }
            setTransportError(resp, c.path, change);
            return std::nullopt;
        }
        return resp;
    }
}

std::optional<QJsonObject> BpmSoftClient::callJson(const Call &c, Progress &progress,
                                                   const QString &what)
{
    const auto resp = call(c, progress);
    if (!resp) {
        m_error.message = what + u": "_s + m_error.message;
        return std::nullopt;
    }
    if (resp->status == 403) {
        setError(BpmSoftError::Kind::Forbidden,
                 tr("%1: access denied (HTTP 403). The user \"%2\" may lack the rights "
                    "(system administrator), or the site refused the CSRF token.")
                         .arg(what, m_options.userName),
                 &*resp);
        return std::nullopt;
    }
    if (resp->status == 404) {
        setError(BpmSoftError::Kind::NotFound,
                 tr("%1: the service was not found on this site (HTTP 404).").arg(what), &*resp);
        return std::nullopt;
    }
    if (!resp->isSuccess()) {
        QString serverMessage;
        const QJsonDocument doc = QJsonDocument::fromJson(resp->body);
        if (doc.isObject()) {
            const QJsonObject o = doc.object();
            serverMessage = o.value(u"Message"_s).toString();
            if (serverMessage.isEmpty())
                serverMessage = o.value(u"errorInfo"_s).toObject().value(u"message"_s).toString();
        }
        setError(BpmSoftError::Kind::ServerError,
                 serverMessage.isEmpty() ? tr("%1 failed: HTTP %2.").arg(what).arg(resp->status)
                                         : tr("%1 failed: HTTP %2, %3")
                                                   .arg(what)
                                                   .arg(resp->status)
                                                   .arg(serverMessage),
                 &*resp);
        m_error.mayHaveBeenApplied = c.kind == CallKind::Change;
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(resp->body, &parseError);
    if (!doc.isObject()) {
        setError(BpmSoftError::Kind::BadResponse,
                 tr("%1: the site's answer is not the expected JSON (%2).")
                         .arg(what, parseError.errorString()),
                 &*resp);
        m_error.mayHaveBeenApplied = c.kind == CallKind::Change;
        return std::nullopt;
    }
    clearError();
    return doc.object();
}

// --- flavour and health -----------------------------------------------------------------------

BpmSoftFlavour BpmSoftClient::flavour(Progress &progress)
{
    if (m_flavour != BpmSoftFlavour::Auto)
        return m_flavour;
    // clio's runtime detection: the .NET Framework login page lives under /0, .NET 8's at /.
    const auto probe = [&](const QString &path) {
        HttpRequest r;
        r.url = url(path, true);
        r.timeoutMs = qMin(m_options.requestTimeoutMs, 30'000);
        return m_anonHttp->send(r, progress.cancellation());
    };
    if (probe(u"/0/Login/NuiLogin.aspx"_s).status == 200)
        m_flavour = BpmSoftFlavour::NetFramework;
    else if (probe(u"/Login/Login.html"_s).status == 200)
        m_flavour = BpmSoftFlavour::NetCore;
    if (m_flavour != BpmSoftFlavour::Auto)
        logInfo(u"BPMSoft: %1 is hosted as %2"_s.arg(m_options.siteUrl.toString(),
                                                     toString(m_flavour)));
    return m_flavour;
}

HealthStatus BpmSoftClient::ping(Progress &progress)
{
    HealthStatus h;
    const QString site = m_options.siteUrl.toString(QUrl::RemoveUserInfo);
    const BpmSoftFlavour fl = flavour(progress);
    HttpRequest r;
    r.url = url(fl == BpmSoftFlavour::NetCore ? u"/api/HealthCheck/Ping"_s
                                              : u"/0/api/HealthCheck/Ping"_s,
                true);
    r.timeoutMs = qMin(m_options.requestTimeoutMs, 30'000);
    HttpResponse resp = m_anonHttp->send(r, progress.cancellation());
    bool fallback = false;
    if (resp.status == 404) {
        // No public ping on this version: the login page answering is the next best sign.
        HttpRequest page;
        page.url = url(fl == BpmSoftFlavour::NetCore ? u"/Login/Login.html"_s
                                                     : u"/0/Login/NuiLogin.aspx"_s,
                       true);
        page.timeoutMs = r.timeoutMs;
        resp = m_anonHttp->send(page, progress.cancellation());
        fallback = true;
    }
    h.httpStatus = resp.status;
    h.details = u"%1 -> %2 %3"_s.arg(resp.url.toString(QUrl::RemoveUserInfo))
                        .arg(resp.status)
                        .arg(resp.errorString);
    if (resp.status == 200) {
        h.state = HealthStatus::State::Healthy;
        h.message = fallback ? tr("The site %1 answers (its login page opens; it has no health "
                                  "ping).")
                                       .arg(site)
                             : tr("The site %1 is healthy.").arg(site);
    } else if (resp.isRedirect()) {
        h.state = HealthStatus::State::RedirectedToLogin;
        h.message = tr("The site %1 redirects the health check to %2: it is not serving "
                       "requests.")
                            .arg(site, resp.location().toString());
    } else if (resp.status >= 502 && resp.status <= 504) {
        h.state = HealthStatus::State::Unavailable;
        h.message = tr("The site %1 is unavailable (HTTP %2): starting, restarting or "
                       "stopped.")
                            .arg(site)
                            .arg(resp.status);
    } else if (resp.isTransportFailure()) {
        h.state = HealthStatus::State::Unreachable;
        h.message =
                resp.tlsRejected
                        ? tr("The TLS certificate of %1 is not trusted (fingerprint %2).")
                                  .arg(site, resp.peerCertificateSha256)
                        : tr("The site %1 does not answer (%2).")
                                  .arg(site, resp.timedOut ? tr("timed out") : resp.errorString);
    } else {
        h.state = HealthStatus::State::Error;
        h.message = tr("The health check of %1 answered HTTP %2.").arg(site).arg(resp.status);
    }
    return h;
}

bool BpmSoftClient::waitUntilReady(Progress &progress)
{
    const QString site = m_options.siteUrl.toString(QUrl::RemoveUserInfo);
    QElapsedTimer elapsed;
    elapsed.start();
    progress.setStatus(tr("Waiting for %1 to start…").arg(site));
    if (!sleep(m_options.readinessInitialDelayMs, progress)) {
        setError(BpmSoftError::Kind::Cancelled, tr("Waiting for the site: cancelled."), nullptr);
        return false;
    }
    int rejections = 0;
    QString lastState;
    for (;;) {
        const HealthStatus h = ping(progress);
        if (progress.isCancelled())
            break;
        lastState = h.message;
        if (h.isHealthy()) {
            m_loggedIn = false;
            bool rejected = false;
            if (loginOn(*m_http, progress, &rejected)) {
                m_loggedIn = true;
                Select probe(u"SysSettings"_s, {u"Id"_s});
                probe.rowCount = 1;
                // One attempt per probe: the loop is the retry.
                const int savedRetries = m_options.readRetries;
                m_options.readRetries = 0;
                const auto rows = select(probe, progress);
                m_options.readRetries = savedRetries;
                if (rows) {
                    logInfo(u"BPMSoft: %1 is ready after %2 s"_s.arg(site).arg(elapsed.elapsed() /
                                                                               1000));
                    clearError();
                    return true;
                }
                lastState = m_error.message;
                rejections = 0;
            } else if (rejected) {
                if (++rejections >= 2)
                    return false; // m_error says: wrong user name or password
                lastState = m_error.message;
            } else {
                lastState = m_error.message;
            }
        }
        const qint64 seconds = elapsed.elapsed() / 1000;
        progress.setStatus(
                tr("Waiting for %1 to start (%2 s): %3").arg(site).arg(seconds).arg(lastState));
        if (elapsed.elapsed() + m_options.readinessProbeIntervalMs > m_options.readinessBudgetMs) {
            setError(BpmSoftError::Kind::Timeout,
                     tr("The site %1 did not become ready within %2 s. Last state: %3")
                             .arg(site)
                             .arg(m_options.readinessBudgetMs / 1000)
                             .arg(lastState),
                     nullptr);
            return false;
        }
        if (!sleep(m_options.readinessProbeIntervalMs, progress))
            break;
    }
    setError(BpmSoftError::Kind::Cancelled, tr("Waiting for the site: cancelled."), nullptr);
    return false;
}

// --- platform and packages --------------------------------------------------------------------

std::optional<PlatformVersion> BpmSoftClient::platformVersion(Progress &progress)
{
    const auto stop = [this]() {
        using K = BpmSoftError::Kind;
        return m_error.kind == K::Cancelled || m_error.kind == K::Tls ||
               m_error.kind == K::WrongCredentials;
    };
    const auto info = callJson(
            Call::post(u"/ServiceModel/ApplicationInfoService.svc/GetApplicationInfo"_s, "{}"),
            progress, tr("Reading the platform version"));
    if (info) {
        const QString v = info->value(u"applicationInfo"_s)
                                  .toObject()
                                  .value(u"sysValues"_s)
                                  .toObject()
                                  .value(u"coreVersion"_s)
                                  .toString();
        if (!v.isEmpty())
            return PlatformVersion{v, PlatformVersion::Source::ApplicationInfo};
    } else if (stop()) {
        return std::nullopt;
    }
    // The login page carries BPMSoft.coreVersion = "…".
    static const QRegularExpression re(
            uR"((?:BPMSoft|Terrasoft)\.coreVersion\s*=\s*["']([0-9][0-9.]*)["'])"_s);
    const BpmSoftFlavour fl = flavour(progress);
    QStringList pages;
    if (fl != BpmSoftFlavour::NetCore)
        pages.append(u"/0/Login/NuiLogin.aspx"_s);
    if (fl != BpmSoftFlavour::NetFramework)
        pages.append(u"/Login/Login.html"_s);
    for (const QString &page : pages) {
        HttpRequest r;
        r.url = url(page, true);
        r.timeoutMs = m_options.requestTimeoutMs;
        const HttpResponse resp = m_anonHttp->send(r, progress.cancellation());
        const auto m = re.match(QString::fromUtf8(resp.body));
        if (resp.status == 200 && m.hasMatch())
            return PlatformVersion{m.captured(1), PlatformVersion::Source::LoginPage};
    }
    const auto packages = installedPackages(progress);
    if (packages) {
        for (const InstalledPackage &p : *packages)
            if (p.name == u"Base"_s && !p.version.isEmpty())
                return PlatformVersion{p.version, PlatformVersion::Source::BasePackage};
        setError(BpmSoftError::Kind::BadResponse,
                 tr("The platform version could not be read: the site reports it nowhere "
                    "(application info, login page, package Base)."),
                 nullptr);
    }
    return std::nullopt;
}

std::optional<QList<InstalledPackage>> BpmSoftClient::installedPackages(Progress &progress)
{
    const auto json = callJson(Call::post(u"/ServiceModel/PackageService.svc/GetPackages"_s, "{}"),
                               progress, tr("Reading the installed packages"));
    if (json && json->value(u"success"_s).toBool(true) && json->value(u"packages"_s).isArray()) {
        QList<InstalledPackage> out;
        for (const QJsonValue &v : json->value(u"packages"_s).toArray()) {
            const QJsonObject p = v.toObject();
            out.append({p.value(u"name"_s).toString(), p.value(u"uId"_s).toString(),
                        p.value(u"version"_s).toString(), p.value(u"maintainer"_s).toString()});
        }
        return out;
    }
    using K = BpmSoftError::Kind;
    if (!json && (m_error.kind == K::Cancelled || m_error.kind == K::Tls ||
                  m_error.kind == K::WrongCredentials))
        return std::nullopt;
    logInfo(u"BPMSoft: GetPackages unusable (%1); reading SysPackage"_s.arg(m_error.message));
    Select q(u"SysPackage"_s, {u"Name"_s, u"UId"_s, u"Version"_s, u"Maintainer"_s});
    q.orderBy = u"Name"_s;
    const auto rows = select(q, progress);
    if (!rows)
        return std::nullopt;
    QList<InstalledPackage> out;
    for (const QJsonObject &row : *rows)
        out.append({row.value(u"Name"_s).toString(), row.value(u"UId"_s).toString(),
                    row.value(u"Version"_s).toString(), row.value(u"Maintainer"_s).toString()});
    return out;
}

// --- configuration ----------------------------------------------------------------------------

std::optional<CompileResult> BpmSoftClient::workspaceCall(const QString &method,
                                                          const QByteArray &body,
                                                          Progress &progress, const QString &what)
{
    progress.setFraction(-1);
    const auto json = callJson(Call::post(ServiceWorkspace + method, body, CallKind::Change,
                                          m_options.longOperationTimeoutMs),
                               progress, what);
    if (!json)
        return std::nullopt;
    CompileResult r;
    r.buildResult = json->value(u"buildResult"_s).toInt(-1);
    for (const QJsonValue &v : json->value(u"errors"_s).toArray()) {
        const QJsonObject e = v.toObject();
        CompileMessage m{e.value(u"fileName"_s).toString(),  e.value(u"line"_s).toInt(),
                         e.value(u"column"_s).toInt(),       e.value(u"errorNumber"_s).toString(),
                         e.value(u"errorText"_s).toString(), e.value(u"warning"_s).toBool()};
        (m.warning ? r.warnings : r.errors).append(m);
    }
    const QJsonObject errorInfo = json->value(u"errorInfo"_s).toObject();
    r.message = errorInfo.value(u"message"_s).toString();
    if (r.message.isEmpty())
        r.message = json->value(u"message"_s).toString();
    const bool success = json->value(u"success"_s).toBool(false);
    // As crtcli: a failure needs success:false AND (an error, or an error message).
    r.success = success || (r.errors.isEmpty() && r.message.isEmpty());
    logInfo(u"BPMSoft: %1: success=%2, %3 errors, %4 warnings"_s.arg(method)
                    .arg(r.success)
                    .arg(r.errors.size())
                    .arg(r.warnings.size()));
    return r;
}

std::optional<CompileResult> BpmSoftClient::generateAllSchemaSources(Progress &progress)
{
    progress.setStatus(tr("Generating source code for all items…"));
    return workspaceCall(u"GenerateAllSchemasSources"_s, {}, progress,
                         tr("Generating the source code"));
}

std::optional<CompileResult> BpmSoftClient::compileAll(Progress &progress)
{
    progress.setStatus(tr("Compiling all (\"Компилировать все\")…"));
    return workspaceCall(u"Rebuild"_s, "{}", progress, tr("Compiling the configuration"));
}

// --- upload and install -----------------------------------------------------------------------

std::optional<QString> BpmSoftClient::uploadMultipart(const QString &filePath, Progress &progress,
                                                      bool *refused)
{
    *refused = false;
    const QFileInfo info(filePath);
    const QString what = tr("Uploading %1").arg(info.fileName());
    bool relogged = false;
    int retries = 0;
    for (;;) {
        if (!ensureLoggedIn(progress))
            return std::nullopt;
        auto *file = new QFile(filePath);
        if (!file->open(QIODevice::ReadOnly)) {
            setError(BpmSoftError::Kind::BadResponse,
                     tr("%1: cannot read the file: %2").arg(what, file->errorString()), nullptr);
            delete file;
            return std::nullopt;
        }
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       u"form-data; name=\"files\"; filename=\"%1\""_s.arg(info.fileName()));
        part.setHeader(QNetworkRequest::ContentTypeHeader, mimeFor(info.fileName()));
        part.setBodyDevice(file);
        file->setParent(multi);
        multi->append(part);
        Call upload = Call::post(ServiceInstaller + u"UploadPackage"_s);
        upload.contentType.clear(); // QNetworkAccessManager sets multipart/form-data; boundary
        HttpRequest r = makeRequest(upload, *m_http);
        r.body.clear();
        r.multiPart = multi;
        r.timeoutMs = -1;
        r.idleTimeoutMs = m_options.uploadIdleTimeoutMs;
        const qint64 size = info.size();
        r.onUploadProgress = [&progress, size, name = info.fileName()](qint64 sent, qint64 total) {
            if (total <= 0)
                return; // Qt reports (0, 0) when the request is done
            if (size > 0)
                progress.setFraction(double(qMin(sent, size)) / double(size));
            progress.setStatus(tr("Uploading %1: %2 of %3 KiB")
                                       .arg(name)
                                       .arg(qMin(sent, size) / 1024)
                                       .arg(size / 1024));
        };
        const HttpResponse resp = m_http->send(r, progress.cancellation());
        if (resp.cancelled || resp.tlsRejected) {
            setTransportError(resp, what, false);
            return std::nullopt;
        }
        if ((resp.status == 401 || isLoginRedirect(resp)) && !relogged) {
            relogged = true;
            m_loggedIn = false;
            continue;
        }
        if (resp.isTransportFailure() || (resp.status >= 502 && resp.status <= 504)) {
            if (retries++ < m_options.readRetries && sleep(m_options.retryDelayMs, progress))
                continue; // an upload only replaces the file: safe to repeat
            setTransportError(resp, what, false);
            return std::nullopt;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(resp.body);
        if (resp.status == 413 || resp.status == 404 || resp.status == 415 || resp.status == 400 ||
            (resp.isSuccess() && !doc.isObject())) {
            *refused = true;
            setError(BpmSoftError::Kind::BadResponse,
                     tr("%1: the site refused the multipart upload (HTTP %2).")
                             .arg(what)
                             .arg(resp.status),
                     &resp);
            return std::nullopt;
        }
        if (!resp.isSuccess() || !doc.object().value(u"success"_s).toBool(false)) {
            const QString message =
                    doc.object().value(u"errorInfo"_s).toObject().value(u"message"_s).toString();
            setError(BpmSoftError::Kind::OperationFailed,
                     message.isEmpty() ? tr("%1 failed (HTTP %2).").arg(what).arg(resp.status)
                                       : tr("%1 failed: %2").arg(what, message),
                     &resp);
            return std::nullopt;
        }
        progress.setFraction(1.0);
        return info.fileName();
    }
}

std::optional<QString> BpmSoftClient::uploadChunked(const QString &filePath, Progress &progress)
{
    const QFileInfo info(filePath);
    const QString what = tr("Uploading %1 in parts").arg(info.fileName());
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(BpmSoftError::Kind::BadResponse,
                 tr("%1: cannot read the file: %2").arg(what, file.errorString()), nullptr);
        return std::nullopt;
    }
    const qint64 total = file.size();
    const qint64 chunk = qMax<qint64>(64 * 1024, m_options.uploadChunkBytes);
    QUrlQuery query;
    query.addQueryItem(u"totalFileLength"_s, QString::number(total));
    query.addQueryItem(u"fileName"_s, info.fileName());
    query.addQueryItem(u"mimeType"_s, mimeFor(info.fileName()));
    const QString path =
            ServiceInstaller + u"UploadPackage?"_s + query.toString(QUrl::FullyEncoded);
    for (qint64 offset = 0; offset < total || (total == 0 && offset == 0);) {
        const QByteArray bytes = file.read(chunk);
        const qint64 end = offset + bytes.size() - 1;
        // Repeating a chunk only rewrites the same bytes: a read as far as retries go.
        Call c = Call::post(path, bytes, CallKind::Read, -1);
        c.contentType = mimeFor(info.fileName()).toLatin1();
        std::optional<HttpResponse> resp;
        {
            // call() builds the request; the range headers are added through a copy.
            if (!ensureLoggedIn(progress))
                return std::nullopt;
            HttpRequest r = makeRequest(c, *m_http);
            r.idleTimeoutMs = m_options.uploadIdleTimeoutMs;
            r.headers.append(header(
                    "Content-Range",
                    u"bytes %1-%2/%3"_s.arg(offset).arg(qMax(end, offset)).arg(total).toLatin1()));
            r.headers.append(header("Content-Disposition",
                                    u"attachment; filename=%1"_s.arg(info.fileName()).toUtf8()));
            int retries = 0;
            bool relogged = false;
            for (;;) {
                HttpResponse one = m_http->send(r, progress.cancellation());
                if (one.cancelled || one.tlsRejected) {
                    setTransportError(one, what, false);
                    return std::nullopt;
                }
                if ((one.status == 401 || isLoginRedirect(one)) && !relogged) {
                    relogged = true;
                    m_loggedIn = false;
                    if (!ensureLoggedIn(progress))
                        return std::nullopt;
                    r = makeRequest(c, *m_http);
                    r.idleTimeoutMs = m_options.uploadIdleTimeoutMs;
                    r.headers.append(header("Content-Range", u"bytes %1-%2/%3"_s.arg(offset)
                                                                     .arg(qMax(end, offset))
                                                                     .arg(total)
                                                                     .toLatin1()));
                    r.headers.append(
                            header("Content-Disposition",
                                   u"attachment; filename=%1"_s.arg(info.fileName()).toUtf8()));
                    continue;
                }
                if ((one.isTransportFailure() || (one.status >= 502 && one.status <= 504)) &&
                    retries++ < m_options.readRetries) {
                    if (!sleep(m_options.retryDelayMs, progress))
                        return std::nullopt;
                    continue;
                }
                resp = one;
                break;
            }
        }
        if (resp->isTransportFailure() || (resp->status >= 502 && resp->status <= 504)) {
            setTransportError(*resp, what, false);
            return std::nullopt;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(resp->body);
        if (!resp->isSuccess() || !doc.isObject() ||
            !doc.object().value(u"success"_s).toBool(false)) {
            const QString message =
                    doc.object().value(u"errorInfo"_s).toObject().value(u"message"_s).toString();
            setError(BpmSoftError::Kind::OperationFailed,
                     message.isEmpty() ? tr("%1 failed at byte %2 (HTTP %3).")
                                                 .arg(what)
                                                 .arg(offset)
                                                 .arg(resp->status)
                                       : tr("%1 failed: %2").arg(what, message),
                     &*resp);
            return std::nullopt;
        }
        offset += bytes.size();
        if (total > 0)
            progress.setFraction(double(offset) / double(total));
        progress.setStatus(tr("Uploading %1: %2 of %3 KiB")
                                   .arg(info.fileName())
                                   .arg(offset / 1024)
                                   .arg(total / 1024));
        if (bytes.isEmpty())
            break;
    }
    return info.fileName();
}

std::optional<QString> BpmSoftClient::uploadPackage(const QString &filePath, Progress &progress)
{
    const QFileInfo info(filePath);
    if (!info.isFile()) {
        setError(BpmSoftError::Kind::BadResponse,
                 tr("The package archive %1 does not exist.").arg(filePath), nullptr);
        return std::nullopt;
    }
    progress.setStatus(tr("Uploading %1…").arg(info.fileName()));
    QElapsedTimer timer;
    timer.start();
    bool refused = false;
    auto name = uploadMultipart(filePath, progress, &refused);
    if (!name && refused) {
        logInfo(u"BPMSoft: multipart upload refused; uploading in chunks"_s);
        name = uploadChunked(filePath, progress);
    }
    if (name) {
        const double seconds = qMax<qint64>(1, timer.elapsed()) / 1000.0;
        logInfo(u"BPMSoft: uploaded %1 (%2 KiB in %3 s, %4 MiB/s)"_s.arg(*name)
                        .arg(info.size() / 1024)
                        .arg(seconds, 0, 'f', 2)
                        .arg(info.size() / 1048576.0 / seconds, 0, 'f', 1));
        clearError();
    }
    return name;
}

std::optional<QString> BpmSoftClient::fetchLog(SyncHttpClient &http, Progress &progress)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        bool *loggedIn = &http == m_http.get() ? &m_loggedIn : &m_logLoggedIn;
        if (!*loggedIn) {
            *loggedIn = loginOn(http, progress);
            if (!*loggedIn)
                return std::nullopt;
        }
        HttpRequest r = makeRequest(Call::get(ServiceInstaller + u"GetLogFile"_s), http);
        const HttpResponse resp = http.send(r, progress.cancellation());
        if (resp.status == 401 || isLoginRedirect(resp)) {
            *loggedIn = false;
            continue;
        }
        if (resp.isSuccess())
            return QString::fromUtf8(resp.body);
        if (resp.isTransportFailure())
            setTransportError(resp, tr("Reading the installation log"), false);
        else
            setError(BpmSoftError::Kind::ServerError,
                     tr("Reading the installation log failed: HTTP %1.").arg(resp.status), &resp);
        return std::nullopt;
    }
    setError(BpmSoftError::Kind::SessionLost,
             tr("Reading the installation log: the site refuses the session."), nullptr);
    return std::nullopt;
}

std::optional<QString> BpmSoftClient::installLog(Progress &progress)
{
    return fetchLog(*m_http, progress);
}

InstallOutcome BpmSoftClient::installPackage(const QString &uploadedFileName, Progress &progress)
{
    InstallOutcome outcome;
    const QString what = tr("Installing %1").arg(uploadedFileName);
    if (!ensureLoggedIn(progress)) {
        outcome.status = InstallOutcome::Status::Failed;
        outcome.message = m_error.message;
        return outcome;
    }
    // On .NET Framework the session is locked while InstallPackage runs (GetLogFile on it
    // would wait until the end): poll from a second session. When unsure, do the same.
    const bool secondSession = m_flavour != BpmSoftFlavour::NetCore;
    SyncHttpClient &logHttp = secondSession ? *m_logHttp : *m_http;
    if (secondSession && !m_logLoggedIn) {
        m_logLoggedIn = loginOn(*m_logHttp, progress);
        if (!m_logLoggedIn)
            logWarning(u"BPMSoft: no second session for the live log: %1"_s.arg(m_error.message));
    }
    QString lastLog;
    bool logReadable = false;
    if (m_logLoggedIn || !secondSession) {
        if (const auto before = fetchLog(logHttp, progress))
            lastLog = *before; // the previous installation's log: not ours
    }
    const QString baseline = lastLog;
    const auto consume = [&](const QString &text) {
        bool restarted = false;
        const QStringList fresh = InstallLogAnalyzer::newLines(lastLog, text, &restarted);
        if (restarted && !lastLog.isEmpty() && lastLog != baseline)
            progress.log(tr("(the installation log was started again)"));
        for (const QString &line : fresh)
            progress.log(line);
        // Keep up to the last complete line, so a partial line is reported once complete.
        const qsizetype end = text.lastIndexOf(u'\n');
        if (end >= 0 && (fresh.size() || restarted || text.startsWith(lastLog)))
            lastLog = text.left(end + 1);
        logReadable = true;
    };

    progress.setStatus(
            tr("Installing %1 (about 10 minutes on a real site)…").arg(uploadedFileName));
    progress.setFraction(-1);
    // The body is a bare JSON string: "Name.zip".
    const Call c = Call::post(ServiceInstaller + u"InstallPackage"_s,
                              QJsonDocument(QJsonArray{uploadedFileName})
                                      .toJson(QJsonDocument::Compact)
                                      .mid(1)
                                      .chopped(1),
                              CallKind::Change, -1);
    bool polling = false;
    bool logSessionOk = m_logLoggedIn || !secondSession;
    const auto pulse = [&]() {
        if (polling || !logSessionOk)
            return;
        polling = true;
        if (const auto text = fetchLog(logHttp, progress))
            consume(*text);
        else
            logSessionOk = m_logLoggedIn; // a re-login failure stops the live log
        polling = false;
    };
    std::optional<HttpResponse> resp;
    for (int attempt = 0; attempt < 2; ++attempt) {
        HttpResponse r = m_http->send(makeRequest(c, *m_http), progress.cancellation(), pulse,
                                      m_options.logPollIntervalMs);
        if ((r.status == 401 || isLoginRedirect(r)) && attempt == 0) {
            // Refused before it started: log in again and start it.
            m_loggedIn = false;
            if (!ensureLoggedIn(progress))
                break;
            continue;
        }
        resp = r;
        break;
    }
    if (!resp) {
        outcome.status = InstallOutcome::Status::Failed;
        outcome.message = m_error.message;
        return outcome;
    }
    if (resp->cancelled) {
        outcome.status = InstallOutcome::Status::Cancelled;
        outcome.message = tr("Waiting for the installation was cancelled. The server may still be "
                             "installing: do not restart the site or start another installation "
                             "until its log says it finished.");
        outcome.log = lastLog;
        return outcome;
    }
    InstallLogAnalyzer::Input input;
    input.responseDetails = Redactor::redact(
            u"HTTP %1 %2\n%3"_s.arg(resp->status)
                    .arg(resp->errorString, QString::fromUtf8(resp->body.left(MaxDetailBody))));
    const QJsonDocument doc = QJsonDocument::fromJson(resp->body);
    const bool answerLost = resp->isTransportFailure() || resp->status >= 502 || !doc.isObject();
    if (!answerLost)
        input.response = doc.object();
    if (answerLost) {
        // The server may still be installing: follow the log until it says it finished, or
        // stops changing for a long time.
        logWarning(u"BPMSoft: the answer to InstallPackage was lost (%1); following the log"_s.arg(
                input.responseDetails.left(200)));
        progress.log(tr("The connection to the site was lost during the installation; following "
                        "the installation log."));
        QElapsedTimer quiet;
        quiet.start();
        QString previous = lastLog;
        while (!progress.isCancelled()) {
            if (!sleep(m_options.logPollIntervalMs, progress))
                break;
            const auto text = fetchLog(logHttp, progress);
            if (text) {
                consume(*text);
                if (*text != previous) {
                    previous = *text;
                    quiet.restart();
                }
                if (InstallLogAnalyzer::hasFinished(*text) && *text != baseline)
                    break;
            }
            if (quiet.elapsed() > m_options.installLostAnswerWaitMs)
                break;
        }
    }
    const auto finalLog = fetchLog(logHttp, progress);
    if (finalLog) {
        consume(*finalLog);
        input.logAvailable = *finalLog != baseline || baseline.isEmpty();
        input.log = *finalLog;
    } else if (logReadable && lastLog != baseline) {
        input.logAvailable = true;
        input.log = lastLog;
    }
    outcome = InstallLogAnalyzer::analyse(input);
    logInfo(u"BPMSoft: %1: %2"_s.arg(what, outcome.message));
    if (outcome.isSuccess())
        clearError();
    else
        setError(BpmSoftError::Kind::OperationFailed, outcome.message, nullptr,
                 outcome.errors.join(u'\n'));
    return outcome;
}

bool BpmSoftClient::restart(Progress &progress)
{
    const BpmSoftFlavour fl = flavour(progress);
    if (fl == BpmSoftFlavour::Auto) {
        setError(BpmSoftError::Kind::NotFound,
                 tr("Cannot tell how %1 is hosted (.NET Framework or .NET 8), so the right "
                    "restart call is unknown. Set the hosting in the profile.")
                         .arg(m_options.siteUrl.toString()),
                 nullptr);
        return false;
    }
    const QString method =
            fl == BpmSoftFlavour::NetFramework ? u"UnloadAppDomain"_s : u"RestartApp"_s;
    progress.setStatus(tr("Restarting the site…"));
    const auto resp = call(Call::post(u"/ServiceModel/AppInstallerService.svc/"_s + method, "{}",
                                      CallKind::Change),
                           progress);
    bool requested = false;
    if (resp) {
        const QJsonDocument doc = QJsonDocument::fromJson(resp->body);
        if (resp->isSuccess() && doc.object().value(u"success"_s).toBool(false)) {
            requested = true;
        } else {
            setError(resp->status == 404 ? BpmSoftError::Kind::NotFound
                                         : BpmSoftError::Kind::OperationFailed,
                     tr("Restarting the site failed (%1, HTTP %2).").arg(method).arg(resp->status),
                     &*resp);
        }
    } else if (m_error.kind == BpmSoftError::Kind::Network ||
               m_error.kind == BpmSoftError::Kind::Unavailable) {
        // The application may go down before it answers; readiness tells the rest.
        logWarning(u"BPMSoft: no answer to %1 (%2); assuming the restart began"_s.arg(
                method, m_error.message));
        requested = true;
    }
    // Sessions do not survive a restart.
    m_loggedIn = false;
    m_logLoggedIn = false;
    m_http->clearCookies();
    m_logHttp->clearCookies();
    if (requested) {
        logInfo(u"BPMSoft: restart requested (%1)"_s.arg(method));
        clearError();
    }
    return requested;
}

// --- data ------------------------------------------------------------------------------------

std::optional<QJsonObject> BpmSoftClient::dataQuery(const QString &operation,
                                                    const QJsonObject &body, CallKind kind,
                                                    Progress &progress, const QString &what)
{
    const auto json = callJson(Call::post(ServiceDataPrefix + operation,
                                          QJsonDocument(body).toJson(QJsonDocument::Compact), kind),
                               progress, what);
    if (!json)
        return std::nullopt;
    if (!json->value(u"success"_s).toBool(true)) {
        QString message =
                json->value(u"responseStatus"_s).toObject().value(u"Message"_s).toString();
        if (message.isEmpty())
            message = json->value(u"errorInfo"_s).toObject().value(u"message"_s).toString();
        HttpResponse fake;
        fake.body = QJsonDocument(*json).toJson(QJsonDocument::Compact);
        setError(BpmSoftError::Kind::OperationFailed,
                 tr("%1 failed: %2").arg(what, message.isEmpty() ? tr("no reason given") : message),
                 &fake);
        return std::nullopt;
    }
    return json;
}

bool BpmSoftClient::selectPages(Select query, Progress &progress,
                                const std::function<void(const QList<QJsonObject> &)> &onPage,
                                int pageRows)
{
    query.rowCount = pageRows;
    for (query.rowsOffset = 0;; query.rowsOffset += pageRows) {
        const auto page = select(query, progress);
        if (!page)
            return false;
        onPage(*page);
        if (page->size() < pageRows)
            return true;
        if (progress.isCancelled()) {
            setError(BpmSoftError::Kind::Cancelled, tr("Reading %1: cancelled.").arg(query.entity),
                     nullptr);
            return false;
        }
    }
}

std::optional<QList<QJsonObject>> BpmSoftClient::select(const Select &query, Progress &progress)
{
    QJsonObject items;
    for (const QString &column : query.columns) {
        const bool ordered = column == query.orderBy;
        items.insert(column, columnItem(column, ordered ? (query.descending ? 2 : 1) : 0,
                                        ordered ? 0 : -1));
    }
    QJsonObject body{{u"rootSchemaName"_s, query.entity},
                     {u"operationType"_s, 0},
                     {u"allColumns"_s, query.allColumns},
                     {u"isDistinct"_s, false},
                     {u"ignoreDisplayValues"_s, false},
                     {u"rowCount"_s, query.rowCount},
                     {u"rowsOffset"_s, query.rowsOffset},
                     {u"isPageable"_s, query.rowCount > 0},
                     {u"columns"_s, QJsonObject{{u"items"_s, items}}},
                     {u"filters"_s, query.filter.toJson()}};
    const auto json = dataQuery(u"SelectQuery"_s, body, CallKind::Read, progress,
                                tr("Reading %1").arg(query.entity));
    if (!json)
        return std::nullopt;
    QList<QJsonObject> rows;
    for (const QJsonValue &v : json->value(u"rows"_s).toArray())
        rows.append(v.toObject());
    return rows;
}

std::optional<qint64> BpmSoftClient::count(const QString &entity, const DataFilter &filter,
                                           Progress &progress)
{
    // An aggregate column: functionType 2 (aggregation), aggregationType 1 (count). [INF]
    const QJsonObject countColumn{
            {u"expression"_s,
             QJsonObject{{u"expressionType"_s, 1},
                         {u"functionType"_s, 2},
                         {u"aggregationType"_s, 1},
                         {u"functionArgument"_s,
                          QJsonObject{{u"expressionType"_s, 0}, {u"columnPath"_s, u"Id"_s}}}}},
            {u"orderDirection"_s, 0},
            {u"orderPosition"_s, -1},
            {u"isVisible"_s, true}};
    QJsonObject body{
            {u"rootSchemaName"_s, entity},
            {u"operationType"_s, 0},
            {u"allColumns"_s, false},
            {u"rowCount"_s, 1},
            {u"isPageable"_s, false},
            {u"columns"_s, QJsonObject{{u"items"_s, QJsonObject{{u"Count"_s, countColumn}}}}},
            {u"filters"_s, filter.toJson()}};
    const auto json = dataQuery(u"SelectQuery"_s, body, CallKind::Read, progress,
                                tr("Counting %1").arg(entity));
    if (!json)
        return std::nullopt;
    const QJsonArray rows = json->value(u"rows"_s).toArray();
    if (rows.isEmpty() || !rows.first().toObject().contains(u"Count"_s)) {
        setError(BpmSoftError::Kind::BadResponse,
                 tr("Counting %1: the answer has no count.").arg(entity), nullptr);
        return std::nullopt;
    }
    return qint64(rows.first().toObject().value(u"Count"_s).toDouble());
}

std::optional<qint64> BpmSoftClient::update(const QString &entity,
                                            const QMap<QString, DataValue> &values,
                                            const DataFilter &filter, Progress &progress)
{
    if (filter.isEmpty()) {
        setError(BpmSoftError::Kind::BadResponse,
                 tr("Refusing to update %1 without a filter; say DataFilter::everything() to "
                    "mean every row.")
                         .arg(entity),
                 nullptr);
        return std::nullopt;
    }
    QJsonObject body{{u"rootSchemaName"_s, entity},
                     {u"operationType"_s, 2},
                     {u"isForceUpdate"_s, false},
                     {u"columnValues"_s, columnValues(values)},
                     {u"filters"_s, filter.toJson()}};
    const auto json = dataQuery(u"UpdateQuery"_s, body, CallKind::Change, progress,
                                tr("Updating %1").arg(entity));
    if (!json)
        return std::nullopt;
    return qint64(json->value(u"rowsAffected"_s).toDouble(-1));
}

std::optional<qint64> BpmSoftClient::remove(const QString &entity, const DataFilter &filter,
                                            Progress &progress)
{
    if (filter.isEmpty()) {
        setError(BpmSoftError::Kind::BadResponse,
                 tr("Refusing to delete from %1 without a filter; say DataFilter::everything() "
                    "to mean every row.")
                         .arg(entity),
                 nullptr);
        return std::nullopt;
    }
    QJsonObject body{{u"rootSchemaName"_s, entity},
                     {u"operationType"_s, 3},
                     {u"filters"_s, filter.toJson()}};
    const auto json = dataQuery(u"DeleteQuery"_s, body, CallKind::Change, progress,
                                tr("Deleting from %1").arg(entity));
    if (!json)
        return std::nullopt;
    return qint64(json->value(u"rowsAffected"_s).toDouble(-1));
}

std::optional<QString> BpmSoftClient::insert(const QString &entity,
                                             const QMap<QString, DataValue> &values,
                                             Progress &progress)
{
    QMap<QString, DataValue> all = values;
    if (!all.contains(u"Id"_s))
        all.insert(u"Id"_s, DataValue::guid(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QJsonObject body{{u"rootSchemaName"_s, entity},
                     {u"operationType"_s, 1},
                     {u"columnValues"_s, columnValues(all)}};
    const auto json = dataQuery(u"InsertQuery"_s, body, CallKind::Change, progress,
                                tr("Adding to %1").arg(entity));
    if (!json)
        return std::nullopt;
    const QString id = json->value(u"id"_s).toString();
    return id.isEmpty() ? all.value(u"Id"_s).value.toString() : id;
}

// --- processes -------------------------------------------------------------------------------

std::optional<ProcessStart> BpmSoftClient::executeProcess(const QString &processName,
                                                          const QMap<QString, QString> &parameters,
                                                          const QString &resultParameter,
                                                          Progress &progress)
{
    QUrlQuery query;
    if (!resultParameter.isEmpty())
        query.addQueryItem(u"ResultParameterName"_s, resultParameter);
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        query.addQueryItem(it.key(), it.value());
    QString path = u"/ServiceModel/ProcessEngineService.svc/"_s +
                   QString::fromLatin1(QUrl::toPercentEncoding(processName)) + u"/Execute"_s;
    if (!query.isEmpty())
        path += u'?' + query.toString(QUrl::FullyEncoded);
    ProcessStart start;
    start.requestedAt = QDateTime::currentDateTimeUtc();
    progress.setStatus(tr("Running the business process %1…").arg(processName));
    const QString what = tr("Running the business process %1").arg(processName);
    const auto resp =
            call(Call::get(path, CallKind::Change,
                           resultParameter.isEmpty() ? 0 : m_options.longOperationTimeoutMs),
                 progress);
    if (!resp) {
        m_error.message = what + u": "_s + m_error.message;
        return std::nullopt;
    }
    if (!resp->isSuccess()) {
        QString serverMessage =
                QJsonDocument::fromJson(resp->body).object().value(u"Message"_s).toString();
        setError(resp->status == 404 ? BpmSoftError::Kind::NotFound
                                     : BpmSoftError::Kind::ServerError,
                 serverMessage.isEmpty()
                         ? tr("%1 failed: HTTP %2. Check the process name in the profile "
                              "(connector.integrationProcesses).")
                                   .arg(what)
                                   .arg(resp->status)
                         : tr("%1 failed: %2").arg(what, serverMessage),
                 &*resp);
        m_error.mayHaveBeenApplied = resp->status >= 500;
        return std::nullopt;
    }
    if (!resultParameter.isEmpty()) {
        start.hasResult = true;
        QXmlStreamReader xml(resp->body);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"string"_s) {
                start.resultValue = xml.readElementText();
                break;
            }
        }
        if (xml.hasError() && start.resultValue.isEmpty())
            start.resultValue = QString::fromUtf8(resp->body);
    }
    clearError();
    return start;
}

std::optional<QList<ProcessLogEntry>>
BpmSoftClient::processLog(const QString &processName, const QDateTime &since, Progress &progress)
{
    Select q(u"VwSysProcessLog"_s, {u"Id"_s, u"Name"_s, u"StatusId"_s, u"StartDate"_s,
                                    u"CompleteDate"_s, u"ErrorDescription"_s});
    q.rowCount = 50;
    q.orderBy = u"StartDate"_s;
    q.descending = true;
    q.filter.equals(u"SysSchema.Name"_s, DataValue::text(processName));
    if (since.isValid())
        q.filter.compare(u"StartDate"_s, Comparison::GreaterOrEqual, DataValue::dateTime(since));
    const auto rows = select(q, progress);
    if (!rows)
        return std::nullopt;
    QList<ProcessLogEntry> out;
    for (const QJsonObject &row : *rows) {
        ProcessLogEntry e;
        e.id = row.value(u"Id"_s).toString();
        e.name = row.value(u"Name"_s).toString();
        const QJsonValue status = row.value(u"StatusId"_s);
        e.statusId = status.isObject() ? status.toObject().value(u"value"_s).toString()
                                       : status.toString();
        e.status = processStatus(e.statusId);
        e.startDate = parseServerDate(row.value(u"StartDate"_s));
        e.completeDate = parseServerDate(row.value(u"CompleteDate"_s));
        e.errorDescription = row.value(u"ErrorDescription"_s).toString();
        out.append(e);
    }
    return out;
}

std::optional<ProcessLogEntry> BpmSoftClient::waitForProcess(const QString &processName,
                                                             const QDateTime &since, int timeoutMs,
                                                             int pollMs, Progress &progress)
{
    QElapsedTimer elapsed;
    elapsed.start();
    for (;;) {
        const auto runs = processLog(processName, since, progress);
        if (!runs)
            return std::nullopt;
        if (!runs->isEmpty() && runs->first().isFinished())
            return runs->first();
        if (timeoutMs >= 0 && elapsed.elapsed() >= timeoutMs) {
            setError(BpmSoftError::Kind::Timeout,
                     runs->isEmpty()
                             ? tr("The business process %1 did not appear in the process log "
                                  "within %2 s (is process logging enabled for it?).")
                                       .arg(processName)
                                       .arg(timeoutMs / 1000)
                             : tr("The business process %1 did not finish within %2 s.")
                                       .arg(processName)
                                       .arg(timeoutMs / 1000),
                     nullptr);
            return std::nullopt;
        }
        progress.setStatus(tr("Waiting for the business process %1 (%2 s)…")
                                   .arg(processName)
                                   .arg(elapsed.elapsed() / 1000));
        if (!sleep(pollMs, progress)) {
            setError(BpmSoftError::Kind::Cancelled,
                     tr("Waiting for the business process %1: cancelled.").arg(processName),
                     nullptr);
            return std::nullopt;
        }
    }
}

} // namespace upgrade
