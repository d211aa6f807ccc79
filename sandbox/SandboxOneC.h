#pragma once

#include "SandboxScenario.h"

#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QUrl>

#include <memory>

namespace upgrade::sandbox {

class HttpExchange;
class SandboxHttpServer;

/// The sandbox 1C's standard OData interface over HTTP, for the file infobases under one
/// folder: publication P is the infobase in `<rootFolder>/P` (or one added with
/// addPublication), served at http://127.0.0.1:port/P/odata/standard.odata/ — $metadata,
/// entity sets with $format=json, $top, $skip, $filter (eq, and), one record by key, and POST.
/// Basic authentication against the infobase's own users. Faults come from the scenario with
/// endpoints "onec/<publication>/<entity set or $metadata>". Each request opens the infobase
/// afresh, so a folder restored by the designer stand-in is served at once.
/// Lives on the thread that starts it (an event loop must run there).
class SandboxOneC : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString rootFolder;
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0;
        std::shared_ptr<SandboxScenario> scenario; ///< may be null
    };

    explicit SandboxOneC(Options options, QObject *parent = nullptr);
    ~SandboxOneC() override;

    bool start(QString *error);
    void stop();
    bool isRunning() const;
    quint16 port() const { return m_port; }
    /// http://127.0.0.1:port/
    QUrl baseUrl() const;
    /// http://127.0.0.1:port/<publication>/odata/standard.odata
    QUrl odataUrl(const QString &publication) const;
    /// Serves an infobase folder outside the root under `publication`.
    void addPublication(const QString &publication, const QString &folder);
    QString folderOf(const QString &publication) const;

private:
    void handle(const std::shared_ptr<HttpExchange> &exchange);

    Options m_options;
    quint16 m_port = 0;
    QMap<QString, QString> m_publications;
    SandboxHttpServer *m_server = nullptr;
};

} // namespace upgrade::sandbox
