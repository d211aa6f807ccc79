#pragma once

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "SandboxSite.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>
#include <optional>

namespace upgrade::sandbox {

class SandboxOneC;

/// The whole sandbox as `bpmsoft-sandbox` and the wizard's --sandbox run it: a sandbox 1C
/// serving the file infobases under D/onec (production: D/onec/trade), the production
/// BPMSoft site on its database, the vendor's archive D/SmrOneCConnector_<v>.zip, and
/// D/profile.json + D/secrets describing it (environments.test points where a test site and
/// 1C copy will be made). With SandboxOptions::siteOnly, just one site on the given database.
/// Servers run on their own thread (a SandboxHost); this object's methods are called from one
/// other thread (main or worker). Stops everything when destroyed.
class SandboxEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::sandbox::SandboxEnvironment)
public:
    struct Info
    {
        QUrl siteUrl;
        QUrl oneCBaseUrl;           ///< empty in site-only mode
        QUrl productionODataUrl;    ///< …/trade/odata/standard.odata
        QString productionDatabase; ///< SQLite path or PostgreSQL URL (with password)
        QString productionInfobase; ///< D/onec/trade
        QUrl testSiteUrl;           ///< a port reserved for the test site
        QString testDatabase;       ///< where the test copy goes
        QString testInfobase;       ///< D/onec/trade_test (restored by the 1C designer)
        QString profilePath;
        QString secretsPath;
        QString archivePath;
    };

    explicit SandboxEnvironment(SandboxOptions options);
    ~SandboxEnvironment();
    SandboxEnvironment(const SandboxEnvironment &) = delete;
    SandboxEnvironment &operator=(const SandboxEnvironment &) = delete;

    bool start(QString *error);
    void stop();
    const Info &info() const { return m_info; }
    const SandboxOptions &options() const { return m_options; }

    /// The scenario of the options (named or file) plus the --fault flags.
    static std::optional<std::shared_ptr<SandboxScenario>>
    makeScenario(const SandboxOptions &options, QString *error);
    std::shared_ptr<SandboxScenario> scenario() const { return m_scenario; }

    /// Objects on the host thread: touch them only inside host().call().
    SandboxHost &host() { return *m_host; }
    SandboxSite *site() const { return m_site; }
    SandboxOneC *oneC() const { return m_oneC; }

    /// The options the sandbox gives its sites (database, role, speed, scenario, 1C).
    SandboxSite::Options siteOptions(SiteRole role, const QString &databaseUrl, quint16 port) const;
    /// Starts another site in this sandbox (e.g. the test site on a restored copy, with
    /// siteOptions(SiteRole::Test, copy, info().testSiteUrl.port())). Null and a reason on
    /// failure. Owned by the sandbox.
    SandboxSite *startSite(const SandboxSite::Options &options, QString *error);
    void stopSite(SandboxSite *site);

private:
    bool writeProfile(QString *error);

    SandboxOptions m_options;
    std::unique_ptr<SandboxHost> m_host;
    std::shared_ptr<SandboxScenario> m_scenario;
    SandboxSite *m_site = nullptr;
    SandboxOneC *m_oneC = nullptr;
    Info m_info;
};

} // namespace upgrade::sandbox
