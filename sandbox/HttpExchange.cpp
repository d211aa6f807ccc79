#include "HttpExchange.h"

#include <QHttpServerResponder>

using namespace Qt::StringLiterals;

namespace upgrade::sandbox {

HttpExchange::HttpExchange(QByteArray method, QUrl url, Headers headers, QByteArray body,
                           QHostAddress peer, std::unique_ptr<QHttpServerResponder> responder)
    : m_method(std::move(method))
    , m_url(std::move(url))
    , m_headers(std::move(headers))
    , m_body(std::move(body))
    , m_peer(std::move(peer))
    , m_responder(std::move(responder))
    , m_socket(m_responder ? m_responder->socket() : nullptr)
{}

HttpExchange::~HttpExchange() = default;

QByteArray HttpExchange::header(const QByteArray &name) const
{
    for (const auto &h : m_headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QMap<QByteArray, QByteArray> HttpExchange::cookies() const
{
    QMap<QByteArray, QByteArray> out;
    for (const auto &h : m_headers) {
        if (h.first.compare("Cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : h.second.split(';')) {
            const QByteArray p = part.trimmed();
            const qsizetype eq = p.indexOf('=');
            if (eq > 0)
                out.insert(p.left(eq).trimmed(), p.mid(eq + 1).trimmed());
        }
    }
    return out;
}

bool HttpExchange::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpExchange::respond(int status, const QByteArray &body, const QByteArray &contentType,
                           const Headers &headers)
{
    if (m_answered)
        return;
    m_answered = true;
    m_status = m_dropInsteadOfAnswer ? 0 : status;
    // Logged before the client can see anything, so that a client's next step finds it.
    if (onDone)
        onDone(*this);
    if (m_dropInsteadOfAnswer) {
        if (m_socket)
            m_socket->abort();
    } else if (isConnected() && m_responder) {
        m_responder->writeStatusLine(QHttpServerResponder::StatusCode(status));
        if (!contentType.isEmpty())
            m_responder->writeHeader("Content-Type", contentType);
        for (const auto &h : m_extraHeaders)
            m_responder->writeHeader(h.first, h.second);
        for (const auto &h : headers)
            m_responder->writeHeader(h.first, h.second);
        m_responder->writeHeader("Content-Length", QByteArray::number(body.size()));
        m_responder->writeBody(body);
    }
}

void HttpExchange::drop()
{
    if (m_answered)
        return;
    m_answered = true;
    m_status = 0;
    if (onDone)
        onDone(*this);
    if (m_socket)
        m_socket->abort();
}

} // namespace upgrade::sandbox
