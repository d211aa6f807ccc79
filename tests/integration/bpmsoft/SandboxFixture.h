#pragma once

#include "SandboxDatabase.h"
#include "SandboxHost.h"
#include "SandboxOneC.h"
#include "SandboxScenario.h"
#include "SandboxSite.h"
#include "bpmsoft/BpmSoftClient.h"
#include "util/Progress.h"

#include <QMutex>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace upgrade::test {

/// Progress that keeps what it was told, for assertions. Thread-safe.
class RecordingProgress : public Progress
{
public:
    void setFraction(double fraction) override
    {
        QMutexLocker lock(&m_mutex);
        fractions.append(fraction);
    }
    void setStatus(const QString &text) override
    {
        QMutexLocker lock(&m_mutex);
        statuses.append(text);
    }
    void log(const QString &line) override
    {
        QMutexLocker lock(&m_mutex);
        lines.append(line);
        if (cancelAfterLines > 0 && lines.size() >= cancelAfterLines)
            m_cancellation.cancel();
    }
    Cancellation cancellation() const override { return m_cancellation; }
    void cancel() { m_cancellation.cancel(); }

    QStringList lines;
    QStringList statuses;
    QList<double> fractions;
    int cancelAfterLines = 0;

private:
    QMutex m_mutex;
    Cancellation m_cancellation;
};

/// A sandbox site and 1C on their own thread, on a temporary SQLite database (or a given
/// one), fast (`speed`), with small seed data; plus clients for it.
class SandboxFixture : public ::testing::Test
{
protected:
    struct Config
    {
        BpmSoftFlavour flavour = BpmSoftFlavour::NetFramework;
        QString scenario = QStringLiteral("happy");
        QList<sandbox::Fault> faults;
        sandbox::SiteRole role = sandbox::SiteRole::Production;
        double speed = 200;
        QString databaseUrl; ///< empty: a new SQLite file
        bool tls = false;
    };

    void TearDown() override;

    void startSandbox();
    void startSandbox(const Config &config);
    void stopSandbox();
    /// Starts a second site on `databaseUrl` (e.g. a copy), same 1C and scenario.
    sandbox::SandboxSite *startSecondSite(const QString &databaseUrl, sandbox::SiteRole role);

    BpmSoftClientOptions clientOptions(const QUrl &siteUrl = {}) const;
    std::unique_ptr<BpmSoftClient> client(const QString &password = QStringLiteral("Supervisor"),
                                          const QUrl &siteUrl = {});
    /// Writes an archive of `packages` (name, version) into the temporary folder.
    QString writeArchive(const QString &fileName,
                         const QList<QPair<QString, QString>> &packages) const;
    /// The connector's packages at `version`.
    QString connectorArchive(const QString &version = QStringLiteral("2.4.0")) const;

    /// Runs on the sandbox thread.
    void onSite(const std::function<void(sandbox::SandboxSite &)> &work);
    QList<sandbox::SandboxSite::RequestRecord> requests();
    /// One value from the site's database (a second connection on this thread).
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    qint64 count(const QString &sql) { return scalar(sql).toLongLong(); }
    bool hasColumn(const QString &table, const QString &column);
    /// Records of the production 1C infobase.
    qint64 oneCCount(const QString &sql);

    QTemporaryDir m_dir;
    QString m_root; ///< this start's folder inside m_dir (a restart starts afresh)
    int m_starts = 0;
    Config m_config;
    QString m_databaseUrl;
    QUrl m_url;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    sandbox::SandboxSite *m_site = nullptr;
    sandbox::SandboxOneC *m_oneC = nullptr;
    std::shared_ptr<sandbox::SandboxScenario> m_scenario;
    std::unique_ptr<sandbox::SandboxDatabase> m_check;
    sandbox::SandboxSeed::Sizes m_sizes = sandbox::SandboxSeed::small();
};

} // namespace upgrade::test
