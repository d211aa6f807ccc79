#pragma once

#include "BpmSoftError.h"
#include "BpmSoftTypes.h"
#include "DataFilter.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QUrl>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

namespace upgrade {

class Progress;
class SecretStore;
class SyncHttpClient;
struct HttpRequest;
struct HttpResponse;

/// How a BpmSoftClient talks to one site.
struct BpmSoftClientOptions
{
    QUrl siteUrl; ///< the site root (not /0)
    QString userName = QStringLiteral("Supervisor");
    BpmSoftFlavour flavour = BpmSoftFlavour::Auto;
    QString tlsCertificateSha256; ///< pin for a self-signed certificate; empty: system trust

    int requestTimeoutMs = 100'000;              ///< ordinary calls
    int longOperationTimeoutMs = 60 * 60 * 1000; ///< compile, generate, synchronous processes
    int uploadIdleTimeoutMs = 120'000;           ///< an upload stalls this long: abort
    int readRetries = 2;          ///< extra attempts of reads after a dropped connection or 502-504
    int retryDelayMs = 1000;      ///< first pause between attempts (doubles)
    int logPollIntervalMs = 2000; ///< GetLogFile while installing
    int installLostAnswerWaitMs = 15 * 60 * 1000; ///< log-only wait when the answer is lost
    qint64 uploadChunkBytes = 1024 * 1024;        ///< chunked upload (the fallback)
    int readinessInitialDelayMs = 10'000;
    int readinessProbeIntervalMs = 5'000;
    int readinessBudgetMs = 600'000;

    /// The options for one environment of a profile: URL, user, TLS pin, and the flavour from
    /// the hosting kind (IIS -> .NET Framework; .NET 8 -> .NET Core; cloud and sandbox: probed).
    static BpmSoftClientOptions forEnvironment(const EnvironmentSettings &environment);
};

/// The program's link to one BPMSoft site over HTTP (bpmsoft-http-api.md): login with cookies
/// and the BPMCSRF header, compile, packages, upload and install with the live log, restart,
/// DataService, business processes, health.
///
/// Threading: lives on and is called from one thread — the Runner's worker thread — and every
/// call is synchronous (a local event loop), honours Progress::cancellation() and has a timeout
/// (except InstallPackage, which waits as long as the server works while its log is polled).
/// Calls log in on demand; on 401 or a redirect to the login page they log in again once and
/// repeat, then fail clearly. Reads are repeated after a dropped connection or 502-504; changes
/// never are (BpmSoftError::mayHaveBeenApplied says so instead).
/// Results: std::optional / bool; on failure lastError() says what, where and what to do.
/// Owns its network objects; not copyable.
class BpmSoftClient
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::BpmSoftClient)
public:
    /// `password` is the user's password (read it from a SecretStore; see forEnvironment).
    BpmSoftClient(BpmSoftClientOptions options, QString password);
    ~BpmSoftClient();
    BpmSoftClient(const BpmSoftClient &) = delete;
    BpmSoftClient &operator=(const BpmSoftClient &) = delete;

    /// A client for an environment of the profile, its password read from `secrets` under
    /// SecretKeys::key(environment, Site). Null and a translated reason when there is none.
    static std::unique_ptr<BpmSoftClient> forEnvironment(const Profile &profile,
                                                         EnvironmentKind environment,
                                                         SecretStore &secrets, QString *error);

    const BpmSoftClientOptions &options() const { return m_options; }
    const BpmSoftError &lastError() const { return m_error; }

    // --- session ---------------------------------------------------------------------------
    bool login(Progress &progress);
    bool isLoggedIn() const { return m_loggedIn; }
    /// Ends the session on the server (best effort; errors are only logged).
    void logout();
    /// The flavour in use; probes the login pages once when the options say Auto.
    BpmSoftFlavour flavour(Progress &progress);

    // --- health ----------------------------------------------------------------------------
    /// The anonymous ping (/0/api/HealthCheck/Ping on .NET Framework, /api/... on .NET 8),
    /// redirects not followed; where the site has no ping, the login page.
    HealthStatus ping(Progress &progress);
    /// After a restart: waits until the ping answers 200 AND a logged-in SelectQuery works.
    /// Gives up after the budget, on two credential rejections in a row, or on cancel.
    bool waitUntilReady(Progress &progress);

    // --- platform and packages --------------------------------------------------------------
    /// ApplicationInfoService, else the login page's BPMSoft.coreVersion, else package Base.
    std::optional<PlatformVersion> platformVersion(Progress &progress);
    /// PackageService.svc/GetPackages, else a SelectQuery on SysPackage.
    std::optional<QList<InstalledPackage>> installedPackages(Progress &progress);

    // --- configuration ---------------------------------------------------------------------
    /// "Сгенерировать исходный код для всех элементов".
    std::optional<CompileResult> generateAllSchemaSources(Progress &progress);
    /// "Компилировать все" (WorkspaceExplorerService.svc/Rebuild). The result lists errors and
    /// warnings; nullopt only when the call itself failed.
    std::optional<CompileResult> compileAll(Progress &progress);

    // --- install ---------------------------------------------------------------------------
    /// Uploads the archive (multipart; chunked with Content-Range when multipart is refused),
    /// reporting progress. Returns the file name the server keeps it under.
    std::optional<QString> uploadPackage(const QString &filePath, Progress &progress);
    /// InstallPackage of an uploaded archive, with no client timeout; GetLogFile is polled
    /// meanwhile (from a second session on .NET Framework, where the first is locked) and new
    /// lines go to Progress::log. Success is judged from the response and the log.
    InstallOutcome installPackage(const QString &uploadedFileName, Progress &progress);
    /// The last installation log (GetLogFile).
    std::optional<QString> installLog(Progress &progress);
    /// UnloadAppDomain (.NET Framework) or RestartApp (.NET 8). The session ends; use
    /// waitUntilReady() afterwards.
    bool restart(Progress &progress);

    // --- data (DataService) ----------------------------------------------------------------
    struct Select
    {
        Select(QString entityName, QStringList columnPaths)
            : entity(std::move(entityName))
            , columns(std::move(columnPaths))
        {}
        QString entity;
        QStringList columns;
        DataFilter filter;
        int rowCount = -1; ///< -1: all rows
        int rowsOffset = 0;
        QString orderBy; ///< a column of `columns`
        bool descending = false;
        bool allColumns = false; ///< every column of the entity besides `columns`
    };
    std::optional<QList<QJsonObject>> select(const Select &query, Progress &progress);
    /// Every row of `query`, `pageRows` at a time (rowCount/rowsOffset; give `query.orderBy` so
    /// the pages are stable), each page handed to `onPage`. False on a failed request or when
    /// cancelled between pages (lastError()).
    bool selectPages(Select query, Progress &progress,
                     const std::function<void(const QList<QJsonObject> &)> &onPage,
                     int pageRows = 5000);
    /// Rows matching the filter (an aggregate COUNT over Id).
    std::optional<qint64> count(const QString &entity, const DataFilter &filter,
                                Progress &progress);
    /// Sets columns on every row matching the filter; the number of rows changed.
    std::optional<qint64> update(const QString &entity, const QMap<QString, DataValue> &values,
                                 const DataFilter &filter, Progress &progress);
    /// Deletes every row matching the filter; the number of rows deleted.
    std::optional<qint64> remove(const QString &entity, const DataFilter &filter,
                                 Progress &progress);
    /// Inserts one row; its Id.
    std::optional<QString> insert(const QString &entity, const QMap<QString, DataValue> &values,
                                  Progress &progress);

    // --- business processes ----------------------------------------------------------------
    /// ProcessEngineService.svc/{name}/Execute. Without `resultParameter` the server starts the
    /// process and answers at once; with it, the call waits for the process and returns the
    /// parameter's value.
    std::optional<ProcessStart> executeProcess(const QString &processName,
                                               const QMap<QString, QString> &parameters,
                                               const QString &resultParameter, Progress &progress);
    /// Runs of a process (VwSysProcessLog, by SysSchema.Name) started at or after `since`,
    /// newest first.
    std::optional<QList<ProcessLogEntry>> processLog(const QString &processName,
                                                     const QDateTime &since, Progress &progress);
    /// Polls processLog() until the newest run since `since` has finished, or `timeoutMs`.
    std::optional<ProcessLogEntry> waitForProcess(const QString &processName,
                                                  const QDateTime &since, int timeoutMs, int pollMs,
                                                  Progress &progress);

