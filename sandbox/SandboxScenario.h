#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace upgrade::sandbox {

/// Which site a sandbox instance plays: the production site, or a test site made from a copy.
enum class SiteRole { Production, Test };
QString toString(SiteRole role);

/// A fault the sandbox injects into matching requests (docs/sandbox.md, "Faults").
struct Fault
{
    enum class Kind {
        Delay,                  ///< answer `ms` later
        Http500,                ///< HTTP 500 with a WCF-style fault body
        Http503,                ///< HTTP 503 Service Unavailable
        Drop,                   ///< close the connection without an answer, before doing anything
        DropAfter,              ///< do the work, then close the connection without the answer
        Hang,                   ///< never answer (the client must time out)
        ExpireSession,          ///< forget the session, then answer as to an anonymous request
        RedirectToLogin,        ///< 302 to the login page although the session is valid
        LoginPage200,           ///< 200 with the login page's HTML (a followed redirect)
        NoCsrfCookie,           ///< Login: do not set BPMCSRF (GET / sets it)
        NotFound,               ///< 404, as if the service did not exist on this version
        PayloadTooLarge,        ///< 413 (an upload too large for multipart)
        InstallFailure,         ///< InstallPackage fails part-way, after changing SmrSyncHistory
        InstallModifiedLocally, ///< InstallPackage finishes but skips a "modified locally" schema
        CompileErrors,          ///< Build/Rebuild returns compiler errors
        IntegrationErrors,      ///< the integration process fails on an object
    };
    QString endpoint = QStringLiteral("*"); ///< glob (see docs) over the endpoint name
    Kind kind = Kind::Delay;
    int ms = 0;     ///< Delay
    int skip = 0;   ///< let this many matching requests through first
    int times = 0;  ///< apply at most this often; 0: always
    int every = 1;  ///< apply to every n-th matching request
    QString role;   ///< "production" or "test"; empty: both
    QString method; ///< "GET", "POST"; empty: any

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
};

/// A named set of faults, shared by the sandbox's servers (site and 1C). match() counts
/// requests per fault, so "every 3rd" and "the first 2" are deterministic. Thread-safe.
class SandboxScenario
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::sandbox::SandboxScenario)
public:
    SandboxScenario() = default;
    SandboxScenario(const SandboxScenario &other);
    SandboxScenario &operator=(const SandboxScenario &other);

    /// happy, compile-errors, production-install-fails, integration-errors, flaky-network.
    static QStringList names();
    static std::optional<SandboxScenario> named(const QString &name, QString *error);
    /// {"name": "...", "faults": [{"endpoint": "...", "kind": "drop", "times": 1, ...}]}
    static std::optional<SandboxScenario> fromJson(const QByteArray &json, QString *error);
    static std::optional<SandboxScenario> fromFile(const QString &path, QString *error);
    /// --fault "ENDPOINT=KIND[,ms=N][,skip=N][,times=N][,every=N][,role=R][,method=M]"
    static std::optional<Fault> parseFault(const QString &text, QString *error);

    QString name() const;
    void setName(const QString &name);
    void add(const Fault &fault);
    QList<Fault> faults() const;

    /// The faults that apply to this request now (counting it).
    QList<Fault> match(const QString &endpoint, const QString &method, SiteRole role);

private:
    struct Entry
    {
        Fault fault;
        int seen = 0;
        int applied = 0;
    };
    mutable QMutex m_mutex;
    QString m_name = QStringLiteral("happy");
    QList<Entry> m_entries;
};

} // namespace upgrade::sandbox
