// SyncHttpClient's streamed file upload (FileUploadExchange) against a scripted HTTP server on a
// real socket: what goes on the wire, the ways an answer can come back, timeouts, cancel, and
// the QNetworkAccessManager fallback when a proxy applies.
#include "bpmsoft/FileUploadExchange.h"
#include "QtPrinters.h"
#include "bpmsoft/SyncHttpClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;
using namespace upgrade;

namespace {

/// A one-connection-at-a-time HTTP server on 127.0.0.1 in the test's thread (the client's local
/// event loop serves it). It collects the request and lets the test decide when and what to
/// answer.
class ScriptedServer
{
public:
    /// Called whenever bytes arrive: the request so far; answer through the socket, or not.
    std::function<void(QTcpSocket *, const QByteArray &)> onData;

    ScriptedServer()
    {
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this]() {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++connections;
                request.clear();
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s]() {
                    request += s->readAll();
                    if (onData)
                        onData(s, request);
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port()).arg(path));
    }

    /// The head (up to the blank line) and body of the request received.
    QByteArray head() const { return request.left(request.indexOf("\r\n\r\n") + 2); }
    QByteArray body() const { return request.mid(request.indexOf("\r\n\r\n") + 4); }
    qint64 contentLength() const
    {
        for (const QByteArray &line : head().split('\n'))
            if (line.toLower().startsWith("content-length:"))
                return line.mid(15).trimmed().toLongLong();
        return -1;
    }
    bool complete() const
    {
        return request.contains("\r\n\r\n") && body().size() >= contentLength();
    }

    QByteArray request;
    int connections = 0;

private:
    QTcpServer m_server;
};

class FileUploadExchangeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_bytes.resize(3 * 1024 * 1024 + 123); // several reads, not a multiple of them
        QRandomGenerator random(7);
        random.fillRange(reinterpret_cast<quint32 *>(m_bytes.data()), m_bytes.size() / 4);
        m_path = m_dir.filePath(u"SmrOneCConnector_2.4.0.zip"_s);
        QFile f(m_path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_EQ(f.write(m_bytes), m_bytes.size());
    }
    void TearDown() override { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); }

    HttpRequest upload(const QUrl &url) const
    {
        HttpRequest r;
        r.method = "POST";
        r.url = url;
        r.headers.append(qMakePair(QByteArray("BPMCSRF"), QByteArray("csrf-token")));
        r.headers.append(qMakePair(QByteArray("ForceUseSession"), QByteArray("true")));
        r.formFile = HttpRequest::FormFile{m_path, "files", u"SmrOneCConnector_2.4.0.zip"_s,
                                           "application/x-zip-compressed"};
        r.timeoutMs = -1;
        r.idleTimeoutMs = 30'000;
        return r;
    }

    /// The file's bytes as the multipart body carries them (between the framing).
    static QByteArray filePart(const QByteArray &body)
    {
        const qsizetype start = body.indexOf("\r\n\r\n") + 4;
        const qsizetype end = body.lastIndexOf("\r\n--");
        return start < 4 || end < start ? QByteArray() : body.mid(start, end - start);
    }

    static void answer(QTcpSocket *s, const QByteArray &response)
    {
        s->write(response);
        s->flush();
    }

    QTemporaryDir m_dir;
    QByteArray m_bytes;
    QString m_path;
};

} // namespace

