// The wizard on the REAL sandbox (sandbox::SandboxEnvironment in this process, through
// SandboxEnvironmentLauncher as `bpmsoft-upgrade-wizard --sandbox` starts it) and the real
// "upgrade" plan with the core/plan RunServices, driven like a person would, offscreen:
//  - happy: Welcome → Connections (the real checks sign in) → preparation → Plan → the test
//    stage (a test site on a copy, the package installed, deduplication, the integration
//    check) → Test verification → Production (typed confirmation) → the production stage →
//    Finish, with report.json/html/pdf written at the stage ends, "Open the report" opening
//    report.html, and "Save the support bundle…" writing a zip without any of the sandbox's
//    passwords;
//  - production-install-fails: the production stage asks Retry / Roll back; the person chooses
//    Roll back; the rollback completes (production's packages as before), Finish says so.
// Fast: the sandbox at high speed with a small seed. A watchdog on the UI thread records the
// longest stall of the event loop over the whole run; a test fails above 1 s. The binary lives
// in bin/, next to bpmsoft-sandbox, which the test stage starts for its test site.
#include "ConnectionChecker.h"
#include "EventLoopWatchdog.h"
#include "FinishViewModel.h"
#include "InstalledPackagesSource.h"
#include "PackageArchiveViewModel.h"
#include "ProfileViewModel.h"
#include "QtPdfRenderer.h"
#include "QtPrinters.h"
#include "RunReports.h"
#include "RunViewModel.h"
#include "SandboxEnvironmentLauncher.h"
#include "StageViewModel.h"
#include "UpgradeWizard.h"
#include "VerificationViewModel.h"
#include "WaitUntil.h"
#include "WelcomeViewModel.h"
#include "WizardSession.h"
#include "WizardTest.h"

#include "plan/Journal.h"
#include "plan/ProcedureStepFactory.h"
#include "profile/FileSecretStore.h"
#include "profile/MemorySecretStore.h"
#include "profile/Profile.h"
#include "profile/SecretKeys.h"
#include "profile/SecretStoreFactory.h"
#include "util/QuietProgress.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QUrl>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <gtest/gtest.h>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace upgrade;
using namespace upgrade::wizard;

/// Catches what the wizard opens with QDesktopServices (no browser in a test).
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

