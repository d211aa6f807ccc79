#include "CompanionSiteWatcher.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace upgrade::sandbox {

CompanionSiteWatcher::CompanionSiteWatcher(QUrl url, int misses, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_misses(misses)
{
    connect(&m_timer, &QTimer::timeout, this, &CompanionSiteWatcher::ask);
}

void CompanionSiteWatcher::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void CompanionSiteWatcher::ask()
{
    if (m_asking)
        return;
    m_asking = true;
    QNetworkRequest request(m_url);
    request.setTransferTimeout(2000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply]() {
        reply->deleteLater();
        m_asking = false;
        const bool answered =
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0;
        m_missed = answered ? 0 : m_missed + 1;
        if (m_missed >= m_misses) {
            m_timer.stop();
            emit gone();
        }
    });
}

} // namespace upgrade::sandbox
