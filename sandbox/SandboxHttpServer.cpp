#include "SandboxHttpServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>

namespace upgrade::sandbox {

SandboxHttpServer::SandboxHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    QByteArray method = QByteArray(methods.valueToKey(int(request.method()))).toUpper();
    if (method.isEmpty())
        method = "UNKNOWN";
    HttpExchange::Headers headers;
    for (const auto &h : request.headers())
        headers.append({h.first, h.second});
    auto responder = std::make_unique<QHttpServerResponder>(makeResponder(request, socket));
    auto exchange = std::make_shared<HttpExchange>(method, request.url(), headers, request.body(),
                                                   request.remoteAddress(), std::move(responder));
    m_handler(exchange);
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace upgrade::sandbox