TEST_F(FileUploadExchangeTest, StreamsTheFileAsAMultipartFormWithTheSessionAndReadsAChunkedAnswer)
{
    ScriptedServer server;
    server.onData = [&](QTcpSocket *s, const QByteArray &) {
        if (!server.complete())
            return;
        // Chunked, with an extension and a trailer; a refreshed session cookie.
        answer(s, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                  "Set-Cookie: BPMSESSIONID=renewed; Path=/\r\n"
                  "Transfer-Encoding: chunked\r\n\r\n"
                  "a;ext=1\r\n{\"success\"\r\n"
                  "5\r\n:true\r\n1\r\n}\r\n0\r\nX-Trailer: 1\r\n\r\n");
    };
    SyncHttpClient http;
    http.cookieJar()->setCookiesFromUrl(
            {QNetworkCookie("BPMCSRF", "csrf-token"), QNetworkCookie(".ASPXAUTH", "auth")},
            server.url(u"/"_s));
    HttpRequest r =
            upload(server.url(u"/0/ServiceModel/PackageInstallerService.svc/UploadPackage"_s));
    QList<qint64> progress;
    qint64 progressTotal = 0;
    r.onUploadProgress = [&](qint64 sent, qint64 total) {
        progress.append(sent);
        progressTotal = total;
    };
    ASSERT_TRUE(SyncHttpClient::streamsUploadsDirectly(r.url));
    const HttpResponse resp = http.send(r);

    EXPECT_EQ(resp.status, 200);
    EXPECT_EQ(resp.networkError, QNetworkReply::NoError) << resp.errorString.toStdString();
    EXPECT_EQ(resp.body, "{\"success\":true}");
    EXPECT_TRUE(resp.uploadCompleted);
    const QByteArray head = server.head();
    EXPECT_TRUE(head.startsWith(
            "POST /0/ServiceModel/PackageInstallerService.svc/UploadPackage HTTP/1.1\r\n"))
            << head.toStdString();
    EXPECT_TRUE(head.contains(QByteArray("\r\nHost: 127.0.0.1:") +
                              QByteArray::number(server.port()) + "\r\n"));
    EXPECT_TRUE(head.contains("\r\nBPMCSRF: csrf-token\r\n"));
    EXPECT_TRUE(head.contains("\r\nForceUseSession: true\r\n"));
    EXPECT_TRUE(head.contains("Cookie: ")) << head.toStdString();
    EXPECT_TRUE(head.contains(".ASPXAUTH=auth"));
    EXPECT_TRUE(head.contains("Content-Type: multipart/form-data; boundary="));
    EXPECT_EQ(server.contentLength(), server.body().size());
    const QByteArray body = server.body();
    EXPECT_TRUE(body.contains("Content-Disposition: form-data; name=\"files\"; "
                              "filename=\"SmrOneCConnector_2.4.0.zip\"\r\n"
                              "Content-Type: application/x-zip-compressed\r\n\r\n"));
    EXPECT_TRUE(filePart(body) == m_bytes) << "the file arrives byte for byte";
    EXPECT_TRUE(body.endsWith("--\r\n"));
    // The boundary of the Content-Type header frames the body.
    const QByteArray boundary = head.mid(head.indexOf("boundary=") + 9).split('\r').first();
    EXPECT_TRUE(body.startsWith("--" + boundary + "\r\n"));
    EXPECT_TRUE(body.endsWith("\r\n--" + boundary + "--\r\n"));
    // Progress climbs to the whole body.
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progressTotal, server.body().size());
    EXPECT_EQ(progress.last(), progressTotal);
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
    EXPECT_EQ(http.cookie(server.url(u"/"_s), "BPMSESSIONID"), "renewed")
            << "Set-Cookie of the answer reaches the session's jar";
}

TEST_F(FileUploadExchangeTest, AnAnswerBeforeTheWholeBodyEndsTheExchange)
{
    // A server that refuses the request from its head (413) and reads on without closing.
    // (One that resets the connection instead loses its answer here as with
    // QNetworkAccessManager: the system discards it with the reset.)
    ScriptedServer server;
    server.onData = [&](QTcpSocket *s, const QByteArray &request) {
        if (!request.contains("\r\n\r\n") || s->property("answered").toBool())
            return;
        s->setProperty("answered", true);
        answer(s, "HTTP/1.1 413 Request Entity Too Large\r\nContent-Type: text/html\r\n"
                  "Content-Length: 13\r\n\r\n<h1>413</h1>\n");
    };
    SyncHttpClient http;
    const HttpResponse resp = http.send(upload(server.url(u"/UploadPackage"_s)));
    EXPECT_EQ(resp.status, 413) << resp.errorString.toStdString();
    EXPECT_EQ(resp.body, "<h1>413</h1>\n");
    EXPECT_FALSE(resp.uploadCompleted);
    EXPECT_LT(server.body().size(), m_bytes.size()) << "the exchange ended with the answer";
}

TEST_F(FileUploadExchangeTest, AnswerUntilCloseAndOneHundredContinueAreRead)
{
    ScriptedServer server;
    server.onData = [&](QTcpSocket *s, const QByteArray &) {
        if (!server.complete())
            return;
        answer(s, "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.0 200 OK\r\n"
                  "Content-Type: application/json\r\n\r\n{\"success\":true}");
        s->disconnectFromHost();
    };
    SyncHttpClient http;
    const HttpResponse resp = http.send(upload(server.url(u"/UploadPackage"_s)));
    EXPECT_EQ(resp.status, 200) << resp.errorString.toStdString();
    EXPECT_EQ(resp.body, "{\"success\":true}");
    EXPECT_EQ(resp.networkError, QNetworkReply::NoError);
}

