// The 1C OData connectivity check against a real local HTTP responder (QTcpServer): 200 with
// metadata, 401, 403, 404, 5xx, a redirect, a login page, a closed port, a silent server
// (timeout), cancel; and the Basic credentials it sends.
#include "QtPrinters.h"
#include "onec/OneCODataCheck.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;

namespace {

/// Answers every request with one canned response (or never, when `silent`).
class Responder
{
public:
    explicit Responder(QByteArray response, bool silent = false)
        : m_response(std::move(response))
    {
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, [this, silent] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, silent] {
                m_request += socket->readAll();
                if (!silent && m_request.contains("\r\n\r\n")) {
                    socket->write(m_response);
                    socket->disconnectFromHost();
                }
            });
        });
    }
    QString url(const QString &path = u"/trade/odata/standard.odata"_s) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path);
    }
    const QByteArray &request() const { return m_request; }

private:
    QTcpServer m_server;
    QByteArray m_response;
    QByteArray m_request;
};

QByteArray http(int code, const QByteArray &reason, const QByteArray &body,
                const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(code) + ' ' + reason +
           "\r\nContent-Type: application/xml\r\nConnection: close\r\n" + extra +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

const QByteArray Metadata = "<?xml version=\"1.0\"?><edmx:Edmx Version=\"1.0\" "
                            "xmlns:edmx=\"http://schemas.microsoft.com/ado/2007/06/edmx\"/>";

TEST(OneCODataCheck, OkOnMetadataAndSendsBasicCredentials)
{
    Responder server(http(200, "OK", Metadata));
    const ODataCheckResult r = OneCODataCheck::check(server.url(u"/trade/odata/standard.odata/"_s),
                                                     u"Обмен"_s, u"p:w"_s);
    EXPECT_EQ(r.status, ODataCheckResult::Status::Ok) << r.message.toStdString();
    EXPECT_EQ(r.httpStatus, 200);
    EXPECT_TRUE(server.request().startsWith("GET /trade/odata/standard.odata/$metadata HTTP/1.1"))
            << server.request().toStdString();
    EXPECT_TRUE(server.request().contains("Authorization: Basic " +
                                          QByteArray("Обмен:p:w").toBase64()));
    EXPECT_FALSE(r.details.contains(u"p:w"_s));
}

TEST(OneCODataCheck, ExplainsEachAnswer)
{
    struct Case
    {
        QByteArray response;
        ODataCheckResult::Status status;
    };
    const QList<Case> cases = {
            {http(401, "Unauthorized", "", "WWW-Authenticate: Basic realm=\"1C\"\r\n"),
             ODataCheckResult::Status::WrongCredentials},
            {http(403, "Forbidden", ""), ODataCheckResult::Status::Forbidden},
            {http(404, "Not Found", "no such publication"), ODataCheckResult::Status::NotFound},
            {http(500, "Internal Server Error", "1C server down"),
             ODataCheckResult::Status::ServerError},
            {http(302, "Found", "", "Location: https://1c.example/trade/\r\n"),
             ODataCheckResult::Status::Redirected},
            {http(200, "OK", "<html>login</html>"), ODataCheckResult::Status::Unexpected},
            {http(418, "I'm a teapot", ""), ODataCheckResult::Status::Unexpected},
    };
    for (const Case &c : cases) {
        Responder server(c.response);
        const ODataCheckResult r = OneCODataCheck::check(server.url(), u"u"_s, u"p"_s);
        EXPECT_EQ(r.status, c.status) << c.response.left(30).toStdString();
        EXPECT_FALSE(r.message.isEmpty());
        EXPECT_FALSE(r.ok());
    }
}

TEST(OneCODataCheck, ClosedPortIsUnreachable)
{
    quint16 port;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const ODataCheckResult r = OneCODataCheck::check(
            u"http://127.0.0.1:%1/trade/odata/standard.odata"_s.arg(port), u"u"_s, u"p"_s);
    EXPECT_EQ(r.status, ODataCheckResult::Status::Unreachable) << r.message.toStdString();
}

TEST(OneCODataCheck, SilentServerTimesOutAndCancelStops)
{
    Responder server({}, true);
    const ODataCheckResult r = OneCODataCheck::check(server.url(), u"u"_s, u"p"_s, {}, 300);
    EXPECT_EQ(r.status, ODataCheckResult::Status::TimedOut);
    EXPECT_LT(r.elapsedMs, 5000);

    Cancellation cancel;
    QTimer::singleShot(100, [cancel] { cancel.cancel(); });
    const ODataCheckResult c = OneCODataCheck::check(server.url(), u"u"_s, u"p"_s, cancel, 60000);
    EXPECT_EQ(c.status, ODataCheckResult::Status::Cancelled);
    EXPECT_LT(c.elapsedMs, 5000);
}

TEST(OneCODataCheck, MetadataUrl)
{
    EXPECT_EQ(OneCODataCheck::metadataUrl(u"http://h/b/odata/standard.odata//"_s),
              u"http://h/b/odata/standard.odata/$metadata"_s);
    EXPECT_EQ(OneCODataCheck::metadataUrl(u"http://h/b/odata/standard.odata/$metadata"_s),
              u"http://h/b/odata/standard.odata/$metadata"_s);
    EXPECT_EQ(OneCODataCheck::check({}, {}, {}).status, ODataCheckResult::Status::NotConfigured);
}

} // namespace