private:
    enum class CallKind { Read, Change };
    struct Call
    {
        QByteArray method = QByteArrayLiteral("POST");
        QString path; ///< after the service prefix: "/ServiceModel/X.svc/Y"
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
        CallKind kind = CallKind::Read;
        int timeoutMs = 0;     ///< 0: options.requestTimeoutMs; -1: none
        bool rootPath = false; ///< no /0 prefix whatever the flavour

        static Call post(const QString &path, const QByteArray &body = {},
                         CallKind kind = CallKind::Read, int timeoutMs = 0)
        {
            Call c;
            c.path = path;
            c.body = body;
            c.kind = kind;
            c.timeoutMs = timeoutMs;
            return c;
        }
        static Call get(const QString &path, CallKind kind = CallKind::Read, int timeoutMs = 0)
        {
            Call c;
            c.method = QByteArrayLiteral("GET");
            c.path = path;
            c.contentType.clear();
            c.kind = kind;
            c.timeoutMs = timeoutMs;
            return c;
        }
    };

    QUrl url(const QString &path, bool root = false) const;
    bool needsPrefix() const;
    HttpRequest makeRequest(const Call &call, SyncHttpClient &http) const;
    /// Sends with login, re-login once, read retries. The response, or nullopt with m_error.
    std::optional<HttpResponse> call(const Call &call, Progress &progress);
    std::optional<QJsonObject> callJson(const Call &call, Progress &progress, const QString &what);
    bool loginOn(SyncHttpClient &http, Progress &progress, bool *credentialsRejected = nullptr);
    bool ensureLoggedIn(Progress &progress);
    bool isLoginRedirect(const HttpResponse &response) const;
    void setError(BpmSoftError::Kind kind, const QString &message, const HttpResponse *response,
                  const QString &extra = {});
    void setTransportError(const HttpResponse &response, const QString &what, bool change);
    void clearError() { m_error = {}; }
    bool sleep(int ms, Progress &progress);
    std::optional<QJsonObject> dataQuery(const QString &operation, const QJsonObject &body,
                                         CallKind kind, Progress &progress, const QString &what);
    std::optional<CompileResult> workspaceCall(const QString &method, const QByteArray &body,
                                               Progress &progress, const QString &what);
    std::optional<QString> uploadMultipart(const QString &filePath, Progress &progress,
                                           bool *refused);
    std::optional<QString> uploadChunked(const QString &filePath, Progress &progress);
    std::optional<QString> fetchLog(SyncHttpClient &http, Progress &progress);

    BpmSoftClientOptions m_options;
    QString m_password;
    std::unique_ptr<SyncHttpClient> m_http;     ///< the main session
    std::unique_ptr<SyncHttpClient> m_logHttp;  ///< the log session (.NET Framework)
    std::unique_ptr<SyncHttpClient> m_anonHttp; ///< pings, login pages: no cookies
    BpmSoftFlavour m_flavour;
    bool m_loggedIn = false;
    bool m_logLoggedIn = false;
    BpmSoftError m_error;
};

} // namespace upgrade
