#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServerResponder;
QT_END_NAMESPACE

namespace upgrade::sandbox {

/// One HTTP request to a sandbox server and its (possibly late) answer. The request is copied
/// out of QHttpServerRequest (which the server reuses for the next request on the connection),
/// so the answer can be given from a timer or after work in another thread. Answering a
/// connection that is gone is a no-op. Lives on the server's thread; shared by the handlers.
class HttpExchange
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    HttpExchange(QByteArray method, QUrl url, Headers headers, QByteArray body, QHostAddress peer,
                 std::unique_ptr<QHttpServerResponder> responder);
    ~HttpExchange();

    const QByteArray &method() const { return m_method; }
    const QUrl &url() const { return m_url; }
    QString path() const { return m_url.path(QUrl::FullyDecoded); }
    QUrlQuery query() const { return QUrlQuery(m_url); }
    const Headers &headers() const { return m_headers; }
    QByteArray header(const QByteArray &name) const;
    const QByteArray &body() const { return m_body; }
    const QHostAddress &peer() const { return m_peer; }
    /// The request's cookies (Cookie header).
    QMap<QByteArray, QByteArray> cookies() const;

    /// Sends the answer (Content-Length added). Each header may repeat (Set-Cookie).
    void
    respond(int status, const QByteArray &body = {},
            const QByteArray &contentType = QByteArrayLiteral("application/json; charset=utf-8"),
            const Headers &headers = {});
    /// A header for whatever answer is given later (Set-Cookie: BPMSESSIONID, ...).
    void addResponseHeader(const QByteArray &name, const QByteArray &value)
    {
        m_extraHeaders.append({name, value});
    }
    /// Closes the connection without an answer.
    void drop();
    /// Instead of answering, drop (the work is done, the answer is lost).
    void setDropInsteadOfAnswer(bool drop) { m_dropInsteadOfAnswer = drop; }
    bool isAnswered() const { return m_answered; }
    bool isConnected() const;
    int status() const { return m_status; }

    /// Called once the answer went out (or the connection was dropped): for the request log.
    std::function<void(const HttpExchange &)> onDone;

private:
    QByteArray m_method;
    QUrl m_url;
    Headers m_headers;
    QByteArray m_body;
    QHostAddress m_peer;
    Headers m_extraHeaders;
    std::unique_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_answered = false;
    bool m_dropInsteadOfAnswer = false;
    int m_status = 0;
};

} // namespace upgrade::sandbox
