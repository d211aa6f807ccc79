#include "SyncHttpClient.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace upgrade {

/// The state of one request in flight (shared by the reply's slots and the caller's handle).
struct HttpInFlight
{
    QPointer<QNetworkReply> reply;
    HttpResponse response;
    std::function<void(const HttpResponse &)> done;
    std::unique_ptr<QTimer> timeout;
    bool finished = false;
};

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers)
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    return {};
}

QUrl HttpResponse::location() const
{
    const QByteArray raw = header("Location");
    if (raw.isEmpty())
        return {};
    return url.resolved(QUrl::fromEncoded(raw));
}

namespace {

/// A Cookie jar that lets callers remove everything (QNetworkCookieJar::setAllCookies is
/// protected).
class ClearableCookieJar : public QNetworkCookieJar
{
public:
    void clear() { setAllCookies({}); }
};

/// A request body that can be read once and never rewound: QNetworkAccessManager cannot repeat
/// the request on its own (it fails with ContentReSendError instead).
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_pos >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

SyncHttpClient::SyncHttpClient(const QString &pinnedSha256)
    : m_pin(normaliseFingerprint(pinnedSha256))
{}

SyncHttpClient::~SyncHttpClient() = default;

QString SyncHttpClient::normaliseFingerprint(const QString &text)
{
    QString hex = text.trimmed().toLower();
    hex.remove(u':');
    hex.remove(u' ');
    if (hex.size() != 64)
        return {};
    for (QChar c : hex)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return {};
    return hex;
}

QString SyncHttpClient::formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QNetworkAccessManager *SyncHttpClient::manager()
{
    if (!m_manager) {
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_manager->setCookieJar(new ClearableCookieJar);
        m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return m_manager.get();
}

QNetworkCookieJar *SyncHttpClient::cookieJar()
{
    return manager()->cookieJar();
}

QByteArray SyncHttpClient::cookie(const QUrl &url, const QByteArray &name)
{
    const QList<QNetworkCookie> cookies = cookieJar()->cookiesForUrl(url);
    for (const QNetworkCookie &c : cookies)
        if (c.name() == name)
            return c.value();
    return {};
}

void SyncHttpClient::clearCookies()
{
    static_cast<ClearableCookieJar *>(cookieJar())->clear();
}

QNetworkReply *SyncHttpClient::createReply(const HttpRequest &request)
{
    QNetworkRequest r(request.url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (request.idleTimeoutMs > 0)
        r.setTransferTimeout(request.idleTimeoutMs);
    for (const auto &header : request.headers)
        r.setRawHeader(header.first, header.second);
    if (request.multiPart)
        return manager()->sendCustomRequest(r, request.method, request.multiPart);
    if (request.noResend) {
        auto *body = new OneShotBody(request.body);
        r.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        r.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        QNetworkReply *reply = manager()->sendCustomRequest(r, request.method, body);
        body->setParent(reply);
        return reply;
    }
    if (request.method == "GET" && request.body.isEmpty())
        return manager()->get(r);
    return manager()->sendCustomRequest(r, request.method, request.body);
}

void SyncHttpClient::attach(QNetworkReply *reply, const Handle &state)
{
    state->reply = reply;
    state->response.url = reply->url();
    if (state->response.url.isEmpty())
        state->response.url = reply->request().url();

    QObject::connect(reply, &QNetworkReply::uploadProgress, reply,
                     [state](qint64 sent, qint64 total) {
                         if (total > 0 && sent >= total)
                             state->response.uploadCompleted = true;
                     });
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [this, state, reply](const QList<QSslError> &errors) {
                         QStringList texts;
                         QSslCertificate peer;
                         for (const QSslError &e : errors) {
                             texts.append(e.errorString());
                             if (peer.isNull() && !e.certificate().isNull())
                                 peer = e.certificate();
                         }
                         if (peer.isNull())
                             peer = reply->sslConfiguration().peerCertificate();
                         const QByteArray digest =
                                 peer.isNull() ? QByteArray()
                                               : peer.digest(QCryptographicHash::Sha256);
                         state->response.peerCertificateSha256 = formatFingerprint(digest);
                         state->response.tlsErrors = texts.join(u"; "_s);
                         // Only the one pinned certificate is accepted, and only for the
                         // errors its own presence explains; never "ignore all errors".
                         if (!m_pin.isEmpty() && !digest.isEmpty() &&
                             QString::fromLatin1(digest.toHex()) == m_pin) {
                             QList<QSslError> expected;
                             for (const QSslError &e : errors) {
                                 switch (e.error()) {
                                 case QSslError::SelfSignedCertificate:
                                 case QSslError::SelfSignedCertificateInChain:
                                 case QSslError::UnableToGetLocalIssuerCertificate:
                                 case QSslError::UnableToVerifyFirstCertificate:
                                 case QSslError::UnableToGetIssuerCertificate:
                                 case QSslError::CertificateUntrusted:
                                 case QSslError::HostNameMismatch:
                                     expected.append(e);
                                     break;
                                 default:
                                     break;
                                 }
                             }
                             if (expected.size() == errors.size()) {
                                 reply->ignoreSslErrors(errors);
                                 return;
                             }
                         }
                         state->response.tlsRejected = true;
                     });
    QObject::connect(reply, &QNetworkReply::finished, reply, [state, reply]() {
        if (state->finished)
            return;
        state->finished = true;
        if (state->timeout)
            state->timeout->stop();
        HttpResponse &r = state->response;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.headers = reply->rawHeaderPairs();
        if (reply->isOpen())
            r.body = reply->readAll();
        r.networkError = reply->error();
        if (r.networkError != QNetworkReply::NoError)
            r.errorString = reply->errorString();
        if (r.networkError == QNetworkReply::OperationCanceledError && !r.cancelled)
            r.timedOut = true; // transfer (idle) timeout
        if (r.networkError == QNetworkReply::SslHandshakeFailedError)
            r.tlsRejected = true;
        if (r.status == 0 && r.networkError == QNetworkReply::NoError)
            r.networkError = QNetworkReply::UnknownNetworkError;
        reply->deleteLater();
        const auto done = std::move(state->done);
        if (done)
            done(r);
    });
}

SyncHttpClient::Handle SyncHttpClient::start(const HttpRequest &request,
                                             std::function<void(const HttpResponse &)> done)
{
    auto state = std::make_shared<HttpInFlight>();
    state->done = std::move(done);
    QNetworkReply *reply = createReply(request);
    if (request.multiPart)
        request.multiPart->setParent(reply);
    if (request.onUploadProgress)
        QObject::connect(reply, &QNetworkReply::uploadProgress, reply, request.onUploadProgress);
    attach(reply, state);
    if (request.timeoutMs >= 0) {
        state->timeout = std::make_unique<QTimer>();
        state->timeout->setSingleShot(true);
        QObject::connect(state->timeout.get(), &QTimer::timeout, reply, [state]() {
            state->response.timedOut = true;
            if (state->reply)
                state->reply->abort();
        });
        state->timeout->start(request.timeoutMs);
    }
    return state;
}

void SyncHttpClient::abort(const Handle &handle)
{
    if (handle && handle->reply && !handle->finished) {
        handle->response.cancelled = true;
        handle->reply->abort();
    }
}

HttpResponse SyncHttpClient::send(const HttpRequest &request, const Cancellation &cancel,
                                  const std::function<void()> &pulse, int pulseMs)
{
    if (cancel.isCancelled()) {
        HttpResponse r;
        r.url = request.url;
        r.cancelled = true;
        r.networkError = QNetworkReply::OperationCanceledError;
        return r;
    }
    QEventLoop loop;
    HttpResponse result;
    bool finished = false;
    const Handle handle = start(request, [&](const HttpResponse &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    QTimer watch;
    watch.setInterval(100);
    QObject::connect(&watch, &QTimer::timeout, &loop, [&]() {
        if (cancel.isCancelled())
            abort(handle);
    });
    watch.start();
    QTimer pulseTimer;
    if (pulse) {
        pulseTimer.setInterval(pulseMs);
        QObject::connect(&pulseTimer, &QTimer::timeout, &loop, [&]() {
            if (!finished)
                pulse();
        });
        pulseTimer.start();
    }
    if (!finished)
        loop.exec();
    return result;
}

} // namespace upgrade
