#include "SandboxSite.h"

#include "DataServiceEngine.h"
#include "HttpExchange.h"
#include "SandboxHttpServer.h"
#include "SandboxIntegration.h"
#include "package/PackageArchiveReader.h"
#include "util/Log.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QThread>
#include <QTimer>
#include <QVersionNumber>

using namespace Qt::StringLiterals;

namespace upgrade::sandbox {

namespace {

const QString StatusRunning = u"ed2ae277-b6e2-df11-971b-001d60e938c6"_s;
const QByteArray Json = "application/json; charset=utf-8";
const QString ServiceInstaller = u"/ServiceModel/PackageInstallerService.svc/"_s;
const QString ServiceApp = u"/ServiceModel/AppInstallerService.svc/"_s;
const QString ServiceWorkspace = u"/ServiceModel/WorkspaceExplorerService.svc/"_s;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray wcfFault(const QString &message, const QString &type)
{
    return json(QJsonObject{{u"Message"_s, message},
                            {u"StackTrace"_s, QJsonValue::Null},
                            {u"ExceptionType"_s, type}});
}

QByteArray baseResponse(bool success, const QString &message = {},
                        const QString &code = u"Exception"_s)
{
    QJsonObject o{{u"success"_s, success}};
    o.insert(u"errorInfo"_s,
             success ? QJsonValue::Null
                     : QJsonValue(QJsonObject{{u"errorCode"_s, code},
                                              {u"message"_s, message},
                                              {u"stackTrace"_s, QJsonValue::Null}}));
    return json(o);
}

QByteArray randomToken(int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        b[i] = char(QRandomGenerator::system()->bounded(256));
    return b;
}

QByteArray setCookie(const QByteArray &name, const QByteArray &value, bool httpOnly, bool sameSite)
{
    QNetworkCookie c(name, value);
    c.setPath(u"/"_s);
    c.setHttpOnly(httpOnly);
    QByteArray raw = c.toRawForm(QNetworkCookie::Full);
    if (sameSite)
        raw += "; SameSite=Lax";
    return raw;
}

QString sanitiseFileName(const QString &name)
{
    const QString base = QFileInfo(QString(name).replace(u'\\', u'/')).fileName();
    if (base.isEmpty() || base == u"."_s || base == u".."_s)
        return {};
    return base;
}

QString xmlEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

SandboxSite::SandboxSite(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (!m_options.scenario)
        m_options.scenario = std::make_shared<SandboxScenario>();
    if (m_options.speed <= 0)
        m_options.speed = 1.0;
}

SandboxSite::~SandboxSite()
{
    stop();
}

QUrl SandboxSite::url() const
{
    QUrl u;
    u.setScheme(m_options.tlsCertificateFile.isEmpty() ? u"http"_s : u"https"_s);
    u.setHost(m_options.address.toString());
    u.setPort(m_port);
    return u;
}

int SandboxSite::scaled(int ms) const
{
    return int(double(ms) / m_options.speed);
}

bool SandboxSite::start(QString *error)
{
    if (m_state != State::Stopped)
        return true;
    QString e;
    m_db = std::make_unique<SandboxDatabase>(m_options.databaseUrl);
    if (!m_db->open(&e)) {
        *error = e;
        m_db.reset();
        return false;
    }
    m_server = new SandboxHttpServer([this](const Exchange &exchange) { handle(exchange); }, this);
    if (!m_options.tlsCertificateFile.isEmpty()) {
        QFile certFile(m_options.tlsCertificateFile);
        QFile keyFile(m_options.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the TLS certificate or key of the sandbox site.");
            stop();
            return false;
        }
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (cert.isNull() || key.isNull()) {
            *error = tr("The TLS certificate or key of the sandbox site is not valid PEM.");
            stop();
            return false;
        }
        m_server->sslSetup(cert, key);
    }
    const quint16 port = m_server->listen(m_options.address, m_port ? m_port : m_options.port);
    if (port == 0) {
        *error = tr("The sandbox site cannot listen on %1:%2 (is the port taken?).")
                         .arg(m_options.address.toString())
                         .arg(m_port ? m_port : m_options.port);
        stop();
        return false;
    }
    m_port = port;
    SiteSeedContext seed = m_options.seed;
    if (seed.siteUrl.isEmpty())
        seed.siteUrl = url().toString();
    if (!m_db->initialize(seed, &e)) {
        *error = e;
        stop();
        return false;
    }
    if (m_options.workFolder.isEmpty())
        m_options.workFolder = QDir::temp().filePath(u"bpmsoft-sandbox-site-%1"_s.arg(m_port));
    QDir().mkpath(QDir(m_options.workFolder).filePath(u"uploads"_s));
    m_state = State::Running;
    logInfo(u"sandbox: %1 site (%2) at %3 on %4"_s.arg(toString(m_options.role),
                                                       toString(m_options.flavour),
                                                       url().toString(), m_db->displayUrl()));
    emit stateChanged();
    return true;
}

void SandboxSite::stop()
{
    m_integrationCancel.cancel();
    if (m_integrationThread) {
        m_integrationThread->wait();
        m_integrationThread.reset();
    }
    m_integrationCancel = Cancellation();
    m_integrationRunning = false;
    m_runQueue.clear();
    m_currentRun.clear();
    delete m_server;
    m_server = nullptr;
    m_hanging.clear();
    m_sessions.clear();
    m_busySessions.clear();
    m_waiting.clear();
    m_installing = false;
    if (m_db) {
        m_db->close();
        m_db.reset();
    }
    if (m_state != State::Stopped) {
        m_state = State::Stopped;
        emit stateChanged();
    }
}

QList<SandboxSite::RequestRecord> SandboxSite::requests() const
{
    QMutexLocker lock(&m_requestsMutex);
    return m_requests;
}

void SandboxSite::clearRequests()
{
    QMutexLocker lock(&m_requestsMutex);
    m_requests.clear();
}

void SandboxSite::record(const HttpExchange &exchange)
{
    RequestRecord r;
    r.time = QDateTime::currentDateTimeUtc();
    r.method = exchange.method();
    r.path = exchange.path();
    r.status = exchange.status();
    const QByteArray token = exchange.cookies().value(".ASPXAUTH");
    if (!token.isEmpty())
        r.session = QString::fromLatin1(
                QCryptographicHash::hash(token, QCryptographicHash::Sha1).toHex().left(8));
    r.csrfHeader = !exchange.header("BPMCSRF").isEmpty();
    r.contentType = exchange.header("Content-Type");
    QMutexLocker lock(&m_requestsMutex);
    if (m_requests.size() > 20000)
        m_requests.remove(0, 1000);
    m_requests.append(r);
}

bool SandboxSite::hasFault(const QList<Fault> &faults, Fault::Kind kind) const
{
    return std::any_of(faults.begin(), faults.end(),
                       [kind](const Fault &f) { return f.kind == kind; });
}

QByteArray SandboxSite::sessionOf(const HttpExchange &exchange) const
{
    const QByteArray token = exchange.cookies().value(".ASPXAUTH");
    return (!token.isEmpty() && m_sessions.contains(token)) ? token : QByteArray();
}

QString SandboxSite::loginPath() const
{
    return m_options.flavour == BpmSoftFlavour::NetCore ? u"/Login/Login.html"_s
                                                        : u"/Login/NuiLogin.aspx"_s;
}

QByteArray SandboxSite::loginPage() const
{
    return (u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>BPMSoft</title>"
            "<script>var BPMSoft = BPMSoft || {}; BPMSoft.coreVersion = \"%1\"; "
            "BPMSoft.frameworkDescription = \"%2\";</script></head><body><form id=\"login\" "
            "action=\"/ServiceModel/AuthService.svc/Login\"><input name=\"UserName\"/><input "
            "name=\"UserPassword\" type=\"password\"/></form><!-- bootstrap.login --></body>"
            "</html>\n"_s)
            .arg(SandboxSeed::PlatformVersion, m_options.flavour == BpmSoftFlavour::NetCore
                                                       ? u".NET 8.0"_s
                                                       : u".NET Framework 4.7.2"_s)
            .toUtf8();
}

void SandboxSite::respondUnauthorised(const Exchange &exchange, bool service)
{
    if (service) {
        exchange->respond(
                401, wcfFault(u"Authentication failed."_s, u"System.InvalidOperationException"_s));
        return;
    }
    const QByteArray returnUrl = QUrl::toPercentEncoding(exchange->url().path());
    exchange->respond(302, {}, "text/html",
                      {{"Location", loginPath().toUtf8() + "?ReturnUrl=" + returnUrl}});
}

void SandboxSite::appendInstallLog(const QString &line)
{
    const QString stamped =
            QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm:ss,zzz "_s) + line + u'\n';
    m_installLog += stamped;
    QFile file(QDir(m_options.workFolder).filePath(u"InstallZipPackage.log"_s));
    if (file.open(QIODevice::Append))
        file.write(stamped.toUtf8());
}

void SandboxSite::lockSession(const QByteArray &token)
{
    if (m_options.flavour == BpmSoftFlavour::NetFramework && !token.isEmpty())
        m_busySessions.insert(token);
}

void SandboxSite::unlockSession(const QByteArray &token)
{
    if (!m_busySessions.remove(token))
        return;
    const QList<std::function<void()>> waiting = m_waiting.take(token);
    for (const auto &resume : waiting)
        resume();
}

// --- request pipeline ------------------------------------------------------------------------

void SandboxSite::handle(const Exchange &exchange)
{
    exchange->onDone = [this](const HttpExchange &e) { record(e); };
    if (m_state == State::Stopped) {
        exchange->drop();
        return;
    }
    Route route;
    const QString path = exchange->path();
    route.prefixed = path == u"/0"_s || path.startsWith(u"/0/"_s);
    route.rest = route.prefixed ? path.mid(2) : path;
    if (route.rest.isEmpty())
        route.rest = u"/"_s;
    route.endpoint = route.rest.mid(1);
    const QList<Fault> faults = m_options.scenario->match(
            route.endpoint, QString::fromLatin1(exchange->method()), m_options.role);
    int delay = 0;
    for (const Fault &f : faults)
        if (f.kind == Fault::Kind::Delay)
            delay += f.ms;
    if (delay > 0)
        QTimer::singleShot(delay, this, [this, exchange, route, faults]() {
            dispatch(exchange, route, faults);
        });
    else
        dispatch(exchange, route, faults);
}

void SandboxSite::dispatch(const Exchange &exchange, const Route &route, const QList<Fault> &faults)
{
    for (const Fault &f : faults) {
        switch (f.kind) {
        case Fault::Kind::Drop:
            exchange->drop();
            return;
        case Fault::Kind::Hang:
            m_hanging.append(exchange);
            return;
        case Fault::Kind::Http500:
            exchange->respond(500, wcfFault(u"The server encountered an error processing the "
                                            "request (sandbox fault)."_s,
                                            u"System.Exception"_s));
            return;
        case Fault::Kind::Http503:
            exchange->respond(503, "<html><body><h1>Service Unavailable</h1></body></html>",
                              "text/html");
            return;
        case Fault::Kind::NotFound:
            exchange->respond(404, "<html><body><h1>404 Not Found</h1></body></html>", "text/html");
            return;
        case Fault::Kind::RedirectToLogin:
            respondUnauthorised(exchange, false);
            return;
        case Fault::Kind::LoginPage200:
            exchange->respond(200, loginPage(), "text/html; charset=utf-8");
            return;
        case Fault::Kind::ExpireSession:
            m_sessions.remove(exchange->cookies().value(".ASPXAUTH"));
            break;
        case Fault::Kind::DropAfter:
            exchange->setDropInsteadOfAnswer(true);
            break;
        default:
            break;
        }
    }
    const bool netfw = m_options.flavour != BpmSoftFlavour::NetCore;
    const QString &rest = route.rest;
    if (m_state == State::Restarting) {
        // IIS: the loader application answers while application 0 reloads.
        if (netfw && !route.prefixed && rest == u"/api/HealthCheck/Ping"_s)
            exchange->respond(200, "OK", "text/plain");
        else
            exchange->respond(503, "<html><body><h1>Service Unavailable</h1></body></html>",
                              "text/html");
        return;
    }
    if (rest == u"/ServiceModel/AuthService.svc/Login"_s) {
        if (route.prefixed && netfw)
            exchange->respond(401, wcfFault(u"Authentication failed."_s,
                                            u"System.InvalidOperationException"_s));
        else if (exchange->method() != "POST")
            exchange->respond(405, {}, "text/plain");
        else
            login(exchange, faults);
        return;
    }
    if (rest == u"/api/HealthCheck/Ping"_s) {
        exchange->respond(200, "OK", "text/plain");
        return;
    }
    if ((netfw && rest == u"/Login/NuiLogin.aspx"_s) ||
        (!netfw && !route.prefixed && rest == u"/Login/Login.html"_s)) {
        exchange->respond(200, loginPage(), "text/html; charset=utf-8");
        return;
    }
    const QByteArray token = sessionOf(*exchange);
    if (rest == u"/"_s) {
        if (netfw && !route.prefixed) {
            exchange->respond(302, {}, "text/html", {{"Location", "/0/"}});
            return;
        }
        if (token.isEmpty()) {
            respondUnauthorised(exchange, false);
            return;
        }
        // The application page: (re)issues the CSRF cookie.
        exchange->respond(200, "<html><body>BPMSoft</body></html>", "text/html; charset=utf-8",
                          {{"Set-Cookie",
                            setCookie("BPMCSRF", m_sessions.value(token).csrf, false, !netfw)}});
        return;
    }
    if (netfw && route.prefixed && rest == u"/ping"_s) {
        if (token.isEmpty())
            respondUnauthorised(exchange, true);
        else
            exchange->respond(200, {}, "text/plain");
        return;
    }
    const bool service = rest.startsWith(u"/ServiceModel/"_s) ||
                         rest.startsWith(u"/DataService/"_s) || rest.startsWith(u"/rest/"_s);
    if (!service || (netfw && !route.prefixed)) {
        exchange->respond(404, "<html><body><h1>404 Not Found</h1></body></html>", "text/html");
        return;
    }
    if (token.isEmpty()) {
        respondUnauthorised(exchange, rest.startsWith(u"/ServiceModel/"_s));
        return;
    }
    Session &session = m_sessions[token];
    if (exchange->header("BPMCSRF") != session.csrf || session.csrf.isEmpty()) {
        exchange->respond(403, {}, "text/html");
        return;
    }
    if (session.sessionId.isEmpty()) {
        session.sessionId = randomToken(12).toHex();
        exchange->addResponseHeader("Set-Cookie",
                                    setCookie("BPMSESSIONID", session.sessionId, true, !netfw));
    }
    if (m_busySessions.contains(token)) {
        // ASP.NET's session lock: this request waits until the session's long call ends.
        m_waiting[token].append([this, exchange, route, token, faults]() {
            serveService(exchange, route, token, faults);
        });
        return;
    }
    serveService(exchange, route, token, faults);
}

void SandboxSite::login(const Exchange &exchange, const QList<Fault> &faults)
{
    const QJsonObject body = QJsonDocument::fromJson(exchange->body()).object();
    const QString user = body.value(u"UserName"_s).toString();
    const QString password = body.value(u"UserPassword"_s).toString();
    const bool netfw = m_options.flavour != BpmSoftFlavour::NetCore;
    if (user.compare(m_options.userName, Qt::CaseInsensitive) != 0 ||
        password != m_options.password) {
        exchange->respond(
                200, json(QJsonObject{{u"Code"_s, 1},
                                      {u"Message"_s, u"Неверное имя пользователя или пароль"_s},
                                      {u"Exception"_s, QJsonValue::Null},
                                      {u"PasswordChangeUrl"_s, QJsonValue::Null},
                                      {u"RedirectUrl"_s, QJsonValue::Null}}));
        return;
    }
    Session s;
    s.token = randomToken(64).toHex().toUpper();
    s.csrf = randomToken(16).toBase64(QByteArray::Base64UrlEncoding |
                                      QByteArray::OmitTrailingEquals);
    s.id = QString::fromLatin1(
            QCryptographicHash::hash(s.token, QCryptographicHash::Sha1).toHex().left(8));
    m_sessions.insert(s.token, s);
    const bool csrfCookie = !hasFault(faults, Fault::Kind::NoCsrfCookie);
    HttpExchange::Headers headers;
    if (netfw) {
        headers.append(
                {"Set-Cookie", setCookie("BPMLOADER", randomToken(12).toHex(), true, false)});
        headers.append({"Set-Cookie", setCookie(".ASPXAUTH", s.token, true, false)});
        if (csrfCookie)
            headers.append({"Set-Cookie", setCookie("BPMCSRF", s.csrf, false, false)});
        QStringList codes;
        for (QChar ch : m_options.userName)
            codes.append(QString::number(ch.unicode()));
        headers.append(
                {"Set-Cookie", setCookie("UserName", codes.join(u'|').toLatin1(), true, false)});
    } else {
        headers.append({"Set-Cookie", setCookie("UserType", "General", false, true)});
        headers.append({"Set-Cookie", setCookie(".ASPXAUTH", s.token, true, true)});
        headers.append({"Set-Cookie", setCookie("CsrfToken", randomToken(16).toHex(), true, true)});
        if (csrfCookie)
            headers.append({"Set-Cookie", setCookie("BPMCSRF", s.csrf, false, true)});
    }
    exchange->respond(200,
                      json(QJsonObject{{u"Code"_s, 0},
                                       {u"Message"_s, u""_s},
                                       {u"Exception"_s, QJsonValue::Null},
                                       {u"PasswordChangeUrl"_s, QJsonValue::Null},
                                       {u"RedirectUrl"_s, QJsonValue::Null}}),
                      Json, headers);
}

void SandboxSite::serveService(const Exchange &exchange, const Route &route,
                               const QByteArray &token, const QList<Fault> &faults)
{
    const bool netfw = m_options.flavour != BpmSoftFlavour::NetCore;
    QString dbError;
    if (!m_db || !m_db->refresh(&dbError)) {
        exchange->respond(500, wcfFault(u"The database is not available: "_s + dbError,
                                        u"System.Data.Common.DbException"_s));
        return;
    }
    const QString &path = route.rest;
    if (path == u"/ServiceModel/AuthService.svc/Logout"_s) {
        m_sessions.remove(token);
        exchange->respond(200, {}, Json);
        return;
    }
    if (path == u"/ServiceModel/ApplicationInfoService.svc/GetApplicationInfo"_s) {
        exchange->respond(
                200,
                json(QJsonObject{
                        {u"applicationInfo"_s,
                         QJsonObject{{u"sysValues"_s,
                                      QJsonObject{{u"coreVersion"_s, SandboxSeed::PlatformVersion},
                                                  {u"userCulture"_s,
                                                   QJsonObject{{u"displayValue"_s, u"ru-RU"_s}}},
                                                  {u"productEdition"_s, u"BPMSoft"_s}}}}},
                        {u"success"_s, true}}));
        return;
    }
    if (path == u"/ServiceModel/PackageService.svc/GetPackages"_s ||
        path == ServiceWorkspace + u"GetPackages"_s) {
        const bool full = path.startsWith(u"/ServiceModel/PackageService"_s);
        auto q = m_db->exec(
                u"SELECT %1, %2, \"Name\", \"Version\", \"Maintainer\", %3, %4, "
                "\"InstallType\" FROM \"SysPackage\" ORDER BY \"Name\""_s.arg(
                        m_db->selectExpression(u"\"Id\""_s, ColumnType::Guid),
                        m_db->selectExpression(u"\"UId\""_s, ColumnType::Guid),
                        m_db->selectExpression(u"\"CreatedOn\""_s, ColumnType::DateTime),
                        m_db->selectExpression(u"\"ModifiedOn\""_s, ColumnType::DateTime)),
                {}, &dbError);
        if (!q) {
            exchange->respond(500, wcfFault(dbError, u"System.Data.Common.DbException"_s));
            return;
        }
        QJsonArray packages;
        while (q->next()) {
            QJsonObject p{{u"uId"_s, m_db->toJson(q->value(1), ColumnType::Guid)},
                          {u"name"_s, q->value(2).toString()}};
            if (full) {
                p.insert(u"id"_s, m_db->toJson(q->value(0), ColumnType::Guid));
                p.insert(u"version"_s, q->value(3).toString());
                p.insert(u"maintainer"_s, q->value(4).toString());
                p.insert(u"createdOn"_s, m_db->toJson(q->value(5), ColumnType::DateTime));
                p.insert(u"modifiedOn"_s, m_db->toJson(q->value(6), ColumnType::DateTime));
                p.insert(u"isReadOnly"_s, q->value(7).toInt() != 0);
            }
            packages.append(p);
        }
        exchange->respond(200, json(QJsonObject{{u"packages"_s, packages},
                                                {u"success"_s, true},
                                                {u"errorInfo"_s, QJsonValue::Null}}));
        return;
    }
    if (path.startsWith(ServiceWorkspace)) {
        const QString method = path.mid(ServiceWorkspace.size());
        if (method == u"GetIsFileDesignMode"_s) {
            exchange->respond(200, json(QJsonObject{{u"success"_s, true}, {u"value"_s, false}}));
            return;
        }
        static const QStringList compileMethods = {u"Build"_s,
                                                   u"Rebuild"_s,
                                                   u"BuildPackage"_s,
                                                   u"RebuildPackage"_s,
                                                   u"GenerateAllSchemasSources"_s,
                                                   u"GenerateModifiedSchemasSources"_s,
                                                   u"GenerateRequiredSchemasSources"_s,
                                                   u"GenerateAllSchemasSourcesInBackground"_s};
        if (compileMethods.contains(method)) {
            compile(exchange, method, token, faults);
            return;
        }
    }
    if (path == ServiceInstaller + u"UploadPackage"_s && exchange->method() == "POST") {
        upload(exchange, faults);
        return;
    }
    if (path == ServiceInstaller + u"InstallPackage"_s && exchange->method() == "POST") {
        const QJsonDocument doc = QJsonDocument::fromJson("[" + exchange->body() + "]");
        install(exchange, doc.array().first().toString(), token, faults);
        return;
    }
    if (path == ServiceApp + u"InstallAppFromFile"_s && exchange->method() == "POST") {
        install(exchange,
                QJsonDocument::fromJson(exchange->body())
                        .object()
                        .value(u"ZipPackageName"_s)
                        .toString(),
                token, faults);
        return;
    }
    if (path == ServiceInstaller + u"GetLogFile"_s) {
        exchange->respond(200, m_installLog.toUtf8(), "text/plain; charset=utf-8");
        return;
    }
    if (path == ServiceApp + u"UnloadAppDomain"_s || path == ServiceApp + u"RestartApp"_s) {
        const bool unload = path.endsWith(u"UnloadAppDomain"_s);
        if (unload && !netfw) {
            exchange->respond(404, "<html><body><h1>404 Not Found</h1></body></html>", "text/html");
            return;
        }
        exchange->respond(200, baseResponse(true));
        // RestartApp on .NET Framework does nothing (crtcli's observation).
        if (unload == netfw)
            QTimer::singleShot(0, this, [this]() { restart(); });
        return;
    }
    if (path == ServiceApp + u"ClearRedisDb"_s) {
        exchange->respond(200, baseResponse(true));
        return;
    }
    static const QRegularExpression process(
            u"^/ServiceModel/ProcessEngineService\\.svc/([A-Za-z_][A-Za-z0-9_]*)/Execute$"_s);
    if (const auto m = process.match(path); m.hasMatch()) {
        executeProcess(exchange, m.captured(1), faults);
        return;
    }
    static const QRegularExpression data(
            u"^/DataService/json/(?:SyncReply|reply)/(SelectQuery|InsertQuery|UpdateQuery|DeleteQuery)$"_s,
            QRegularExpression::CaseInsensitiveOption);
    if (const auto m = data.match(path); m.hasMatch() && exchange->method() == "POST") {
        QString operation = m.captured(1);
        operation[0] = operation[0].toUpper();
        const QJsonDocument doc = QJsonDocument::fromJson(exchange->body());
        if (!doc.isObject()) {
            exchange->respond(
                    400, json(QJsonObject{
                                 {u"responseStatus"_s,
                                  QJsonObject{{u"ErrorCode"_s, u"SerializationException"_s},
                                              {u"Message"_s, u"The request body is not JSON"_s}}},
                                 {u"success"_s, false}}));
            return;
        }
        DataServiceEngine engine(*m_db);
        exchange->respond(200, json(engine.execute(operation, doc.object())));
        return;
    }
    exchange->respond(404, "<html><body><h1>404 Not Found</h1></body></html>", "text/html");
}

// --- configuration -----------------------------------------------------------------------------

void SandboxSite::compile(const Exchange &exchange, const QString &method, const QByteArray &token,
                          const QList<Fault> &faults)
{
    const bool generate = method.startsWith(u"Generate"_s);
    const bool rebuild = method.startsWith(u"Rebuild"_s);
    int duration = generate ? m_options.timings.generateMs
                            : (rebuild ? m_options.timings.compileMs : m_options.timings.buildMs);
    if (method.endsWith(u"InBackground"_s))
        duration = 0;
    const bool errors = !generate && hasFault(faults, Fault::Kind::CompileErrors);
    const bool netcore = m_options.flavour == BpmSoftFlavour::NetCore;
    lockSession(token);
    QTimer::singleShot(scaled(duration), this, [this, exchange, token, generate, errors, netcore]() {
        unlockSession(token);
        if (generate) {
            exchange->respond(200, json(QJsonObject{{u"success"_s, true},
                                                    {u"errorInfo"_s, QJsonValue::Null}}));
            return;
        }
        if (!errors) {
            exchange->respond(200, json(QJsonObject{{u"success"_s, true},
                                                    {u"buildResult"_s, 0},
                                                    {u"errorInfo"_s, QJsonValue::Null},
                                                    {u"message"_s, QJsonValue::Null},
                                                    {u"errors"_s, QJsonArray()}}));
            return;
        }
        const QString root =
                netcore ? u"/opt/bpmsoft/BPMSoft.Configuration/Pkg/"_s
                        : u"C:\\inetpub\\BPMSoft\\BPMSoft.WebApp\\BPMSoft.Configuration\\Pkg\\"_s;
        const QString sep = netcore ? u"/"_s : u"\\"_s;
        const auto file = [&](const QString &package, const QString &schema) {
            return root + package + sep + u"Schemas"_s + sep + schema + sep + schema + u".cs"_s;
        };
        const QJsonArray list{
                QJsonObject{{u"line"_s, 118},
                            {u"column"_s, 24},
                            {u"errorNumber"_s, u"CS0246"_s},
                            {u"errorText"_s,
                             u"The type or namespace name 'SmrLegacyMapper' could "
                             "not be found (are you missing a using directive or an "
                             "assembly reference?)"_s},
                            {u"warning"_s, false},
                            {u"fileName"_s, file(u"Custom"_s, u"UsrOrderSync"_s)}},
                QJsonObject{{u"line"_s, 42},
                            {u"column"_s, 17},
                            {u"errorNumber"_s, u"CS1002"_s},
                            {u"errorText"_s, u"; expected"_s},
                            {u"warning"_s, false},
                            {u"fileName"_s, file(u"Custom"_s, u"UsrInvoiceHelper"_s)}},
                QJsonObject{
                        {u"line"_s, 77},
                        {u"column"_s, 9},
                        {u"errorNumber"_s, u"CS0618"_s},
                        {u"errorText"_s, u"'SmrSyncHistoryHelper.GetRecord(Guid)' is obsolete"_s},
                        {u"warning"_s, true},
                        {u"fileName"_s, file(u"SmrOneCConnector"_s, u"SmrSyncService"_s)}}};
        exchange->respond(200, json(QJsonObject{{u"success"_s, false},
                                                {u"buildResult"_s, 1},
                                                {u"errorInfo"_s, QJsonValue::Null},
                                                {u"message"_s, QJsonValue::Null},
                                                {u"errors"_s, list}}));
    });
}

// --- upload and install ------------------------------------------------------------------------

void SandboxSite::upload(const Exchange &exchange, const QList<Fault> &faults)
{
    const QDir uploads(QDir(m_options.workFolder).filePath(u"uploads"_s));
    const QByteArray contentType = exchange->header("Content-Type");
    const auto fail = [&](int status, const QString &message) {
        exchange->respond(status, baseResponse(false, message, u"UploadError"_s));
    };
    if (contentType.startsWith("multipart/form-data")) {
        if (hasFault(faults, Fault::Kind::PayloadTooLarge)) {
            exchange->respond(413,
                              "<html><body><h1>413 Request Entity Too Large</h1></body></html>",
                              "text/html");
            return;
        }
        static const QRegularExpression boundaryRe(u"boundary=\"?([^\";]+)\"?"_s);
        const auto bm = boundaryRe.match(QString::fromLatin1(contentType));
        if (!bm.hasMatch()) {
            fail(400, u"No multipart boundary"_s);
            return;
        }
        const QByteArray delimiter = "--" + bm.captured(1).toLatin1();
        const QByteArray &body = exchange->body();
        qsizetype pos = body.indexOf(delimiter);
        bool saved = false;
        while (pos >= 0 && !saved) {
            pos += delimiter.size();
            if (body.mid(pos, 2) == "--")
                break;
            pos += 2;
            const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
            if (headerEnd < 0)
                break;
            const QString headers = QString::fromUtf8(body.mid(pos, headerEnd - pos));
            const qsizetype contentStart = headerEnd + 4;
            const qsizetype next = body.indexOf("\r\n" + delimiter, contentStart);
            if (next < 0)
                break;
            static const QRegularExpression nameRe(u"name=\"([^\"]*)\""_s);
            static const QRegularExpression fileRe(u"filename=\"([^\"]*)\""_s);
            const auto fm = fileRe.match(headers);
            if (nameRe.match(headers).captured(1) == u"files"_s && fm.hasMatch()) {
                const QString name = sanitiseFileName(fm.captured(1));
                if (name.isEmpty()) {
                    fail(400, u"Bad file name"_s);
                    return;
                }
                QFile file(uploads.filePath(name));
                if (!file.open(QIODevice::WriteOnly) ||
                    file.write(body.constData() + contentStart, next - contentStart) < 0) {
                    fail(500, file.errorString());
                    return;
                }
                saved = true;
            }
            pos = next + 2;
        }
        if (!saved) {
            fail(400, u"No file in the form field \"files\""_s);
            return;
        }
        exchange->respond(200, baseResponse(true));
        return;
    }
    // Chunked: ?fileName=…&totalFileLength=…, Content-Range: bytes start-end/total.
    const QUrlQuery query = exchange->query();
    QString name = sanitiseFileName(query.queryItemValue(u"fileName"_s, QUrl::FullyDecoded));
    static const QRegularExpression rangeRe(u"bytes\\s+(\\d+)-(\\d+)/(\\d+)"_s);
    const auto rm = rangeRe.match(QString::fromLatin1(exchange->header("Content-Range")));
    if (name.isEmpty() || !rm.hasMatch()) {
        fail(400, u"A chunk needs fileName and Content-Range"_s);
        return;
    }
    const qint64 start = rm.captured(1).toLongLong();
    const qint64 end = rm.captured(2).toLongLong();
    const qint64 total = rm.captured(3).toLongLong();
    if (end < start || end >= total || exchange->body().size() != end - start + 1 ||
        total > 1024LL * 1024 * 1024) {
        fail(400, u"The chunk does not match its Content-Range"_s);
        return;
    }
    QFile part(uploads.filePath(name + u".part"_s));
    if (!part.open(start == 0 ? QIODevice::WriteOnly | QIODevice::Truncate
                              : QIODevice::ReadWrite) ||
        part.size() < start || !part.seek(start) || part.write(exchange->body()) < 0) {
        fail(400, u"The chunk cannot be stored (missing earlier chunks?)"_s);
        return;
    }
    part.close();
    if (end + 1 == total) {
        QFile::remove(uploads.filePath(name));
        QFile::rename(uploads.filePath(name + u".part"_s), uploads.filePath(name));
    }
    exchange->respond(200, baseResponse(true));
}

bool SandboxSite::applyConnectorStructure(QString *error)
{
    for (const ColumnDef &c : SandboxSchema::newSyncHistoryColumns()) {
        if (m_db->hasColumn(SandboxSchema::SyncHistory, c.name))
            continue;
        if (!m_db->exec(u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(
                                SandboxSchema::quote(SandboxSchema::SyncHistory),
                                SandboxSchema::quote(c.name),
                                SandboxSchema::sqlType(c.type, m_db->dialect())),
                        {}, error))
            return false;
    }
    return m_db
            ->exec(u"CREATE INDEX IF NOT EXISTS \"IX_SmrSyncHistory_Object\" ON "
                   "\"SmrSyncHistory\" (\"SmrIntegrationObjectId\", \"SmrExternalKey\")"_s,
                   {}, error)
            .has_value();
}

bool SandboxSite::addDeduplicationColumn(QString *error)
{
    if (m_db->hasColumn(SandboxSchema::IntegrationObject, SandboxSchema::DeduplicationColumn))
        return true;
    const bool pg = m_db->dialect() == SqlDialect::Postgres;
    return m_db
            ->exec(u"ALTER TABLE %1 ADD COLUMN %2 %3 NOT NULL DEFAULT %4"_s.arg(
                           SandboxSchema::quote(SandboxSchema::IntegrationObject),
                           SandboxSchema::quote(SandboxSchema::DeduplicationColumn),
                           SandboxSchema::sqlType(ColumnType::Boolean, m_db->dialect()),
                           pg ? u"false"_s : u"0"_s),
                   {}, error)
            .has_value();
}

bool SandboxSite::setPackageVersions(const QList<QPair<QString, QString>> &packages, QString *error)
{
    const QString now = SandboxDatabase::formatDateTime(QDateTime::currentDateTimeUtc());
    for (const auto &p : packages) {
        auto q = m_db->exec(u"UPDATE \"SysPackage\" SET \"Version\" = ?, \"ModifiedOn\" = ? "
                            "WHERE \"Name\" = ?"_s,
                            {p.second, now, p.first}, error);
        if (!q)
            return false;
        if (q->numRowsAffected() == 0 &&
            !m_db->insertRows(
                    u"SysPackage"_s,
                    {u"Id"_s, u"CreatedOn"_s, u"ModifiedOn"_s, u"Name"_s, u"UId"_s, u"Version"_s,
                     u"Maintainer"_s, u"InstallType"_s},
                    {{SandboxDatabase::newGuid(), now, now, p.first,
                      SandboxSeed::stableId(u"uid/"_s + p.first), p.second, u"SamaraSoft"_s, 1}},
                    error))
            return false;
    }
    return true;
}

void SandboxSite::install(const Exchange &exchange, const QString &requestedName,
                          const QByteArray &token, const QList<Fault> &faults)
{
    if (m_installing) {
        exchange->respond(200, baseResponse(false, u"Another installation is in progress"_s));
        return;
    }
    const QString fileName = sanitiseFileName(requestedName);
    const QString path = QDir(QDir(m_options.workFolder).filePath(u"uploads"_s)).filePath(fileName);
    m_installing = true;
    lockSession(token);
    m_installLog.clear();
    QFile::remove(QDir(m_options.workFolder).filePath(u"InstallZipPackage.log"_s));

    struct Step
    {
        QString line;
        std::function<bool(QString *)> action; ///< false: the installation fails here
    };
    auto steps = std::make_shared<QList<Step>>();
    const auto add = [&](const QString &line, std::function<bool(QString *)> action = {}) {
        steps->append({line, std::move(action)});
    };
    QString readError;
    std::optional<QList<PackageInfo>> packages;
    if (fileName.isEmpty() || !QFileInfo::exists(path)) {
        readError = u"File \"%1\" not found among the uploaded files"_s.arg(requestedName);
    } else if (const PackageArchiveReader::Result read = PackageArchiveReader().read(path);
               read.ok()) {
        packages = read.archive->packages;
    } else {
        // The program's own reader's verdict, under its stable problem name.
        readError = u"%1%2: %3"_s.arg(PackageArchiveReader::toString(read.error.problem),
                                      read.error.entry.isEmpty() ? QString()
                                                                 : u" in "_s + read.error.entry,
                                      read.error.message);
    }
    add(u"Loading file: %1 100%"_s.arg(fileName));
    bool invalid = false;
    if (!packages) {
        invalid = true;
        add(u"ERROR Error while loading packages from archive \"%1\": "
            "BPMSoft.Core.Packages.InvalidGZipArchiveException: %2"_s.arg(fileName, readError));
        add(u"Package installation finished with errors"_s);
    } else {
        // Which packages move the connector to a newer version.
        QMap<QString, QString> installed;
        if (auto q = m_db->exec(u"SELECT \"Name\", \"Version\" FROM \"SysPackage\""_s))
            while (q->next())
                installed.insert(q->value(0).toString(), q->value(1).toString());
        bool connectorUpgrade = false;
        QList<QPair<QString, QString>> versions;
        for (const auto &p : *packages) {
            versions.append({p.name, p.version});
            if (p.name.startsWith(u"Smr"_s) &&
                QVersionNumber::fromString(p.version) >
                        QVersionNumber::fromString(installed.value(p.name, u"0"_s)))
                connectorUpgrade = true;
        }
        const bool failure = hasFault(faults, Fault::Kind::InstallFailure);
        const bool modified = hasFault(faults, Fault::Kind::InstallModifiedLocally);
        add(u"Configuration backup started."_s);
        add(u"Configuration backup finished."_s);
        add(u"Preparing packages for installation"_s);
        add(u"Starting package installation"_s);
        add(u"Loading packages from archive"_s);
        for (const auto &p : *packages)
            add(u"Package \"%1\" version %2 (%3) loaded"_s.arg(p.name, p.version, p.maintainer));
        for (const auto &p : *packages)
            add(u"Saving schemas of package \"%1\""_s.arg(p.name));
        add(u"Updating database structure"_s);
        if (connectorUpgrade)
            add(u"Table \"SmrSyncHistory\": columns SmrIntegrationObjectId, SmrExternalKey, "
                "SmrVersion added; the records are now stored per integration object"_s,
                [this](QString *e) { return applyConnectorStructure(e); });
        if (failure) {
            add(u"Installing package data"_s);
            add(u"ERROR Error while installing package data of \"SmrOneCConnector\""_s);
            add(u"BPMSoft.Common.DbOperationException: 23502: null value in column "
                "\"SmrIntegrationObjectId\" of relation \"SmrSyncHistory\" violates not-null "
                "constraint"_s);
            add(u"   at BPMSoft.Core.Packages.PackageInstallUtilities.InstallPackageData("
                "PackageInstallUtilities.cs:line 412)"_s);
            add(u"Package installation finished with errors"_s, [](QString *e) {
                *e = u"Packages installation failed"_s;
                return false;
            });
        } else {
            if (connectorUpgrade)
                add(u"Column \"SmrUseForDeduplication\" added to \"SmrIntegrationObject\""_s,
                    [this](QString *e) { return addDeduplicationColumn(e); });
            add(u"Installing SQL scripts"_s);
            add(u"Installing package data"_s);
            add(u"Generating source code of schemas"_s);
            if (modified)
                add(u"Unable to install Schema \"SmrOneCSettingsPage\" into package "
                    "\"SmrOneCConnectorUI\", because the element has been modified locally."_s);
            add(u"Compiling configuration"_s);
            add(u"Configuration compiled successfully"_s);
            add(u"Package versions registered"_s,
                [this, versions](QString *e) { return setPackageVersions(versions, e); });
            add(u"Package installation finished"_s);
            if (!modified)
                add(u"Application installed successfully"_s);
            else
                add(u"Installation completed with skipped schemas"_s, [](QString *e) {
                    *e = u"Packages installation failed"_s;
                    return false;
                });
        }
    }
    const int interval =
            qMax(1, scaled(m_options.timings.installMs) / int(qMax<qsizetype>(1, steps->size())));
    auto index = std::make_shared<int>(0);
    auto next = std::make_shared<std::function<void()>>();
    const auto finish = [this, exchange, token, next](bool success, const QByteArray &body) {
        m_installing = false;
        unlockSession(token);
        exchange->respond(200, body);
        emit installFinished(success);
        *next = nullptr; // break the cycle
    };
    const int generation = m_restartGeneration;
    *next = [this, exchange, steps, index, next, interval, invalid, readError, finish,
             generation]() {
        if (!m_db || m_state == State::Stopped || generation != m_restartGeneration) {
            // The site stopped or restarted: the installation died with it, and so did its
            // connection.
            exchange->drop();
            *next = nullptr;
            return;
        }
        if (*index >= steps->size()) {
            if (invalid)
                finish(false, baseResponse(false, readError, u"InvalidGZipArchiveException"_s));
            else
                finish(true, baseResponse(true));
            return;
        }
        const Step step = steps->at((*index)++);
        appendInstallLog(step.line);
        if (step.action) {
            QString e;
            m_db->refresh();
            if (!step.action(&e)) {
                if (e != u"Packages installation failed"_s)
                    appendInstallLog(u"ERROR "_s + e);
                finish(false, baseResponse(false, u"Packages installation failed"_s));
                return;
            }
        }
        QTimer::singleShot(interval, this, [next]() {
            if (*next)
                (*next)();
        });
    };
    (*next)();
}

// --- restart and processes ---------------------------------------------------------------------

void SandboxSite::restart()
{
    if (m_state != State::Running)
        return;
    m_state = State::Restarting;
    m_installing = false;
    m_sessions.clear();
    m_busySessions.clear();
    m_waiting.clear();
    const int generation = ++m_restartGeneration;
    logInfo(u"sandbox: %1 restarting for %2 ms"_s.arg(url().toString())
                    .arg(scaled(m_options.timings.restartMs)));
    emit stateChanged();
    QTimer::singleShot(scaled(m_options.timings.restartMs), this, [this, generation]() {
        if (generation == m_restartGeneration && m_state == State::Restarting) {
            m_state = State::Running;
            emit stateChanged();
        }
    });
}

void SandboxSite::executeProcess(const Exchange &exchange, const QString &process,
                                 const QList<Fault> &faults)
{
    if (process != m_options.seed.integrationProcess) {
        exchange->respond(500, wcfFault(u"Process schema \"%1\" not found."_s.arg(process),
                                        u"BPMSoft.Common.ItemNotFoundException"_s));
        return;
    }
    PendingRun run;
    run.resultParameter = exchange->query().queryItemValue(u"ResultParameterName"_s);
    run.failObjects = hasFault(faults, Fault::Kind::IntegrationErrors);
    if (run.resultParameter.isEmpty())
        exchange->respond(200, {}, Json); // started; the caller reads VwSysProcessLog
    else
        run.exchange = exchange;
    m_runQueue.append(run);
    if (!m_integrationRunning)
        startIntegration();
}

void SandboxSite::startIntegration()
{
    if (m_runQueue.isEmpty() || m_integrationRunning || !m_db)
        return;
    m_currentRun = {m_runQueue.takeFirst()};
    m_db->refresh();
    const QString runId = SandboxDatabase::newGuid();
    const QString now = SandboxDatabase::formatDateTime(QDateTime::currentDateTimeUtc());
    QVariant schemaId;
    if (auto q = m_db->exec(u"SELECT %1 FROM \"SysSchema\" WHERE \"Name\" = ?"_s.arg(
                                    m_db->selectExpression(u"\"Id\""_s, ColumnType::Guid)),
                            {m_options.seed.integrationProcess});
        q && q->next())
        schemaId = q->value(0);
    QString error;
    m_db->insertRows(u"SysProcessLog"_s,
                     {u"Id"_s, u"CreatedOn"_s, u"ModifiedOn"_s, u"Name"_s, u"StatusId"_s,
                      u"StartDate"_s, u"SysSchemaId"_s},
                     {{runId, now, now, u"Запуск интеграции с 1С"_s, StatusRunning, now, schemaId}},
                     &error);
    SandboxIntegration::Settings settings;
    settings.databaseUrl = m_options.databaseUrl;
    settings.processLogId = runId;
    settings.siteUrl = url().toString();
    settings.failObjects = m_currentRun.first().failObjects;
    settings.workMsPerObject = scaled(m_options.timings.integrationObjectMs);
    m_integrationRunning = true;
    const Cancellation cancel = m_integrationCancel;
    m_integrationThread.reset(QThread::create([this, settings, cancel]() {
        const SandboxIntegration::Result result = SandboxIntegration::run(settings, cancel);
        const QString summary = result.summaryJson();
        const bool success = result.success;
        QMetaObject::invokeMethod(
                this, [this, summary, success]() { integrationDone(summary, success); },
                Qt::QueuedConnection);
    }));
    m_integrationThread->start();
}

void SandboxSite::integrationDone(const QString &summaryJson, bool success)
{
    if (m_integrationThread) {
        m_integrationThread->wait();
        m_integrationThread.reset();
    }
    m_integrationRunning = false;
    for (const PendingRun &run : std::as_const(m_currentRun))
        if (run.exchange)
            run.exchange->respond(
                    200,
                    (u"<string xmlns=\"http://schemas.microsoft.com/2003/10/Serialization/\">"_s +
                     xmlEscape(summaryJson) + u"</string>"_s)
                            .toUtf8(),
                    "application/xml; charset=utf-8");
    m_currentRun.clear();
    emit integrationFinished(success);
    startIntegration();
}

} // namespace upgrade::sandbox
