#include "IisSiteProvisioner.h"

#include "util/Log.h"
#include "util/Progress.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

constexpr int AppcmdTimeoutMs = 120000;

QString poolOf(const EnvironmentSettings &e)
{
    return e.site.appPoolName.isEmpty() ? e.site.iisSiteName : e.site.appPoolName;
}

/// A Windows path for comparisons: variables expanded, backslashes, lower case, no trailing
/// separator.
QString windowsKey(QString path)
{
    static const QRegularExpression variable(u"%([A-Za-z0-9_()]+)%"_s);
    QRegularExpressionMatch m;
    while ((m = variable.match(path)).hasMatch()) {
        const QString value = qEnvironmentVariable(m.captured(1).toLocal8Bit().constData());
        path.replace(m.capturedStart(), m.capturedLength(),
                     value.isEmpty() ? m.captured(1).toLower() : value);
    }
    path.replace(u'/', u'\\');
    while (path.endsWith(u'\\'))
        path.chop(1);
    return path.toLower();
}

bool inside(const QString &inner, const QString &outer)
{
    return !inner.isEmpty() && !outer.isEmpty() &&
           (inner == outer || inner.startsWith(outer + u'\\'));
}

QString nativePath(QString path)
{
    path.replace(u'/', u'\\');
    while (path.size() > 3 && path.endsWith(u'\\'))
        path.chop(1);
    return path;
}

QList<QXmlStreamAttributes> records(const QByteArray &xml, const QString &element, QString *error)
{
    QList<QXmlStreamAttributes> out;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == element)
            out.append(reader.attributes());
    }
    if (reader.hasError() && error)
        *error = reader.errorString();
    return out;
}

} // namespace