namespace {

constexpr double Speed = 400;

std::string stageText(UpgradeWizard &w, StageKind kind)
{
    StageViewModel *vm = w.session()->run()->stage(kind);
    std::string text = (vm->state() ? toString(*vm->state()) : u"none"_s).toStdString() + ": " +
                       vm->message().toStdString();
    for (const auto &step : vm->steps())
        text += "\n  " + step.id.toStdString() + " " + toString(step.state).toStdString() + " " +
                step.message.toStdString();
    return text;
}

/// A process that ended but was not reaped (its parent is gone: it is init's now).
bool processIsZombie(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && text.mid(close + 2, 1) == "Z";
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

class SandboxRehearsal : public test::WizardTest
{
protected:
    void SetUp() override
    {
        QtPdfRenderer::install(); // as app/wizard/main.cpp does
        QDesktopServices::setUrlHandler(u"file"_s, &m_urls, "open");
        m_watchdog.start();
    }

    void TearDown() override
    {
        m_watchdog.stop();
        QDesktopServices::unsetUrlHandler(u"file"_s);
        PdfRenderer::install(nullptr);
        QStringList stalls;
        for (qint64 ms : m_watchdog.stalls())
            stalls << QString::number(ms);
        std::cout << "[ watchdog ] longest stall of the UI thread: " << m_watchdog.longestStallMs()
                  << " ms (stalls over 50 ms: " << stalls.join(u", "_s).toStdString() << ")"
                  << std::endl;
        RecordProperty("longestStallMs", int(m_watchdog.longestStallMs()));
        EXPECT_LT(m_watchdog.longestStallMs(), 1000) << "the UI thread was blocked";
    }

    WizardServices services()
    {
        WizardServices s = WizardServices::defaults();
        s.sandbox = std::make_shared<SandboxEnvironmentLauncher>(Speed, true);
        s.secretWriter = [](const Profile &) -> std::unique_ptr<SecretStore> {
            return std::make_unique<MemorySecretStore>();
        };
        return s;
    }

    static bool waitComplete(UpgradeWizard &w, int timeoutMs = 180000)
    {
        return WizardTest::waitComplete(w, timeoutMs);
    }

    /// Welcome ("Rehearse on the sandbox", the scenario) → the Connections page.
    void startSandbox(UpgradeWizard &w, const QString &scenario)
    {
        w.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
        w.welcomeModel()->setMode(WelcomeViewModel::Sandbox);
        w.welcomeModel()->setScenario(scenario);
        w.next(); // starts the sandbox, then goes on by itself
        ASSERT_TRUE(waitForPage(w, ConnectionsPageId, 60000))
                << w.welcomeModel()->sandboxMessage().toStdString();
        EXPECT_EQ(w.welcomeModel()->factoryName(), ProcedureStepFactory::factoryName());
        ASSERT_TRUE(w.session()->profile()->isValid())
                << w.session()->profile()->problems().value(0).toString().toStdString();
    }

    /// Connections → preparation → Plan → the test stage (passed) → Test verification.
    void throughTestStage(UpgradeWizard &w)
    {
        w.next();
        ASSERT_TRUE(waitForPage(w, PreflightPageId));
        ASSERT_TRUE(waitComplete(w, 60000)) << stageText(w, StageKind::Preparation);
        w.next();
        ASSERT_TRUE(waitForPage(w, PlanPageId));
        w.next(); // "Start the test stage"
        ASSERT_TRUE(waitForPage(w, TestStagePageId));
        ASSERT_TRUE(waitComplete(w)) << stageText(w, StageKind::Test);
        ASSERT_TRUE(w.session()->run()->stage(StageKind::Test)->isPassed())
                << stageText(w, StageKind::Test);
        w.next();
        ASSERT_TRUE(waitForPage(w, TestVerificationPageId));
    }

    /// Production: the site's name typed, "Upgrade production" → the production stage page.
    void commitProduction(UpgradeWizard &w)
    {
        w.next();
        ASSERT_TRUE(waitForPage(w, ProductionPageId));
        auto *confirm = w.currentPage()->findChild<QLineEdit *>(u"confirmSiteName"_s);
        ASSERT_NE(confirm, nullptr);
        EXPECT_FALSE(w.currentPage()->isComplete());
        QTest::keyClicks(confirm, w.session()->run()->config().profile.production.siteUrl);
        EXPECT_FALSE(w.currentPage()->isComplete()) << "the URL is not the site's name";
        confirm->clear();
        QTest::keyClicks(confirm,
                         QUrl(w.session()->run()->config().profile.production.siteUrl).host());
        ASSERT_TRUE(w.currentPage()->isComplete());
        w.next();
        ASSERT_TRUE(waitForPage(w, ProductionStagePageId));
    }

    /// The production site's packages, as the Connections page reads them.
    static QList<InstalledPackage> installedOnProduction(UpgradeWizard &w, const WizardServices &s)
    {
        const Profile profile = w.session()->profile()->currentProfile();
        QString error;
        std::unique_ptr<SecretStore> secrets =
                SecretStoreFactory::create(profile, w.welcomeModel()->secretsFile(), &error);
        if (!secrets)
            return {};
        QuietProgress progress;
        return s.installedPackages
                ->installedPackages(profile, EnvironmentKind::Production, *secrets, progress,
                                    &error)
                .value_or(QList<InstalledPackage>{});
    }

    /// The Finish page, once it has read the journal and the reports are written.
    static void waitForFinish(UpgradeWizard &w)
    {
        w.next();
        ASSERT_TRUE(waitForPage(w, FinishPageId));
        FinishViewModel *finish = w.session()->finish();
        ASSERT_TRUE(test::waitUntil(
                [&] { return finish->snapshot().has_value() && !finish->isWritingReports(); }));
    }

    EventLoopWatchdog m_watchdog{10};
    UrlCatcher m_urls;
};

TEST_F(SandboxRehearsal, HappyRunFromWelcomeThroughBothStagesToFinish)
{
    QString runDirectory;
    {
        const WizardServices s = services();
        UpgradeWizard w(s);
        startSandbox(w, u"happy"_s);
        if (HasFatalFailure())
            return;

        // The real check signs in to the production site with the sandbox's password.
        const Profile profile = w.session()->profile()->currentProfile();
        QString error;
        std::unique_ptr<SecretStore> secrets =
                SecretStoreFactory::create(profile, w.welcomeModel()->secretsFile(), &error);
        ASSERT_TRUE(secrets) << error.toStdString();
        QuietProgress progress;
        const ConnectionChecker::Result site =
                s.connectionChecker->check(profile, EnvironmentKind::Production,
                                           ConnectionChecker::Part::Site, *secrets, progress);
        EXPECT_EQ(site.status, ConnectionChecker::Result::Status::Ok)
                << site.message.toStdString() << " " << site.details.toStdString();
        MemorySecretStore wrong({{SecretKeys::key(EnvironmentKind::Production, SecretKeys::Site),
                                  u"not-the-password"_s}});
        EXPECT_EQ(s.connectionChecker
                          ->check(profile, EnvironmentKind::Production,
                                  ConnectionChecker::Part::Site, wrong, progress)
                          .status,
                  ConnectionChecker::Result::Status::Failed);
        const ConnectionChecker::Result db =
                s.connectionChecker->check(profile, EnvironmentKind::Production,
                                           ConnectionChecker::Part::Database, *secrets, progress);
        EXPECT_EQ(db.status, ConnectionChecker::Result::Status::Ok) << db.message.toStdString();
        const ConnectionChecker::Result onec =
                s.connectionChecker->check(profile, EnvironmentKind::Production,
                                           ConnectionChecker::Part::OneC, *secrets, progress);
        EXPECT_EQ(onec.status, ConnectionChecker::Result::Status::Ok)
                << onec.message.toStdString() << " " << onec.details.toStdString();
        const QList<InstalledPackage> before = installedOnProduction(w, s);
        ASSERT_FALSE(before.isEmpty());

        throughTestStage(w);
        if (HasFatalFailure())
            return;
        runDirectory = w.session()->run()->runDirectory();
        std::cout << "[ test stage ] " << stageText(w, StageKind::Test) << std::endl;
        // The test stage's end wrote the reports: the run is still in progress.
        RunReports *reports = w.session()->reports();
        ASSERT_TRUE(test::waitUntil([&] { return !reports->isWriting(); }));
        EXPECT_EQ(reports->runDirectory(), runDirectory);
        EXPECT_EQ(readJson(QDir(runDirectory).filePath(u"report.json"_s))
                          .value(u"result"_s)
                          .toString(),
                  u"in-progress"_s);
        // Under Xvfb (QT_QPA_PLATFORM=xcb), a screenshot of the screen for people to look at.
        if (const QString shot = qEnvironmentVariable("UPGRADE_TEST_SCREENSHOT"); !shot.isEmpty()) {
            QProcess::startDetached(u"import"_s, {u"-window"_s, u"root"_s, shot});
            test::waitUntil([&] { return QFileInfo(shot).size() > 0; }, 10000);
        }

        // The verification page shows what VerifyIntegrationStep and DeduplicateStep recorded.
        VerificationViewModel *v = w.session()->verification();
        ASSERT_TRUE(test::waitUntil([&] { return !v->isLoading() && v->hasData(); }));
        EXPECT_FALSE(v->integrations().isEmpty());
        for (const auto &i : v->integrations()) {
            EXPECT_GE(i.records, 0) << i.name.toStdString();
            EXPECT_EQ(i.errors, 0) << i.name.toStdString();
            EXPECT_EQ(i.duplicates, 0) << i.name.toStdString();
        }
        EXPECT_FALSE(v->flags().isEmpty());
        for (const auto &f : v->flags())
            EXPECT_TRUE(f.after) << f.name.toStdString();
        ASSERT_TRUE(v->mappingTable().has_value());
        EXPECT_GE(v->mappingTable()->rowsBefore, 0);
        EXPECT_TRUE(v->isClean()) << v->verdict().toStdString();
        std::cout << "[ verification ] " << v->verdict().toStdString() << " ("
                  << v->integrations().size() << " integrations, " << v->flags().size()
                  << " flags, mapping table " << v->mappingTable()->rowsBefore << " rows before)"
                  << std::endl;

        // Production: the package on the production site.
        commitProduction(w);
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(waitComplete(w)) << stageText(w, StageKind::Production);
        EXPECT_TRUE(w.session()->run()->stage(StageKind::Production)->isPassed())
                << stageText(w, StageKind::Production);
        EXPECT_EQ(answerButton(w, u"rollback"_s), nullptr);
        // Every package of the archive is on production now in the archive's version.
        const auto &archive = w.session()->packages()->archive();
        ASSERT_TRUE(archive.has_value());
        bool upgrades = false;
        for (const PackageChange &c : PackageComparison::compare(archive->packages, before))
            upgrades = upgrades || c.kind == PackageChangeKind::Upgrade;
        EXPECT_TRUE(upgrades) << "the archive upgrades production";
        for (const PackageChange &c :
             PackageComparison::compare(archive->packages, installedOnProduction(w, s)))
            EXPECT_EQ(c.kind, PackageChangeKind::Same) << c.package.name.toStdString();

        // Finish: the outcome, the reports, the bundle.
        waitForFinish(w);
        if (HasFatalFailure())
            return;
        FinishViewModel *finish = w.session()->finish();
        EXPECT_EQ(finish->outcome(), FinishViewModel::Outcome::Upgraded);
        EXPECT_TRUE(w.currentPage()
                            ->findChild<QLabel *>(u"finishHeadline"_s)
                            ->text()
                            .contains(u"Production is upgraded"_s));
        EXPECT_GE(finish->backupLines().size(), 2) << "the backups of both stages";
        const QJsonObject report = readJson(QDir(runDirectory).filePath(u"report.json"_s));
        EXPECT_EQ(report.value(u"result"_s).toString(), u"succeeded"_s);
        QFile pdf(QDir(runDirectory).filePath(u"report.pdf"_s));
        ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
        EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));

        // "Open the report" opens report.html; "Open the PDF" the PDF.
        auto *openReport = w.currentPage()->findChild<QPushButton *>(u"openReport"_s);
        ASSERT_NE(openReport, nullptr);
        ASSERT_TRUE(openReport->isEnabled());
        QTest::mouseClick(openReport, Qt::LeftButton);
        ASSERT_TRUE(test::waitUntil([&] { return !m_urls.opened.isEmpty(); }));
        EXPECT_EQ(m_urls.opened.last().toLocalFile(),
                  QDir(runDirectory).filePath(u"report.html"_s));
        QFile html(m_urls.opened.last().toLocalFile());
        ASSERT_TRUE(html.open(QIODevice::ReadOnly));
        EXPECT_TRUE(html.readAll().contains("<html"));
        auto *openPdf = w.currentPage()->findChild<QPushButton *>(u"openPdf"_s);
        ASSERT_NE(openPdf, nullptr);
        ASSERT_TRUE(openPdf->isVisible());
        QTest::mouseClick(openPdf, Qt::LeftButton);
        EXPECT_EQ(m_urls.opened.last().toLocalFile(), pdf.fileName());

        // "Save the support bundle…": the save dialog, then the zip in the background.
        auto *saveBundle = w.currentPage()->findChild<QPushButton *>(u"saveBundle"_s);
        ASSERT_NE(saveBundle, nullptr);
        QTest::mouseClick(saveBundle, Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        ASSERT_TRUE(test::waitUntil([&] {
            dialog = w.findChild<QFileDialog *>(u"bundleDialog"_s);
            return dialog && dialog->isVisible();
        }));
        const QString zipPath = QDir(runDirectory).filePath(u"support.zip"_s);
        dialog->selectFile(zipPath);
        QMetaObject::invokeMethod(dialog, "accept"); // as the Save button does
        auto *status = w.currentPage()->findChild<QLabel *>(u"finishActionStatus"_s);
        ASSERT_TRUE(test::waitUntil([&] { return !finish->isBusy() && QFileInfo::exists(zipPath); },
                                    60000))
                << status->text().toStdString();
        EXPECT_TRUE(status->text().contains(u"support bundle is saved"_s))
                << status->text().toStdString();

        // No password of the sandbox is in any entry.
        FileSecretStore secretsFile;
        ASSERT_TRUE(secretsFile.open(w.welcomeModel()->secretsFile(), &error))
                << error.toStdString();
        QStringList passwords;
        for (const QString &key : SecretKeys::allKeys())
            if (const auto value = secretsFile.get(key); value && value->size() >= 4)
                passwords << *value;
        ASSERT_FALSE(passwords.isEmpty());
        QuaZip zip(zipPath);
        ASSERT_TRUE(zip.open(QuaZip::mdUnzip));
        QStringList entries;
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            entries << zip.getCurrentFileName();
            QuaZipFile entry(&zip);
            ASSERT_TRUE(entry.open(QIODevice::ReadOnly));
            const QByteArray bytes = entry.readAll();
            for (const QString &password : passwords)
                EXPECT_FALSE(bytes.contains(password.toUtf8())) << entries.last().toStdString();
        }
        for (const QString &name : {u"manifest.json"_s, u"report.json"_s, u"report.html"_s,
                                    u"profile.json"_s, u"journal.sqlite"_s})
            EXPECT_TRUE(entries.contains(name)) << name.toStdString();
    }

