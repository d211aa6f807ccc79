#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

namespace upgrade::sandbox {

/// Ties a sandbox test site to the sandbox that it belongs to: asks `url` (the production
/// sandbox site) once a second and emits gone() after `misses` answers in a row that never came
/// (connection refused, closed, timed out) — the sandbox has stopped, so the test site the
/// upgrade started for it should stop too. Any HTTP answer counts as alive. Owner's thread
/// (an event loop is needed); owned by its parent.
class CompanionSiteWatcher : public QObject
{
    Q_OBJECT
public:
    explicit CompanionSiteWatcher(QUrl url, int misses = 3, QObject *parent = nullptr);
    void start(int intervalMs = 1000);

signals:
    void gone();

private:
    void ask();

    QUrl m_url;
    int m_misses;
    int m_missed = 0;
    bool m_asking = false;
    QTimer m_timer;
    QNetworkAccessManager m_network;
};

} // namespace upgrade::sandbox