const IisInventory::Site *IisInventory::site(const QString &name) const
{
    for (const Site &s : sites) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

const IisInventory::Pool *IisInventory::pool(const QString &name) const
{
    for (const Pool &p : pools) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

QString IisInventory::sitePath(const QString &siteName) const
{
    for (const Vdir &v : vdirs) {
        if (v.app.compare(siteName + u'/', Qt::CaseInsensitive) == 0 && v.path == u"/"_s)
            return v.physicalPath;
    }
    return {};
}

QString IisSiteProvisioner::defaultAppcmdPath()
{
    const QString windir = qEnvironmentVariable("windir", u"C:\\Windows"_s);
    // A 32-bit process on 64-bit Windows sees the 64-bit system32 as "sysnative".
    const QString sysnative = windir + u"\\sysnative\\inetsrv\\appcmd.exe"_s;
    if (QFileInfo::exists(sysnative))
        return sysnative;
    return windir + u"\\system32\\inetsrv\\appcmd.exe"_s;
}

IisSiteProvisioner::IisSiteProvisioner(CommandRunner &runner, QString appcmdPath)
    : m_runner(runner)
    , m_appcmd(std::move(appcmdPath))
{}

bool IisSiteProvisioner::isAvailable() const
{
    return QFileInfo(m_appcmd).isFile();
}

QStringList IisSiteProvisioner::listArguments(const QString &kind)
{
    return {u"list"_s, kind, u"/xml"_s};
}

QStringList IisSiteProvisioner::addAppPoolArguments(const QString &pool)
{
    return {u"add"_s, u"apppool"_s, u"/name:"_s + pool, u"/managedRuntimeVersion:v4.0"_s,
            u"/managedPipelineMode:Integrated"_s};
}

QStringList IisSiteProvisioner::addSiteArguments(const QString &site, const QString &binding,
                                                 const QString &folder, const QString &pool)
{
    return {u"add"_s,
            u"site"_s,
            u"/name:"_s + site,
            u"/bindings:"_s + binding,
            u"/physicalPath:"_s + nativePath(folder),
            u"/applicationDefaults.applicationPool:"_s + pool};
}

QStringList IisSiteProvisioner::addAppArguments(const QString &site, const QString &appFolder,
                                                const QString &pool)
{
    return {u"add"_s,
            u"app"_s,
            u"/site.name:"_s + site,
            u"/path:/0"_s,
            u"/physicalPath:"_s + nativePath(appFolder),
            u"/applicationPool:"_s + pool};
}

QStringList IisSiteProvisioner::siteArguments(bool start, const QString &site)
{
    return {start ? u"start"_s : u"stop"_s, u"site"_s, u"/site.name:"_s + site};
}

QStringList IisSiteProvisioner::appPoolArguments(bool start, const QString &pool)
{
    return {start ? u"start"_s : u"stop"_s, u"apppool"_s, u"/apppool.name:"_s + pool};
}

QStringList IisSiteProvisioner::deleteArguments(const QString &kind, const QString &name)
{
    return {u"delete"_s, kind, name};
}

QStringList IisSiteProvisioner::grantArguments(const QString &folder, const QString &pool)
{
    return {nativePath(folder), u"/grant"_s, u"IIS AppPool\\%1:(OI)(CI)M"_s.arg(pool)};
}

QString IisSiteProvisioner::bindingFor(const EnvironmentSettings &e)
{
    const QUrl url(e.siteUrl);
    const QString scheme = url.scheme().isEmpty() ? u"http"_s : url.scheme().toLower();
    const int port = e.site.port > 0 ? e.site.port : url.port(scheme == u"https"_s ? 443 : 80);
    const QString host = e.site.hostName.isEmpty() ? url.host() : e.site.hostName;
    return u"%1/*:%2:%3"_s.arg(scheme).arg(port).arg(host.toLower());
}

QString IisSiteProvisioner::appFolder(const QString &siteFolder)
{
    for (const QString &name : {u"BPMSoft.WebApp"_s, u"Terrasoft.WebApp"_s}) {
        if (QFileInfo(QDir(QDir::fromNativeSeparators(siteFolder)).filePath(name)).isDir())
            return nativePath(siteFolder) + u'\\' + name;
    }
    return nativePath(siteFolder) + u"\\BPMSoft.WebApp"_s;
}

std::optional<IisInventory>
IisSiteProvisioner::parseInventory(const QByteArray &sites, const QByteArray &apps,
                                   const QByteArray &vdirs, const QByteArray &pools, QString *error)
{
    IisInventory iis;
    QString parseError;
    for (const auto &a : records(sites, u"SITE"_s, &parseError))
        iis.sites.append({a.value(u"SITE.NAME"_s).toString(), a.value(u"SITE.ID"_s).toString(),
                          a.value(u"bindings"_s).toString().split(u',', Qt::SkipEmptyParts),
                          a.value(u"state"_s).toString()});
    for (const auto &a : records(apps, u"APP"_s, &parseError))
        iis.apps.append({a.value(u"APP.NAME"_s).toString(), a.value(u"SITE.NAME"_s).toString(),
                         a.value(u"path"_s).toString(), a.value(u"APPPOOL.NAME"_s).toString()});
    for (const auto &a : records(vdirs, u"VDIR"_s, &parseError))
        iis.vdirs.append({a.value(u"APP.NAME"_s).toString(), a.value(u"path"_s).toString(),
                          a.value(u"physicalPath"_s).toString()});
    for (const auto &a : records(pools, u"APPPOOL"_s, &parseError))
        iis.pools.append({a.value(u"APPPOOL.NAME"_s).toString(),
                          a.value(u"RuntimeVersion"_s).toString(),
                          a.value(u"PipelineMode"_s).toString(), a.value(u"state"_s).toString()});
    if (!parseError.isEmpty()) {
        *error = tr("appcmd's answer is not readable XML: %1").arg(parseError);
        return std::nullopt;
    }
    return iis;
}

bool IisSiteProvisioner::appcmd(const QStringList &arguments, Progress *progress, QString *error,
                                QByteArray *output, const Cancellation &cancel)
{
    ProcessSpec spec;
    spec.program = m_appcmd;
    spec.arguments = arguments;
    spec.timeoutMs = AppcmdTimeoutMs;
    const QString line = ProcessRunner::commandLine(spec);
    logInfo(line);
    if (progress)
        progress->log(line);
    const ProcessResult r = m_runner.run(spec, cancel);
    const QString text = QString::fromLocal8Bit(r.standardOutput + r.standardError).trimmed();
    if (output)
        *output = r.standardOutput;
    // appcmd may print "ERROR ( message:... )" with exit code 0 in some versions (clio checks it).
    if (!r.succeeded() || text.contains(u"ERROR ("_s)) {
        *error = tr("IIS: \"%1\" %2: %3").arg(line, r.describe(), text);
        logError(*error);
        return false;
    }
    if (progress && !text.isEmpty() && !arguments.contains(u"/xml"_s))
        progress->log(text);
    return true;
}

std::optional<IisInventory> IisSiteProvisioner::inventory(QString *error,
                                                          const Cancellation &cancel)
{
    if (!isAvailable()) {
        *error = tr("IIS is not installed here, or without its management tools: %1 is missing. "
                    "Install the IIS role with \"IIS Management Scripts and Tools\".")
                         .arg(QDir::toNativeSeparators(m_appcmd));
        return std::nullopt;
    }
    QByteArray sites, apps, vdirs, pools;
    if (!appcmd(listArguments(u"site"_s), nullptr, error, &sites, cancel) ||
        !appcmd(listArguments(u"app"_s), nullptr, error, &apps, cancel) ||
        !appcmd(listArguments(u"vdir"_s), nullptr, error, &vdirs, cancel) ||
        !appcmd(listArguments(u"apppool"_s), nullptr, error, &pools, cancel))
        return std::nullopt;
    return parseInventory(sites, apps, vdirs, pools, error);
}

IisSiteProvisioner::Plan IisSiteProvisioner::plan(const IisInventory &iis,
                                                  const EnvironmentSettings &production,
                                                  const EnvironmentSettings &test)
{
    Plan p;
    const QString site = test.site.iisSiteName;
    const QString pool = poolOf(test);
    const QString folder = windowsKey(test.site.folder);
    const QString webApp = windowsKey(appFolder(test.site.folder));
    if (site.isEmpty() || folder.isEmpty()) {
        p.refusal = tr("The test environment needs site.iisSiteName and site.folder.");
        return p;
    }
    if (site.compare(production.site.iisSiteName, Qt::CaseInsensitive) == 0 ||
        pool.compare(poolOf(production), Qt::CaseInsensitive) == 0) {
        p.refusal = tr("The test site \"%1\" (pool \"%2\") must not have the production site's "
                       "or pool's name.")
                            .arg(site, pool);
        return p;
    }
    const QString productionFolder = windowsKey(production.site.folder);
    if (inside(folder, productionFolder) || inside(productionFolder, folder)) {
        p.refusal = tr("The test site folder %1 must not be the production folder or inside it.")
                            .arg(test.site.folder);
        return p;
    }
    const QString binding = bindingFor(test);
    if (!binding.startsWith(u"http/"_s)) {
        p.refusal = tr("The test site's binding %1 needs a certificate; this program creates "
                       "http bindings only. Use an http address for the test site, or create "
                       "the site in IIS Manager.")
                            .arg(binding);
        return p;
    }
    if (const IisInventory::Site *existing = iis.site(site)) {
        if (windowsKey(iis.sitePath(existing->name)) != folder) {
            p.refusal = tr("IIS already has a site \"%1\" in %2, not in the folder the profile "
                           "names (%3). It is left alone; choose another name.")
                                .arg(site, iis.sitePath(existing->name), test.site.folder);
            return p;
        }
        p.createSite = false;
    }
    for (const IisInventory::Site &s : iis.sites) {
        if (s.name.compare(site, Qt::CaseInsensitive) == 0)
            continue;
        for (const QString &b : s.bindings) {
            if (b.compare(binding, Qt::CaseInsensitive) == 0) {
                p.refusal = tr("The binding %1 is used by the site \"%2\". Give the test site "
                               "its own host name (site.hostName) or port.")
                                    .arg(binding, s.name);
                return p;
            }
        }
    }
    for (const IisInventory::Vdir &v : iis.vdirs) {
        const QString owner = v.app.section(u'/', 0, 0);
        if (owner.compare(site, Qt::CaseInsensitive) == 0)
            continue;
        const QString path = windowsKey(v.physicalPath);
        if (inside(path, folder) || inside(folder, path)) {
            p.refusal = tr("The folder %1 belongs to the site \"%2\" (%3). The test site needs a "
                           "folder of its own.")
                                .arg(test.site.folder, owner, v.physicalPath);
            return p;
        }
    }
    if (iis.pool(pool)) {
        for (const IisInventory::App &a : iis.apps) {
            if (a.pool.compare(pool, Qt::CaseInsensitive) == 0 &&
                a.site.compare(site, Qt::CaseInsensitive) != 0) {
                p.refusal = tr("The application pool \"%1\" is used by the site \"%2\"; the test "
                               "site needs a pool of its own (site.appPoolName).")
                                    .arg(pool, a.site);
                return p;
            }
        }
        p.createPool = false;
    }
    for (const IisInventory::App &a : iis.apps) {
        if (a.site.compare(site, Qt::CaseInsensitive) == 0 && a.path == u"/0"_s) {
            for (const IisInventory::Vdir &v : iis.vdirs) {
                if (v.app.compare(site + u"/0"_s, Qt::CaseInsensitive) == 0 && v.path == u"/"_s &&
                    windowsKey(v.physicalPath) != webApp) {
                    p.refusal = tr("The site \"%1\" has an application /0 in %2, not in %3.")
                                        .arg(site, v.physicalPath, appFolder(test.site.folder));
                    return p;
                }
            }
            p.createApp = false;
        }
    }
    return p;
}

bool IisSiteProvisioner::createTestSite(const EnvironmentSettings &production,
                                        const EnvironmentSettings &test, Progress &progress,
                                        QString *error)
{
    const Cancellation cancel = progress.cancellation();
    progress.setStatus(tr("Reading the IIS configuration..."));
    const auto iis = inventory(error, cancel);
    if (!iis)
        return false;
    const Plan p = plan(*iis, production, test);
    if (!p.refusal.isEmpty()) {
        *error = p.refusal;
        return false;
    }
    const QString site = test.site.iisSiteName;
    const QString pool = poolOf(test);
    bool poolCreated = false, siteCreated = false;
    auto rollback = [&] {
        QString ignored;
        if (siteCreated)
            appcmd(deleteArguments(u"site"_s, site), &progress, &ignored);
        if (poolCreated)
            appcmd(deleteArguments(u"apppool"_s, pool), &progress, &ignored);
        return false;
    };
    progress.setStatus(tr("Creating the IIS site \"%1\"...").arg(site));
    if (p.createPool) {
        if (!appcmd(addAppPoolArguments(pool), &progress, error, nullptr, cancel))
            return rollback();
        poolCreated = true;
    }
    if (p.createSite) {
        if (!appcmd(addSiteArguments(site, bindingFor(test), test.site.folder, pool), &progress,
                    error, nullptr, cancel))
            return rollback();
        siteCreated = true;
    }
    if (p.createApp && !appcmd(addAppArguments(site, appFolder(test.site.folder), pool), &progress,
                               error, nullptr, cancel))
        return rollback();
    // The pool's identity needs to write in the copy (Creatio web farm doc: grant it rights).
    ProcessSpec grant;
    grant.program = qEnvironmentVariable("windir", u"C:\\Windows"_s) + u"\\system32\\icacls.exe"_s;
    grant.arguments = grantArguments(test.site.folder, pool);
    grant.timeoutMs = 10 * 60 * 1000;
    progress.log(ProcessRunner::commandLine(grant));
    const ProcessResult granted = m_runner.run(grant, cancel);
    if (!granted.succeeded()) {
        *error = tr("Could not give the pool \"%1\" rights on %2: icacls %3.")
                         .arg(pool, test.site.folder, granted.describe());
        return rollback();
    }
    progress.log(tr("The IIS site \"%1\" (%2, pool \"%3\") is ready.")
                         .arg(site, bindingFor(test), pool));
    return true;
}

bool IisSiteProvisioner::control(bool start, const EnvironmentSettings &e, Progress &progress,
                                 QString *error)
{
    if (e.site.iisSiteName.isEmpty()) {
        *error = tr("The environment has no IIS site name (site.iisSiteName).");
        return false;
    }
    const Cancellation cancel = progress.cancellation();
    // Already in the wanted state is fine: appcmd answers 80070420 "already been started" or
    // 80070426 "has not been started" [inferred from Windows service error codes].
    auto step = [&](const QStringList &arguments) {
        QString stepError;
        if (appcmd(arguments, &progress, &stepError, nullptr, cancel))
            return true;
        if (stepError.contains(u"80070420"_s) || stepError.contains(u"80070426"_s) ||
            stepError.contains(u"already"_s, Qt::CaseInsensitive))
            return true;
        *error = stepError;
        return false;
    };
    // Stop the site before its pool; start the pool before its site.
    if (start)
        return step(appPoolArguments(true, poolOf(e))) &&
               step(siteArguments(true, e.site.iisSiteName));
    return step(siteArguments(false, e.site.iisSiteName)) &&
           step(appPoolArguments(false, poolOf(e)));
}

bool IisSiteProvisioner::stopSite(const EnvironmentSettings &e, Progress &progress, QString *error)
{
    return control(false, e, progress, error);
}

bool IisSiteProvisioner::startSite(const EnvironmentSettings &e, Progress &progress, QString *error)
{
    return control(true, e, progress, error);
}

} // namespace upgrade
