#pragma once

#include "profile/Profile.h"
#include "util/ProcessRunner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace upgrade {

class Progress;

/// What IIS has: sites, applications, virtual directories, application pools (from
/// `appcmd list … /xml`).
struct IisInventory
{
    struct Site
    {
        QString name;
        QString id;
        QStringList bindings; ///< "http/*:8081:host"
        QString state;
    };
    struct App
    {
        QString name; ///< "Site/0"
        QString site;
        QString path; ///< "/0"
        QString pool;
    };
    struct Vdir
    {
        QString app; ///< "Site/" or "Site/0"
        QString path;
        QString physicalPath;
    };
    struct Pool
    {
        QString name;
        QString runtimeVersion;
        QString pipelineMode;
        QString state;
    };
    QList<Site> sites;
    QList<App> apps;
    QList<Vdir> vdirs;
    QList<Pool> pools;

    const Site *site(const QString &name) const;
    const Pool *pool(const QString &name) const;
    /// The physical folder of a site's root application ("" when unknown).
    QString sitePath(const QString &site) const;
};

/// Creates and controls the test site on IIS (.NET Framework hosting) through appcmd, with
/// the command lines of the reference (databases-and-iis.md §4.1): an application pool
/// (v4.0, Integrated), a site with its own binding, and the `/0` application. It refuses to
/// touch any site, pool or folder that is not the one the profile names: a site or pool of
/// that name that belongs to something else, a binding or folder another site uses, the
/// production site's own names. Runs through an injected CommandRunner (a recording fake in
/// the tests; the real ProcessRunner on Windows). Synchronous; not thread-safe.
class IisSiteProvisioner
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::IisSiteProvisioner)
public:
    /// %windir%\system32\inetsrv\appcmd.exe (sysnative from a 32-bit process).
    static QString defaultAppcmdPath();

    IisSiteProvisioner(CommandRunner &runner, QString appcmdPath = defaultAppcmdPath());

    /// Whether appcmd is there (IIS with its management tools installed).
    bool isAvailable() const;

    // The exact appcmd arguments (tests compare them with the reference).
    static QStringList listArguments(const QString &kind); ///< site, app, vdir, apppool
    static QStringList addAppPoolArguments(const QString &pool);
    static QStringList addSiteArguments(const QString &site, const QString &binding,
                                        const QString &folder, const QString &pool);
    static QStringList addAppArguments(const QString &site, const QString &appFolder,
                                       const QString &pool);
    static QStringList siteArguments(bool start, const QString &site);
    static QStringList appPoolArguments(bool start, const QString &pool);
    static QStringList deleteArguments(const QString &kind, const QString &name);
    static QStringList grantArguments(const QString &folder, const QString &pool);

    /// "http/*:8081:bpm-test.local" from the test environment (site.hostName or the URL's
    /// host, site.port or the URL's port).
    static QString bindingFor(const EnvironmentSettings &environment);
    /// The folder of the `/0` application: BPMSoft.WebApp (or Terrasoft.WebApp when that is
    /// what the copied site has).
    static QString appFolder(const QString &siteFolder);

    std::optional<IisInventory> inventory(QString *error, const Cancellation &cancel = {});
    static std::optional<IisInventory> parseInventory(const QByteArray &sites,
                                                      const QByteArray &apps,
                                                      const QByteArray &vdirs,
                                                      const QByteArray &pools, QString *error);

    /// What exists already of the test site and may be reused; or the refusal.
    struct Plan
    {
        bool createPool = true;
        bool createSite = true;
        bool createApp = true;
        QString refusal; ///< translated; non-empty: touch nothing
    };
    static Plan plan(const IisInventory &iis, const EnvironmentSettings &production,
                     const EnvironmentSettings &test);

    /// Creates what the plan says (pool, site, /0 application, folder rights for the pool's
    /// identity); on a failure removes what this call created. The site folder must already
    /// hold the copy. False and a translated reason.
    bool createTestSite(const EnvironmentSettings &production, const EnvironmentSettings &test,
                        Progress &progress, QString *error);
    /// appcmd stop|start site and apppool of `environment` (one of the profile's).
    bool stopSite(const EnvironmentSettings &environment, Progress &progress, QString *error);
    bool startSite(const EnvironmentSettings &environment, Progress &progress, QString *error);

private:
    bool appcmd(const QStringList &arguments, Progress *progress, QString *error,
                QByteArray *output = nullptr, const Cancellation &cancel = {});
    bool control(bool start, const EnvironmentSettings &environment, Progress &progress,
                 QString *error);

    CommandRunner &m_runner;
    QString m_appcmd;
};

} // namespace upgrade