    // The test site the run started (its own process) ended with the rehearsal.
    std::unique_ptr<Journal> journal =
            Journal::open(runDirectory, Journal::Mode::ReadOnly, nullptr);
    ASSERT_TRUE(journal);
    const qint64 pid = journal->value(u"test.site"_s).toObject().value(u"pid"_s).toInteger();
    ASSERT_GT(pid, 0);
    EXPECT_TRUE(test::waitUntil([&] {
        return !QFileInfo::exists(u"/proc/%1/cmdline"_s.arg(pid)) || processIsZombie(pid);
    })) << "test site process "
        << pid << " still runs";
}

TEST_F(SandboxRehearsal, ProductionInstallFailsAsksAndRollsBack)
{
    const WizardServices s = services();
    UpgradeWizard w(s);
    startSandbox(w, u"production-install-fails"_s);
    if (HasFatalFailure())
        return;
    const QList<InstalledPackage> before = installedOnProduction(w, s);
    ASSERT_FALSE(before.isEmpty());
    throughTestStage(w);
    if (HasFatalFailure())
        return;
    commitProduction(w);
    if (HasFatalFailure())
        return;

    // The install fails on production: the person is asked — Retry or Roll back.
    ASSERT_TRUE(test::waitUntil([&] { return answerButton(w, u"rollback"_s) != nullptr; }, 60000))
            << stageText(w, StageKind::Production);
    EXPECT_NE(answerButton(w, u"retry"_s), nullptr);
    EXPECT_EQ(answerButton(w, u"skip"_s), nullptr);
    EXPECT_EQ(answerButton(w, u"abort"_s), nullptr);
    StageViewModel *production = w.session()->run()->stage(StageKind::Production);
    const auto &install =
            production->steps().at(production->indexOf(u"production.install-package"_s));
    EXPECT_EQ(install.state, StepState::Failed);
    EXPECT_FALSE(w.currentPage()->isComplete());

    QTest::mouseClick(answerButton(w, u"rollback"_s), Qt::LeftButton);
    ASSERT_TRUE(waitComplete(w)) << stageText(w, StageKind::Production);
    EXPECT_EQ(production->state(), StageState::RolledBack) << stageText(w, StageKind::Production);
    const auto &rollback = production->steps().at(production->indexOf(u"production.rollback"_s));
    EXPECT_TRUE(rollback.rollback);
    EXPECT_EQ(rollback.state, StepState::Succeeded) << rollback.message.toStdString();
    // The rollback completed: production has the packages it had before.
    const QList<InstalledPackage> after = installedOnProduction(w, s);
    ASSERT_EQ(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i)
        EXPECT_EQ(after[i].version, before[i].version) << after[i].name.toStdString();

    waitForFinish(w);
    if (HasFatalFailure())
        return;
    EXPECT_EQ(w.session()->finish()->outcome(), FinishViewModel::Outcome::RolledBack);
    const QString runDirectory = w.session()->run()->runDirectory();
    EXPECT_EQ(readJson(QDir(runDirectory).filePath(u"report.json"_s)).value(u"result"_s).toString(),
              u"rolled-back"_s);
    // The answer is in the journal, given by the person.
    auto journal = Journal::open(runDirectory, Journal::Mode::ReadOnly, nullptr);
    ASSERT_TRUE(journal);
    bool found = false;
    for (const AnswerRecord &a : journal->answers())
        found = found || (a.questionId == u"on-failure.production.install-package"_s &&
                          a.value == u"rollback"_s && a.source == u"interactive"_s);
    EXPECT_TRUE(found);
}

} // namespace

#include "SandboxRehearsalTest.moc"
