#pragma once

#include "util/Cancellation.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QHttpMultiPart;
class QNetworkAccessManager;
class QNetworkCookieJar;
QT_END_NAMESPACE

namespace upgrade {

/// One HTTP request for SyncHttpClient.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// A multipart body instead of `body`; ownership passes to the reply (deleted with it).
    QHttpMultiPart *multiPart = nullptr;
    /// The whole exchange must end within this; -1: no limit (the cancel still works).
    int timeoutMs = 100'000;
    /// Abort when no byte moves for this long; -1: no limit. Large uploads use this instead
    /// of a total timeout.
    int idleTimeoutMs = -1;
    /// The request changes something: Qt must not send it again by itself. (QNetworkAccessManager
    /// silently repeats a request whose connection closed before the answer; with this set the
    /// body cannot be rewound, so such a repeat fails instead.)
    bool noResend = false;
    std::function<void(qint64 sent, qint64 total)> onUploadProgress;
};

/// What came back (or why nothing did).
struct HttpResponse
{
    int status = 0; ///< 0: no HTTP response at all
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString; ///< Qt's description when networkError is set
    bool timedOut = false;
    bool cancelled = false;
    bool tlsRejected = false;      ///< the server's certificate was not trusted
    QString tlsErrors;             ///< why, for the details
    QString peerCertificateSha256; ///< hex, colon-separated: what to pin after checking it
    bool uploadCompleted = false;  ///< the whole request body was sent before the end
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QUrl url;

    QByteArray header(const QByteArray &name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }
    bool isRedirect() const { return status >= 300 && status < 400; }
    QUrl location() const; ///< the redirect target, resolved against url
    /// A transport-level failure: no HTTP status (refused, reset, dropped, timed out).
    bool isTransportFailure() const { return status == 0; }
};

/// Synchronous HTTP on the calling thread: each send() runs a local event loop until the reply
/// ends, its timeout passes or the Cancellation fires. Owns a QNetworkAccessManager (created
/// on first use, on the calling thread) with a cookie jar, no automatic redirects, and TLS that
/// trusts the system store plus, optionally, one pinned certificate (SHA-256 of the DER form).
/// Never ignores TLS errors otherwise. Use one instance per thread; not thread-safe.
class SyncHttpClient
{
public:
    /// `pinnedSha256`: hex digits, colons and case ignored; empty: system trust only.
    explicit SyncHttpClient(const QString &pinnedSha256 = {});
    ~SyncHttpClient();
    SyncHttpClient(const SyncHttpClient &) = delete;
    SyncHttpClient &operator=(const SyncHttpClient &) = delete;

    /// Sends and waits. `pulse`, when given, is called about every `pulseMs` while waiting
    /// (the install uses it to poll the log from a second client in the same loop).
    HttpResponse send(const HttpRequest &request, const Cancellation &cancel = {},
                      const std::function<void()> &pulse = {}, int pulseMs = 250);

    /// Starts a request without waiting; `done` runs (on this thread, from the event loop)
    /// with the result. Returns a handle that abort() can stop. The caller must keep running an
    /// event loop (e.g. inside another send()).
    using Handle = std::shared_ptr<struct HttpInFlight>;
    Handle start(const HttpRequest &request, std::function<void(const HttpResponse &)> done);
    static void abort(const Handle &handle);

    QNetworkCookieJar *cookieJar();
    /// The value of a cookie the server set for `url`, or empty.
    QByteArray cookie(const QUrl &url, const QByteArray &name);
    void clearCookies();

    /// Normalises a fingerprint to lower-case hex without separators; empty if invalid.
    static QString normaliseFingerprint(const QString &text);
    /// "AB:CD:..." for messages.
    static QString formatFingerprint(const QByteArray &sha256);

private:
    QNetworkAccessManager *manager();
    QNetworkReply *createReply(const HttpRequest &request);
    void attach(QNetworkReply *reply, const Handle &state);

    QString m_pin;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace upgrade
