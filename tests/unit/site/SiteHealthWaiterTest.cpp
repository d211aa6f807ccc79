// Waiting until a site answers healthy, against a real local HTTP responder that answers 503
// a few times and then 200; the timeout and cancel.
#include "site/SiteHealthWaiter.h"
#include "../onec/TestDoubles.h"
#include "QtPrinters.h"
#include "site/HttpHealthProbe.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;
using namespace upgrade::test;

namespace {

/// Answers 503 for the first `unhealthy` requests, then `finalCode`.
class SiteResponder
{
public:
    SiteResponder(int unhealthy, int finalCode)
    {
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, [this, unhealthy, finalCode] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            QObject::connect(
                    socket, &QTcpSocket::readyRead, socket, [this, socket, unhealthy, finalCode] {
                        if (!socket->readAll().contains("\r\n\r\n"))
                            return;
                        const int code = ++m_requests <= unhealthy ? 503 : finalCode;
                        socket->write("HTTP/1.1 " + QByteArray::number(code) +
                                      " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                        socket->disconnectFromHost();
                    });
        });
    }
    QString url() const { return u"http://127.0.0.1:%1/"_s.arg(m_server.serverPort()); }
    int requests() const { return m_requests; }

private:
    QTcpServer m_server;
    int m_requests = 0;
};

TEST(SiteHealthWaiter, WaitsUntilHealthy)
{
    SiteResponder site(3, 302); // the login redirect counts as up
    HttpHealthProbe probe(site.url(), 2000);
    RecordingProgress progress;
    const HealthWaitResult r = SiteHealthWaiter::waitUntilHealthy(probe, progress, 20000, 50);
    EXPECT_TRUE(r.healthy) << r.message.toStdString();
    EXPECT_EQ(r.attempts, 4);
    EXPECT_EQ(site.requests(), 4);
    EXPECT_DOUBLE_EQ(progress.fraction(), 1.0);
    EXPECT_TRUE(progress.statuses().join(u'\n').contains(u"HTTP 503"_s));
}

TEST(SiteHealthWaiter, TimesOut)
{
    SiteResponder site(1000, 200);
    HttpHealthProbe probe(site.url(), 2000);
    RecordingProgress progress;
    const HealthWaitResult r = SiteHealthWaiter::waitUntilHealthy(probe, progress, 500, 100);
    EXPECT_FALSE(r.healthy);
    EXPECT_TRUE(r.timedOut);
    EXPECT_GE(r.attempts, 2);
    EXPECT_EQ(r.lastDetail, u"HTTP 503"_s);
    EXPECT_LT(r.elapsedMs, 5000);
}

TEST(SiteHealthWaiter, CancelStopsWaiting)
{
    /// A probe that cancels on its second look.
    struct CancellingProbe : SiteHealthProbe
    {
        Cancellation cancel;
        int calls = 0;
        HealthProbeResult probe(const Cancellation &) override
        {
            if (++calls == 2)
                cancel.cancel();
            return {false, u"HTTP 503"_s};
        }
        QString target() const override { return u"test"_s; }
    } probe;
    RecordingProgress progress(probe.cancel);
    const HealthWaitResult r = SiteHealthWaiter::waitUntilHealthy(probe, progress, 60000, 10);
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(probe.calls, 2);
}

TEST(HttpHealthProbe, NothingListening)
{
    quint16 port;
    {
        QTcpServer s;
        ASSERT_TRUE(s.listen(QHostAddress::LocalHost));
        port = s.serverPort();
    }
    HttpHealthProbe probe(u"http://127.0.0.1:%1/"_s.arg(port), 2000);
    const HealthProbeResult r = probe.probe({});
    EXPECT_FALSE(r.healthy);
    EXPECT_FALSE(r.detail.isEmpty());
}

} // namespace
