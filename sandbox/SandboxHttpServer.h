#pragma once

#include "HttpExchange.h"

#include <QAbstractHttpServer>

#include <functional>
#include <memory>

namespace upgrade::sandbox {

/// The sandbox's HTTP server: QtHttpServer's parsing and connections, with every request given
/// to one handler as an HttpExchange that may be answered later (delays, long operations), or
/// never (faults). Lives on the thread that created it.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const std::shared_ptr<HttpExchange> &)>;
    explicit SandboxHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace upgrade::sandbox