TEST_F(FileUploadExchangeTest, AConnectionDroppedWithoutAnswerIsATransportFailure)
{
    ScriptedServer server;
    server.onData = [&](QTcpSocket *s, const QByteArray &request) {
        if (request.size() > 1024 * 1024)
            s->abort();
    };
    SyncHttpClient http;
    const HttpResponse resp = http.send(upload(server.url(u"/UploadPackage"_s)));
    EXPECT_TRUE(resp.isTransportFailure());
    EXPECT_NE(resp.networkError, QNetworkReply::NoError);
    EXPECT_FALSE(resp.uploadCompleted);
    EXPECT_EQ(server.connections, 1) << "never repeated by itself";
}

TEST_F(FileUploadExchangeTest, AMalformedAnswerIsAProtocolFailure)
{
    ScriptedServer server;
    server.onData = [&](QTcpSocket *s, const QByteArray &) {
        if (server.complete())
            answer(s, "SSH-2.0-OpenSSH_9.2\r\n\r\n");
    };
    SyncHttpClient http;
    const HttpResponse resp = http.send(upload(server.url(u"/UploadPackage"_s)));
    EXPECT_EQ(resp.status, 0);
    EXPECT_EQ(resp.networkError, QNetworkReply::ProtocolFailure);
}

TEST_F(FileUploadExchangeTest, ASilentServerHitsTheIdleTimeout)
{
    ScriptedServer server; // reads everything, never answers
    SyncHttpClient http;
    HttpRequest r = upload(server.url(u"/UploadPackage"_s));
    r.idleTimeoutMs = 300;
    const HttpResponse resp = http.send(r);
    EXPECT_TRUE(resp.timedOut);
    EXPECT_EQ(resp.networkError, QNetworkReply::OperationCanceledError);
    EXPECT_TRUE(resp.isTransportFailure());
    EXPECT_TRUE(resp.uploadCompleted) << "the body went; the answer did not come";
}

TEST_F(FileUploadExchangeTest, CancelStopsTheUpload)
{
    ScriptedServer server;
    Cancellation cancel;
    server.onData = [&](QTcpSocket *, const QByteArray &) { cancel.cancel(); };
    SyncHttpClient http;
    const HttpResponse resp = http.send(upload(server.url(u"/UploadPackage"_s)), cancel);
    EXPECT_TRUE(resp.cancelled);
    EXPECT_FALSE(resp.timedOut);
    EXPECT_EQ(resp.networkError, QNetworkReply::OperationCanceledError);
}

TEST_F(FileUploadExchangeTest, RefusedConnectionAndUnreadableFileAreClearFailures)
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    SyncHttpClient http;
    const HttpResponse refused =
            http.send(upload(QUrl(u"http://127.0.0.1:%1/UploadPackage"_s.arg(closedPort))));
    EXPECT_EQ(refused.networkError, QNetworkReply::ConnectionRefusedError);
    EXPECT_TRUE(refused.isTransportFailure());

    ScriptedServer server;
    HttpRequest r = upload(server.url(u"/UploadPackage"_s));
    r.formFile->path = m_dir.filePath(u"missing.zip"_s);
    const HttpResponse missing = http.send(r);
    EXPECT_EQ(missing.networkError, QNetworkReply::ContentAccessDenied);
    EXPECT_EQ(server.connections, 0) << "nothing is sent without the file";
}

TEST_F(FileUploadExchangeTest, ThroughAProxyTheUploadGoesWithQNetworkAccessManager)
{
    // The scripted server plays an HTTP proxy: QNAM sends it the absolute URL.
    ScriptedServer proxy;
    proxy.onData = [&](QTcpSocket *s, const QByteArray &) {
        if (proxy.complete())
            answer(s, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 16\r\n\r\n{\"success\":true}");
    };
    QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.port()));
    const QUrl site(
            u"http://bpmsoft.example:8080/0/ServiceModel/PackageInstallerService.svc/UploadPackage"_s);
    EXPECT_FALSE(SyncHttpClient::streamsUploadsDirectly(site));
    SyncHttpClient http;
    const HttpResponse resp = http.send(upload(site));
    EXPECT_EQ(resp.status, 200) << resp.errorString.toStdString();
    EXPECT_TRUE(proxy.head().startsWith("POST http://bpmsoft.example:8080/0/ServiceModel/"))
            << proxy.head().toStdString();
    EXPECT_TRUE(proxy.body().contains("Content-Disposition: form-data; name=\"files\"; "
                                      "filename=\"SmrOneCConnector_2.4.0.zip\""));
    EXPECT_TRUE(filePart(proxy.body()) == m_bytes);
}
