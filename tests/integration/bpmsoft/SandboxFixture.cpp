#include "SandboxFixture.h"

#include "OneCInfobase.h"
#include "TestEnvironment.h"
#include "packagebuilder/PackageArchiveBuilder.h"

#include <QDir>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace upgrade::test {

void SandboxFixture::TearDown()
{
    stopSandbox();
}

void SandboxFixture::startSandbox()
{
    startSandbox(Config());
}

void SandboxFixture::startSandbox(const Config &config)
{
    ASSERT_TRUE(m_dir.isValid());
    m_config = config;
    m_root = QDir(m_dir.path()).filePath(u"run%1"_s.arg(++m_starts));
    QDir().mkpath(m_root);
    QString error;
    auto scenario = sandbox::SandboxScenario::named(config.scenario, &error);
    ASSERT_TRUE(scenario) << error.toStdString();
    for (const sandbox::Fault &f : config.faults)
        scenario->add(f);
    m_scenario = std::make_shared<sandbox::SandboxScenario>(*scenario);
    m_databaseUrl = config.databaseUrl.isEmpty() ? QDir(m_root).filePath(u"site.sqlite"_s)
                                                 : config.databaseUrl;
    m_host = std::make_unique<sandbox::SandboxHost>();
    bool ok = false;
    m_host->call([&]() {
        const QString infobase = QDir(m_root).filePath(u"onec/trade"_s);
        if (!sandbox::OneCInfobase::create(infobase, u"trade"_s, u"Integration"_s, u"Supervisor"_s,
                                           m_sizes, &error))
            return;
        sandbox::SandboxOneC::Options o;
        o.rootFolder = QDir(m_root).filePath(u"onec"_s);
        o.scenario = m_scenario;
        m_oneC = new sandbox::SandboxOneC(o, m_host->context());
        if (!m_oneC->start(&error))
            return;
        sandbox::SandboxSite::Options s;
        s.databaseUrl = m_databaseUrl;
        s.workFolder = QDir(m_root).filePath(u"site"_s);
        s.role = config.role;
        s.flavour = config.flavour;
        s.speed = config.speed;
        s.scenario = m_scenario;
        s.seed.oneCUrl = m_oneC->odataUrl(u"trade"_s).toString();
        s.seed.oneCUser = u"Integration"_s;
        s.seed.oneCPassword = u"Supervisor"_s;
        s.seed.sizes = m_sizes;
        if (config.tls) {
            const QString data =
                    TestEnvironment::sourceDir() + u"/tests/integration/bpmsoft/data/"_s;
            s.tlsCertificateFile = data + u"sandbox-tls.crt"_s;
            s.tlsKeyFile = data + u"sandbox-tls.key"_s;
        }
        m_site = new sandbox::SandboxSite(s, m_host->context());
        ok = m_site->start(&error);
        m_url = m_site->url();
    });
    ASSERT_TRUE(ok) << error.toStdString();
    m_check = std::make_unique<sandbox::SandboxDatabase>(m_databaseUrl);
    ASSERT_TRUE(m_check->open(&error)) << error.toStdString();
}

void SandboxFixture::stopSandbox()
{
    m_check.reset();
    m_host.reset();
    m_site = nullptr;
    m_oneC = nullptr;
}

sandbox::SandboxSite *SandboxFixture::startSecondSite(const QString &databaseUrl,
                                                      sandbox::SiteRole role)
{
    sandbox::SandboxSite *site = nullptr;
    QString error;
    m_host->call([&]() {
        sandbox::SandboxSite::Options s = m_site->options();
        s.databaseUrl = databaseUrl;
        s.role = role;
        s.port = 0;
        s.workFolder = QDir(m_root).filePath(u"site-"_s + sandbox::toString(role));
        site = new sandbox::SandboxSite(s, m_host->context());
        if (!site->start(&error)) {
            delete site;
            site = nullptr;
        }
    });
    EXPECT_TRUE(site) << error.toStdString();
    return site;
}

BpmSoftClientOptions SandboxFixture::clientOptions(const QUrl &siteUrl) const
{
    BpmSoftClientOptions o;
    o.siteUrl = siteUrl.isEmpty() ? m_url : siteUrl;
    o.flavour = m_config.flavour;
    o.requestTimeoutMs = 10'000;
    o.longOperationTimeoutMs = 20'000;
    o.retryDelayMs = 20;
    o.logPollIntervalMs = 25;
    o.installLostAnswerWaitMs = 3'000;
    o.readinessInitialDelayMs = 0;
    o.readinessProbeIntervalMs = 30;
    o.readinessBudgetMs = 10'000;
    return o;
}

std::unique_ptr<BpmSoftClient> SandboxFixture::client(const QString &password, const QUrl &siteUrl)
{
    return std::make_unique<BpmSoftClient>(clientOptions(siteUrl), password);
}

QString SandboxFixture::writeArchive(const QString &fileName,
                                     const QList<QPair<QString, QString>> &packages) const
{
    PackageArchiveBuilder b;
    for (const auto &p : packages)
        b.addSamplePackage(p.first, p.second);
    const QString path = QDir(m_dir.path()).filePath(fileName);
    QString error;
    EXPECT_TRUE(b.writeZip(path, &error)) << error.toStdString();
    return path;
}

QString SandboxFixture::connectorArchive(const QString &version) const
{
    QList<QPair<QString, QString>> packages;
    for (const QString &name : sandbox::SandboxSeed::connectorPackages())
        packages.append({name, version});
    return writeArchive(u"SmrOneCConnector_%1.zip"_s.arg(version), packages);
}

void SandboxFixture::onSite(const std::function<void(sandbox::SandboxSite &)> &work)
{
    m_host->call([&]() { work(*m_site); });
}

QList<sandbox::SandboxSite::RequestRecord> SandboxFixture::requests()
{
    return m_site->requests();
}

QVariant SandboxFixture::scalar(const QString &sql, const QVariantList &values)
{
    QString error;
    m_check->refresh();
    auto q = m_check->exec(sql, values, &error);
    EXPECT_TRUE(q) << error.toStdString() << " in " << sql.toStdString();
    if (!q || !q->next())
        return {};
    return q->value(0);
}

bool SandboxFixture::hasColumn(const QString &table, const QString &column)
{
    m_check->refresh();
    return m_check->hasColumn(table, column);
}

qint64 SandboxFixture::oneCCount(const QString &sql)
{
    sandbox::OneCInfobase ib(QDir(m_root).filePath(u"onec/trade"_s));
    if (!ib.open(nullptr))
        return -1;
    QSqlQuery q(ib.db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace upgrade::test
