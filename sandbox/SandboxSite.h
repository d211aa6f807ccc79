#pragma once

#include "SandboxDatabase.h"
#include "SandboxScenario.h"
#include "bpmsoft/BpmSoftTypes.h"
#include "util/Cancellation.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>

namespace upgrade::sandbox {

class HttpExchange;
class SandboxHttpServer;

/// One simulated BPMSoft site on one database (docs/sandbox.md): the HTTP API of
/// bpmsoft-http-api.md — login with the flavour's cookies, BPMCSRF, 401/302 for anonymous
/// requests, /0 routing, health ping, compile, upload, install with a log written over time
/// (applying the connector's change), restart, DataService, ProcessEngineService with the
/// simulated integration — with faults from a SandboxScenario and durations divided by `speed`.
/// State lives in the database (SQLite or PostgreSQL), created and seeded when new.
/// Lives on the thread that starts it; an event loop must run there. The request log may be
/// read from any thread.
class SandboxSite : public QObject
{
    Q_OBJECT
public:
    struct Timings
    {
        int buildMs = 10'000;
        int generateMs = 20'000;
        int compileMs = 40'000; ///< Rebuild
        int installMs = 60'000; ///< the whole installation (real sites: ~10 minutes)
        int restartMs = 15'000;
        int integrationObjectMs = 1'500;
    };
    struct Options
    {
        QString databaseUrl; ///< SQLite path (or sqlite:PATH) or postgresql://…
        QString workFolder;  ///< uploads and the installation log file
        SiteRole role = SiteRole::Production;
        BpmSoftFlavour flavour = BpmSoftFlavour::NetFramework; ///< NetFramework or NetCore
        QString userName = QStringLiteral("Supervisor");
        QString password = QStringLiteral("Supervisor");
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0;                          ///< 0: a free port
        double speed = 1.0;                        ///< durations are divided by it
        std::shared_ptr<SandboxScenario> scenario; ///< null: no faults
        SiteSeedContext seed; ///< for a new database (1C address, sizes, process name)
        Timings timings;
        QString tlsCertificateFile; ///< PEM; with the key: HTTPS
        QString tlsKeyFile;
    };
    enum class State { Stopped, Running, Restarting };

    /// One request as the site saw it (for server-side assertions).
    struct RequestRecord
    {
        QDateTime time;
        QByteArray method;
        QString path;    ///< as requested, with /0 if given
        int status = 0;  ///< 0: dropped or never answered
        QString session; ///< a short id of the session, empty when anonymous
        bool csrfHeader = false;
        QByteArray contentType;
    };

    explicit SandboxSite(Options options, QObject *parent = nullptr);
    ~SandboxSite() override;

    /// Opens (creating and seeding if new) the database and listens. Keeps the port across
    /// stop() and start().
    bool start(QString *error);
    /// Stops listening, waits for a running integration, closes the database.
    void stop();
    State state() const { return m_state; }
    quint16 port() const { return m_port; }
    QUrl url() const;
    const Options &options() const { return m_options; }

    QList<RequestRecord> requests() const;
    void clearRequests();
    QString installLog() const { return m_installLog; }
    int sessionCount() const { return int(m_sessions.size()); }
    bool isInstalling() const { return m_installing; }
    bool isIntegrationRunning() const { return m_integrationRunning; }

signals:
    void installFinished(bool success);
    void integrationFinished(bool success);
    void stateChanged();

private:
    struct Session
    {
        QByteArray token;
        QByteArray csrf;
        QByteArray sessionId;
        QString id; ///< short, for the request log
    };
    struct Route
    {
        bool prefixed = false; ///< the path began with /0
        QString rest;          ///< the path after /0
        QString endpoint;      ///< rest without the leading '/', for faults
    };
    using Exchange = std::shared_ptr<HttpExchange>;

    void handle(const Exchange &exchange);
    void dispatch(const Exchange &exchange, const Route &route, const QList<Fault> &faults);
    void serveService(const Exchange &exchange, const Route &route, const QByteArray &token,
                      const QList<Fault> &faults);
    void login(const Exchange &exchange, const QList<Fault> &faults);
    void compile(const Exchange &exchange, const QString &method, const QByteArray &token,
                 const QList<Fault> &faults);
    void upload(const Exchange &exchange, const QList<Fault> &faults);
    void install(const Exchange &exchange, const QString &fileName, const QByteArray &token,
                 const QList<Fault> &faults);
    bool applyConnectorStructure(QString *error);
    bool addDeduplicationColumn(QString *error);
    bool setPackageVersions(const QList<QPair<QString, QString>> &packages, QString *error);
    void executeProcess(const Exchange &exchange, const QString &process,
                        const QList<Fault> &faults);
    void restart();
    void startIntegration();
    void integrationDone(const QString &summaryJson, bool success);

    /// The token of the request's valid session, or empty.
    QByteArray sessionOf(const HttpExchange &exchange) const;
    void respondUnauthorised(const Exchange &exchange, bool service);
    QByteArray loginPage() const;
    QString loginPath() const;
    void record(const HttpExchange &exchange);
    void appendInstallLog(const QString &line);
    int scaled(int ms) const;
    void lockSession(const QByteArray &token);
    void unlockSession(const QByteArray &token);
    bool hasFault(const QList<Fault> &faults, Fault::Kind kind) const;

    Options m_options;
    State m_state = State::Stopped;
    quint16 m_port = 0;
    SandboxHttpServer *m_server = nullptr;
    std::unique_ptr<SandboxDatabase> m_db;
    QHash<QByteArray, Session> m_sessions;
    // .NET Framework: ASP.NET's session lock; requests of a busy session wait.
    QSet<QByteArray> m_busySessions;
    QHash<QByteArray, QList<std::function<void()>>> m_waiting;
    QString m_installLog;
    bool m_installing = false;
    bool m_integrationRunning = false;
    struct PendingRun
    {
        Exchange exchange; ///< null: asynchronous Execute
        QString resultParameter;
        bool failObjects = false;
    };
    QList<PendingRun> m_runQueue;
    QList<PendingRun> m_currentRun;
    std::unique_ptr<class QThread> m_integrationThread;
    Cancellation m_integrationCancel;
    QList<Exchange> m_hanging;
    mutable QMutex m_requestsMutex;
    QList<RequestRecord> m_requests;
    int m_restartGeneration = 0;
};

} // namespace upgrade::sandbox
