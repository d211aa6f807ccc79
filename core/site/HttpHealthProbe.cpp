#include "HttpHealthProbe.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace upgrade {

HttpHealthProbe::HttpHealthProbe(QString url, int timeoutMs)
    : m_url(std::move(url))
    , m_timeoutMs(timeoutMs)
{}

HealthProbeResult HttpHealthProbe::probe(const Cancellation &cancel)
{
    HealthProbeResult result;
    QNetworkAccessManager manager;
    QNetworkRequest request{QUrl(m_url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    bool timedOut = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel.isCancelled() || clock.elapsed() > m_timeoutMs) {
            timedOut = !cancel.isCancelled();
            reply->abort();
        }
    });
    poll.start(50);
    if (!reply->isFinished())
        loop.exec();
    const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (code > 0) {
        result.healthy = code >= 200 && code < 400;
        result.detail = u"HTTP %1"_s.arg(code);
    } else {
        result.detail =
                timedOut ? u"no answer within %1 ms"_s.arg(m_timeoutMs) : reply->errorString();
    }
    return result;
}

} // namespace upgrade
