#include "SandboxEnvironment.h"

#include "OneCInfobase.h"
#include "SandboxOneC.h"
#include "packagebuilder/PackageArchiveBuilder.h"
#include "profile/FileSecretStore.h"
#include "profile/Profile.h"
#include "profile/SecretKeys.h"
#include "util/Log.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace upgrade::sandbox {

namespace {

const QString OneCUser = u"Integration"_s;
const QString Publication = u"trade"_s;
const QString TestPublication = u"trade_test"_s;

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

SandboxEnvironment::SandboxEnvironment(SandboxOptions options)
    : m_options(std::move(options))
{}

SandboxEnvironment::~SandboxEnvironment()
{
    stop();
}

std::optional<std::shared_ptr<SandboxScenario>>
SandboxEnvironment::makeScenario(const SandboxOptions &options, QString *error)
{
    std::optional<SandboxScenario> s =
            options.scenarioFile.isEmpty() ? SandboxScenario::named(options.scenario, error)
                                           : SandboxScenario::fromFile(options.scenarioFile, error);
    if (!s)
        return std::nullopt;
    for (const QString &spec : options.faults) {
        const auto fault = SandboxScenario::parseFault(spec, error);
        if (!fault)
            return std::nullopt;
        s->add(*fault);
    }
    return std::make_shared<SandboxScenario>(*s);
}

SandboxSite::Options SandboxEnvironment::siteOptions(SiteRole role, const QString &databaseUrl,
                                                     quint16 port) const
{
    SandboxSite::Options o;
    o.databaseUrl = databaseUrl;
    o.workFolder = QDir(m_options.directory).filePath(u"site-"_s + toString(role));
    o.role = role;
    o.flavour = m_options.hosting == u"netcore"_s ? BpmSoftFlavour::NetCore
                                                  : BpmSoftFlavour::NetFramework;
    o.password = m_options.password;
    o.port = port;
    o.speed = m_options.speed;
    o.scenario = m_scenario;
    if (m_oneC)
        o.seed.oneCUrl = m_oneC->odataUrl(Publication).toString();
    o.seed.oneCUser = OneCUser;
    o.seed.oneCPassword = m_options.password;
    if (m_options.smallSeed)
        o.seed.sizes = SandboxSeed::small();
    return o;
}

bool SandboxEnvironment::start(QString *error)
{
    if (m_host)
        return true;
    QDir dir(m_options.directory);
    if (!dir.mkpath(u"."_s)) {
        *error = tr("Cannot create the sandbox folder %1.").arg(m_options.directory);
        return false;
    }
    m_options.directory = dir.absolutePath();
    const auto scenario = makeScenario(m_options, error);
    if (!scenario)
        return false;
    m_scenario = *scenario;
    const SiteRole role = m_options.role == u"test"_s ? SiteRole::Test : SiteRole::Production;
    const QString databaseUrl = m_options.databaseUrl.isEmpty()
                                        ? dir.filePath(u"bpmsoft-%1.sqlite"_s.arg(toString(role)))
                                        : m_options.databaseUrl;
    const SandboxSeed::Sizes sizes =
            m_options.smallSeed ? SandboxSeed::small() : SandboxSeed::Sizes();
    m_host = std::make_unique<SandboxHost>();
    bool ok = true;
    QString e;
    m_host->call([&]() {
        if (!m_options.siteOnly) {
            const QString infobase = dir.filePath(u"onec/"_s + Publication);
            if (!OneCInfobase::create(infobase, Publication, OneCUser, m_options.password, sizes,
                                      &e)) {
                ok = false;
                return;
            }
            SandboxOneC::Options oneC;
            oneC.rootFolder = dir.filePath(u"onec"_s);
            oneC.scenario = m_scenario;
            m_oneC = new SandboxOneC(oneC, m_host->context());
            if (!m_oneC->start(&e)) {
                ok = false;
                return;
            }
        }
        m_site = new SandboxSite(siteOptions(role, databaseUrl, m_options.port), m_host->context());
        if (!m_site->start(&e))
            ok = false;
    });
    if (!ok) {
        *error = e;
        stop();
        return false;
    }
    m_info.siteUrl = m_site->url();
    m_info.productionDatabase = databaseUrl;
    if (m_options.siteOnly)
        return true;
    m_info.oneCBaseUrl = m_oneC->baseUrl();
    m_info.productionODataUrl = m_oneC->odataUrl(Publication);
    m_info.productionInfobase = dir.filePath(u"onec/"_s + Publication);
    m_info.testInfobase = dir.filePath(u"onec/"_s + TestPublication);
    QUrl test = m_info.siteUrl;
    test.setPort(freePort());
    m_info.testSiteUrl = test;
    if (databaseUrl.startsWith(u"postgres"_s)) {
        QUrl pg(databaseUrl);
        pg.setPath(pg.path() + u"_test"_s);
        m_info.testDatabase = pg.toString();
    } else {
        m_info.testDatabase = dir.filePath(u"bpmsoft-test.sqlite"_s);
    }
    // The vendor's archive: the connector's packages at the new version.
    PackageArchiveBuilder archive;
    for (const QString &name : SandboxSeed::connectorPackages()) {
        auto &p = archive.addSamplePackage(name, SandboxSeed::NewConnectorVersion);
        p.dependsOn.append({u"Base"_s, {}, SandboxSeed::PlatformVersion});
        if (name != u"SmrOneCBase"_s)
            p.dependsOn.append({u"SmrOneCBase"_s, {}, SandboxSeed::NewConnectorVersion});
    }
    m_info.archivePath =
            dir.filePath(u"SmrOneCConnector_%1.zip"_s.arg(SandboxSeed::NewConnectorVersion));
    if (!archive.writeZip(m_info.archivePath, &e)) {
        *error = tr("Cannot write the sandbox's package archive: %1").arg(e);
        stop();
        return false;
    }
    if (!writeProfile(error)) {
        stop();
        return false;
    }
    return true;
}

bool SandboxEnvironment::writeProfile(QString *error)
{
    const QDir dir(m_options.directory);
    const QString backups = dir.filePath(u"backups"_s);
    dir.mkpath(u"backups"_s);
    const auto database = [&](const QString &url) {
        if (url.startsWith(u"postgres"_s)) {
            const QUrl u(url);
            return QJsonObject{{u"kind"_s, u"postgresql"_s}, {u"host"_s, u.host()},
                               {u"port"_s, u.port(5432)},    {u"name"_s, u.path().mid(1)},
                               {u"user"_s, u.userName()},    {u"backupFolder"_s, backups}};
        }
        return QJsonObject{
                {u"kind"_s, u"sqlite"_s}, {u"path"_s, url}, {u"backupFolder"_s, backups}};
    };
    const auto onec = [&](const QString &folder, const QUrl &odata) {
        return QJsonObject{{u"filePath"_s, folder},
                           {u"tool"_s, u"designer"_s},
                           {u"user"_s, OneCUser},
                           {u"odataUrl"_s, odata.toString()}};
    };
    QUrl testOData = m_oneC->odataUrl(TestPublication);
    const QJsonObject root{
            {u"schemaVersion"_s, Profile::SchemaVersion},
            {u"name"_s, u"Sandbox (%1)"_s.arg(m_scenario->name())},
            {u"packageArchive"_s, m_info.archivePath},
            {u"workFolder"_s, dir.filePath(u"work"_s)},
            {u"environments"_s,
             QJsonObject{
                     {u"production"_s,
                      QJsonObject{{u"siteUrl"_s, m_info.siteUrl.toString()},
                                  {u"hosting"_s, u"sandbox"_s},
                                  {u"userName"_s, u"Supervisor"_s},
                                  {u"database"_s, database(m_info.productionDatabase)},
                                  {u"onec"_s,
                                   onec(m_info.productionInfobase, m_info.productionODataUrl)}}},
                     {u"test"_s, QJsonObject{{u"siteUrl"_s, m_info.testSiteUrl.toString()},
                                             {u"hosting"_s, u"sandbox"_s},
                                             {u"userName"_s, u"Supervisor"_s},
                                             {u"database"_s, database(m_info.testDatabase)},
                                             {u"onec"_s, onec(m_info.testInfobase, testOData)}}}}},
            {u"connector"_s,
             QJsonObject{{u"syncHistoryTable"_s, SandboxSchema::SyncHistory},
                         {u"integrationObjectTable"_s, SandboxSchema::IntegrationObject},
                         {u"deduplicationColumn"_s, SandboxSchema::DeduplicationColumn},
                         {u"integrationLogTable"_s, SandboxSchema::IntegrationLog},
                         {u"oneCSettingsTable"_s, SandboxSchema::OneCConnection},
                         {u"integrationProcesses"_s, QJsonArray{u"SmrRunIntegration"_s}}}}};
    const auto loaded = Profile::fromJsonText(QJsonDocument(root).toJson());
    if (!loaded.profile) {
        QStringList problems;
        for (const auto &p : loaded.problems)
            problems.append(p.path + u": "_s + p.message);
        *error = tr("The sandbox wrote an invalid profile: %1").arg(problems.join(u"; "_s));
        return false;
    }
    m_info.profilePath = dir.filePath(u"profile.json"_s);
    if (!loaded.profile->save(m_info.profilePath, error))
        return false;
    QHash<QString, QString> secrets;
    for (EnvironmentKind env : {EnvironmentKind::Production, EnvironmentKind::Test}) {
        secrets.insert(SecretKeys::key(env, SecretKeys::Site), m_options.password);
        secrets.insert(SecretKeys::key(env, SecretKeys::OneC), m_options.password);
        secrets.insert(SecretKeys::key(env, SecretKeys::OData), m_options.password);
        const QString url = env == EnvironmentKind::Production ? m_info.productionDatabase
                                                               : m_info.testDatabase;
        if (url.startsWith(u"postgres"_s))
            secrets.insert(SecretKeys::key(env, SecretKeys::Database),
                           QUrl(url).password(QUrl::FullyDecoded));
    }
    m_info.secretsPath = dir.filePath(u"secrets"_s);
    QFile::remove(m_info.secretsPath);
    return FileSecretStore::writeFile(m_info.secretsPath, secrets, error);
}

SandboxSite *SandboxEnvironment::startSite(const SandboxSite::Options &options, QString *error)
{
    if (!m_host) {
        *error = tr("The sandbox is not running.");
        return nullptr;
    }
    SandboxSite *site = nullptr;
    QString e;
    m_host->call([&]() {
        site = new SandboxSite(options, m_host->context());
        if (!site->start(&e)) {
            delete site;
            site = nullptr;
        }
    });
    if (!site)
        *error = e;
    return site;
}

void SandboxEnvironment::stopSite(SandboxSite *site)
{
    if (m_host && site)
        m_host->call([site]() { delete site; });
    if (site == m_site)
        m_site = nullptr;
}

void SandboxEnvironment::stop()
{
    if (!m_host)
        return;
    m_host.reset(); // deletes the servers on their thread
    m_site = nullptr;
    m_oneC = nullptr;
}

} // namespace upgrade::sandbox
