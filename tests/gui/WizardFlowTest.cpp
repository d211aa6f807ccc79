// The whole wizard driven like a person would, offscreen, on the engine's sample plan (steps
// acting on text files, with the real Runner, journal, gates and failure policies): from Welcome
// through both stages to Finish; failures that ask Retry / Skip / Abort on the test stage and
// Retry / Roll back on production; closing during a step; resuming from the journal; the
// sandbox rehearsal. A watchdog on the UI thread fails any test whose event loop stalls > 1 s.
#include "EventLoopWatchdog.h"
#include "FinishViewModel.h"
#include "PackageArchiveViewModel.h"
#include "ProfileViewModel.h"
#include "QtPrinters.h"
#include "RehearsalStepFactory.h"
#include "RunViewModel.h"
#include "SampleSandboxLauncher.h"
#include "StageViewModel.h"
#include "TestEnvironment.h"
#include "UpgradeWizard.h"
#include "VerificationViewModel.h"
#include "WaitUntil.h"
#include "WelcomeViewModel.h"
#include "WizardSession.h"
#include "WizardTest.h"

#include "plan/Context.h"
#include "plan/Journal.h"
#include "plan/sample/SampleStepFactory.h"
#include "profile/MemorySecretStore.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace upgrade;
using namespace upgrade::wizard;

namespace {

/// The verification step of the test stage as issue 7 will write it: records what the wizard
/// shows on the Test verification page (docs/wizard.md).
class RecordResultsStep : public Step
{
public:
    QString id() const override { return u"test.record-results"_s; }
    QString title() const override { return u"Record the integration results"_s; }
    StepTarget target() const override { return {EnvironmentKind::Test, StepTarget::Files}; }
    StepResult run(Context &context, Progress &) override
    {
        auto integration = [](const QString &name, int records) {
            return QJsonObject{{u"name"_s, name},
                               {u"records"_s, records},
                               {u"errors"_s, 0},
                               {u"duplicates"_s, 0},
                               {u"status"_s, u"ok"_s}};
        };
        context.setValue(
                u"integration.results.test"_s,
                QJsonArray{integration(u"Counterparties"_s, 120), integration(u"Orders"_s, 30)});
        context.setValue(u"deduplication.objects.test"_s,
                         QJsonArray{QJsonObject{{u"name"_s, u"Counterparties"_s},
                                                {u"before"_s, false},
                                                {u"flagSet"_s, true}}});
        return StepResult::ok();
    }
};

/// The sample plan with the step above at the end of the test stage.
class FlowFactory : public StepFactory
{
public:
    QString name() const override { return sample::SampleStepFactory::factoryName(); }
    Stage stage(StageKind kind, const Profile &profile) const override
    {
        Stage s = sample::SampleStepFactory().stage(kind, profile);
        if (kind == StageKind::Test)
            s.steps.push_back(std::make_shared<RecordResultsStep>());
        return s;
    }
};

class WizardFlow : public test::WizardTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_sample = m_dir.filePath(u"sample"_s);
        QDir().mkpath(m_sample);
        qputenv("BPMSOFT_UPGRADE_SAMPLE_PLAN", QFile::encodeName(m_sample));
        qputenv("BPMSOFT_UPGRADE_SAMPLE_SLOW_MS", "40");
        qunsetenv("BPMSOFT_UPGRADE_SAMPLE_FAIL");
        qunsetenv("BPMSOFT_UPGRADE_SAMPLE_KILL_AT");

        const QString archive = m_dir.filePath(u"SmrOneCConnector_2.4.0.zip"_s);
        ASSERT_TRUE(QFile::copy(u":/wizard/sandbox/SmrOneCConnector_2.4.0.zip"_s, archive));
        auto env = [&](const QString &name, int port) {
            return QJsonObject{
                    {u"siteUrl"_s, u"http://127.0.0.1:%1"_s.arg(port)},
                    {u"hosting"_s, u"sandbox"_s},
                    {u"userName"_s, u"Supervisor"_s},
                    {u"database"_s, QJsonObject{{u"kind"_s, u"sqlite"_s},
                                                {u"path"_s, m_dir.filePath(name + u".sqlite"_s)}}}};
        };
        const QJsonObject profile{
                {u"schemaVersion"_s, 1},
                {u"name"_s, u"Flow"_s},
                {u"packageArchive"_s, u"SmrOneCConnector_2.4.0.zip"_s}, // relative to the profile
                {u"workFolder"_s, m_dir.filePath(u"runs"_s)},
                {u"environments"_s, QJsonObject{{u"production"_s, env(u"production"_s, 1)},
                                                {u"test"_s, env(u"test"_s, 2)}}}};
        m_profile = m_dir.filePath(u"profile.json"_s);
        QFile file(m_profile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(profile).toJson());
        file.close();
        m_watchdog.start();
    }

    void TearDown() override
    {
        m_watchdog.stop();
        QStringList stalls;
        for (qint64 ms : m_watchdog.stalls())
            stalls << QString::number(ms);
        std::cout << "[ watchdog ] longest stall of the UI thread: " << m_watchdog.longestStallMs()
                  << " ms (stalls over 50 ms: " << stalls.join(u", "_s).toStdString() << ")"
                  << std::endl;
        RecordProperty("longestStallMs", int(m_watchdog.longestStallMs()));
        EXPECT_LT(m_watchdog.longestStallMs(), 1000) << "the UI thread was blocked";
        qunsetenv("BPMSOFT_UPGRADE_SAMPLE_FAIL");
    }

    WizardServices services()
    {
        WizardServices s = WizardServices::defaults();
        auto keychain = m_keychain;
        s.secretWriter = [keychain](const Profile &) -> std::unique_ptr<SecretStore> {
            return std::make_unique<MemorySecretStore>();
        };
        s.secretReader = [](const Profile &, const QString &,
                            QString *) -> std::unique_ptr<SecretStore> {
            return std::make_unique<MemorySecretStore>();
        };
        s.stepFactory = [](const QString &name, QString *error) -> std::unique_ptr<StepFactory> {
            if (name == sample::SampleStepFactory::factoryName())
                return std::make_unique<FlowFactory>();
            return StepFactory::create(name, error);
        };
        s.sandbox = std::make_shared<SampleSandboxLauncher>(30);
        return s;
    }

    static bool waitComplete(UpgradeWizard &w, int timeoutMs = 20000)
    {
        return WizardTest::waitComplete(w, timeoutMs);
    }

    /// Opens the profile on the Welcome page and goes to the Connections page.
    void openProfile(UpgradeWizard &w)
    {
        w.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
        w.welcomeModel()->openProfile(m_profile);
        ASSERT_TRUE(test::waitUntil([&] { return w.currentPage()->isComplete(); }));
        w.next();
        ASSERT_TRUE(waitForPage(w, ConnectionsPageId));
    }

    /// From the Connections page through the test stage to its verification.
    void throughTestStage(UpgradeWizard &w)
    {
        w.next();
        ASSERT_TRUE(waitForPage(w, PreflightPageId));
        ASSERT_TRUE(waitComplete(w)) << stageText(w, StageKind::Preparation);
        w.next();
        ASSERT_TRUE(waitForPage(w, PlanPageId));
        w.next(); // "Start the test stage"
        ASSERT_TRUE(waitForPage(w, TestStagePageId));
    }

    void commitProduction(UpgradeWizard &w)
    {
        ASSERT_TRUE(waitForPage(w, ProductionPageId));
        auto *confirm = w.currentPage()->findChild<QLineEdit *>(u"confirmSiteName"_s);
        ASSERT_NE(confirm, nullptr);
        EXPECT_FALSE(w.currentPage()->isComplete());
        QTest::keyClicks(confirm, u"example.org"_s);
        EXPECT_FALSE(w.currentPage()->isComplete());
        confirm->setText(u"127.0.0.1"_s);
        EXPECT_TRUE(w.currentPage()->isComplete());
        w.next();
        ASSERT_TRUE(waitForPage(w, ProductionStagePageId));
    }

    static std::string stageText(UpgradeWizard &w, StageKind kind)
    {
        StageViewModel *vm = w.session()->run()->stage(kind);
        return (vm->state() ? toString(*vm->state()) : u"none"_s).toStdString() + ": " +
               vm->message().toStdString();
    }

    QString read(const QString &name) const
    {
        QFile f(QDir(m_sample).filePath(name));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    QTemporaryDir m_dir;
    QString m_sample;
    QString m_profile;
    std::shared_ptr<MemorySecretStore> m_keychain = std::make_shared<MemorySecretStore>();
    EventLoopWatchdog m_watchdog{10};
};

TEST_F(WizardFlow, FromWelcomeThroughBothStagesToFinish)
{
    UpgradeWizard w(services());
    openProfile(w);

    // The archive is read in the background and its packages listed.
    auto *packages = w.currentPage()->findChild<QTableWidget *>(u"packagesTable"_s);
    ASSERT_NE(packages, nullptr);
    ASSERT_TRUE(test::waitUntil([&] { return packages->rowCount() == 2; }));
    EXPECT_EQ(w.session()->packages()->state(), PackageArchiveViewModel::State::Ready);
    EXPECT_EQ(packages->item(0, 1)->text(), u"2.4.0"_s);

    // A password typed for production goes to the keychain when the page is left.
    auto *password = w.currentPage()->findChild<QLineEdit *>(u"secret:production.site"_s);
    ASSERT_NE(password, nullptr);
    QTest::keyClicks(password, u"Pa55word"_s);
    EXPECT_TRUE(w.session()->profile()->hasUnsavedSecrets());

    throughTestStage(w);
    ASSERT_TRUE(waitComplete(w)) << stageText(w, StageKind::Test);
    EXPECT_FALSE(w.session()->profile()->hasUnsavedSecrets());
    QFile saved(m_profile);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_FALSE(saved.readAll().contains("Pa55word"));
    StageViewModel *test = w.session()->run()->stage(StageKind::Test);
    EXPECT_EQ(test->doneStepCount(), 5);
    EXPECT_DOUBLE_EQ(test->stageFraction(), 1.0);
    EXPECT_GT(test->log()->rowCount(), 5);

    w.next();
    ASSERT_TRUE(waitForPage(w, TestVerificationPageId));
    auto *integrations = w.currentPage()->findChild<QTableWidget *>(u"integrationsTable"_s);
    ASSERT_NE(integrations, nullptr);
    ASSERT_TRUE(test::waitUntil([&] { return integrations->rowCount() == 2; }));
    EXPECT_EQ(integrations->item(0, 0)->text(), u"Counterparties"_s);
    EXPECT_TRUE(w.session()->verification()->isClean());

    w.next();
    commitProduction(w);
    ASSERT_TRUE(waitComplete(w)) << stageText(w, StageKind::Production);
    EXPECT_TRUE(w.session()->run()->stage(StageKind::Production)->isPassed());
    EXPECT_EQ(read(u"production-db.txt"_s), u"v1\npackage\n"_s);

    w.next();
    ASSERT_TRUE(waitForPage(w, FinishPageId));
    ASSERT_TRUE(test::waitUntil([&] { return w.session()->finish()->snapshot().has_value(); }));
    EXPECT_EQ(w.session()->finish()->outcome(), FinishViewModel::Outcome::Upgraded);
    auto *headline = w.currentPage()->findChild<QLabel *>(u"finishHeadline"_s);
    EXPECT_TRUE(headline->text().contains(u"Production is upgraded"_s));
    // The backups of both stages are listed.
    EXPECT_EQ(w.session()->finish()->backupLines().size(), 2);
}

TEST_F(WizardFlow, TestStageFailureAsksRetrySkipAbort)
{
    qputenv("BPMSOFT_UPGRADE_SAMPLE_FAIL", "test.install-package:1");
    UpgradeWizard w(services());
    openProfile(w);
    throughTestStage(w);

    ASSERT_TRUE(test::waitUntil([&] { return answerButton(w, u"retry"_s) != nullptr; }))
            << stageText(w, StageKind::Test);
    QPushButton *skip = answerButton(w, u"skip"_s);
    ASSERT_NE(skip, nullptr);
    ASSERT_NE(answerButton(w, u"abort"_s), nullptr);
    EXPECT_EQ(answerButton(w, u"rollback"_s), nullptr);
    // Skipping needs a reason.
    EXPECT_FALSE(skip->isEnabled());
    auto *reason = w.currentPage()->findChild<QLineEdit *>(u"answerReason"_s);
    ASSERT_NE(reason, nullptr);
    QTest::keyClicks(reason, u"checked by hand"_s);
    EXPECT_TRUE(skip->isEnabled());
    EXPECT_FALSE(w.currentPage()->isComplete());

    QTest::mouseClick(answerButton(w, u"retry"_s), Qt::LeftButton);
    ASSERT_TRUE(waitComplete(w)) << stageText(w, StageKind::Test);
    const StageViewModel *test = w.session()->run()->stage(StageKind::Test);
    const auto &install = test->steps().at(test->indexOf(u"test.install-package"_s));
    EXPECT_EQ(install.state, StepState::Succeeded);
    EXPECT_EQ(install.attempts, 2);
    // The answer is in the journal.
    auto journal =
            Journal::open(w.session()->run()->runDirectory(), Journal::Mode::ReadOnly, nullptr);
    ASSERT_TRUE(journal);
    bool found = false;
    for (const AnswerRecord &a : journal->answers())
        found = found || (a.questionId == u"on-failure.test.install-package"_s &&
                          a.value == u"retry"_s && a.source == u"interactive"_s);
    EXPECT_TRUE(found);
}

TEST_F(WizardFlow, ProductionFailureRollsBack)
{
    qputenv("BPMSOFT_UPGRADE_SAMPLE_FAIL", "production.verify:always");
    UpgradeWizard w(services());
    openProfile(w);
    throughTestStage(w);
    ASSERT_TRUE(waitComplete(w)) << stageText(w, StageKind::Test);
    w.next();
    ASSERT_TRUE(waitForPage(w, TestVerificationPageId));
    w.next();
    commitProduction(w);

    ASSERT_TRUE(test::waitUntil([&] { return answerButton(w, u"rollback"_s) != nullptr; }))
            << stageText(w, StageKind::Production);
    EXPECT_NE(answerButton(w, u"retry"_s), nullptr);
    EXPECT_EQ(answerButton(w, u"skip"_s), nullptr);
    EXPECT_EQ(answerButton(w, u"abort"_s), nullptr);
    // Production has the package before the rollback.
    EXPECT_EQ(read(u"production-db.txt"_s), u"v1\npackage\n"_s);

    QTest::mouseClick(answerButton(w, u"rollback"_s), Qt::LeftButton);
    ASSERT_TRUE(waitComplete(w)) << stageText(w, StageKind::Production);
    const StageViewModel *production = w.session()->run()->stage(StageKind::Production);
    EXPECT_EQ(production->state(), StageState::RolledBack);
    const auto &rollback =
            production->steps().at(production->indexOf(u"production.rollback-database"_s));
    EXPECT_EQ(rollback.state, StepState::Succeeded);
    // The rollback completed: production is as it was.
    EXPECT_EQ(read(u"production-db.txt"_s), u"v1\n"_s);

    w.next();
    ASSERT_TRUE(waitForPage(w, FinishPageId));
    ASSERT_TRUE(test::waitUntil([&] { return w.session()->finish()->snapshot().has_value(); }));
    EXPECT_EQ(w.session()->finish()->outcome(), FinishViewModel::Outcome::RolledBack);
}

TEST_F(WizardFlow, ClosingDuringAStepAsksThenStopsSafelyAndTheRunResumes)
{
    QString runDirectory;
    {
        qputenv("BPMSOFT_UPGRADE_SAMPLE_SLOW_MS", "4000");
        UpgradeWizard w(services());
        openProfile(w);
        qputenv("BPMSOFT_UPGRADE_SAMPLE_SLOW_MS", "40");
        w.next();
        ASSERT_TRUE(waitForPage(w, PreflightPageId));
        ASSERT_TRUE(waitComplete(w));
        w.next();
        w.next();
        ASSERT_TRUE(waitForPage(w, TestStagePageId));
        qputenv("BPMSOFT_UPGRADE_SAMPLE_SLOW_MS", "4000");
        // Wait for a step of the test stage to be running.
        ASSERT_TRUE(test::waitUntil([&] {
            return w.session()->run()->stage(StageKind::Test)->currentStepId() ==
                   u"test.backup-production"_s;
        }));
        runDirectory = w.session()->run()->runDirectory();

        w.close();
        ASSERT_TRUE(test::waitUntil([&] { return w.closeQuestion() != nullptr; }));
        EXPECT_TRUE(w.isVisible()); // nothing happens before the answer
        // "Keep working" keeps it running.
        w.closeQuestion()->findChild<QAbstractButton *>(u"keepWorking"_s)->click();
        ASSERT_TRUE(test::waitUntil([&] { return w.closeQuestion() == nullptr; }));
        EXPECT_TRUE(w.session()->run()->isBusy());
        w.close();
        ASSERT_TRUE(test::waitUntil([&] { return w.closeQuestion() != nullptr; }));
        w.closeQuestion()->findChild<QAbstractButton *>(u"stopAndClose"_s)->click();
        EXPECT_TRUE(w.isClosingAfterStop());
        // The step sees the cancel and returns; then the window closes.
        ASSERT_TRUE(test::waitUntil([&] { return !w.isVisible(); }, 10000));
        EXPECT_FALSE(w.session()->run()->isBusy());
        EXPECT_EQ(w.session()->run()->stage(StageKind::Test)->state(), StageState::Cancelled);
    }
    qputenv("BPMSOFT_UPGRADE_SAMPLE_SLOW_MS", "40");

    // Started again: the Welcome page offers to continue the run from its journal.
    UpgradeWizard w(services());
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    w.welcomeModel()->openProfile(m_profile);
    ASSERT_TRUE(test::waitUntil([&] { return w.welcomeModel()->unfinishedRun().has_value(); }));
    EXPECT_EQ(w.welcomeModel()->unfinishedRun()->runDirectory, runDirectory);
    EXPECT_TRUE(w.welcomeModel()->resumeChosen());
    auto *resume = w.currentPage()->findChild<QAbstractButton *>(u"resumeRun"_s);
    ASSERT_NE(resume, nullptr);
    EXPECT_TRUE(resume->isVisible());
    w.next();
    // The run opens and continues where it stopped.
    ASSERT_TRUE(waitForPage(w, TestStagePageId))
            << w.currentId() << " "
            << w.currentPage()->findChild<QLabel *>(u"resumeText"_s)->text().toStdString();
    EXPECT_EQ(w.session()->run()->runDirectory(), runDirectory);
    ASSERT_TRUE(waitComplete(w)) << stageText(w, StageKind::Test);
    // The backup step was interrupted and ran again; nothing else twice.
    EXPECT_EQ(read(u"markers.log"_s).count(u"done test.restore-copy"_s), 1);
}

TEST_F(WizardFlow, RehearsalOnTheSandboxStartsAndOpensItsProfile)
{
    WizardServices s = services();
    s.stepFactory = WizardServices::defaults().stepFactory; // the rehearsal's own plan
    UpgradeWizard w(s);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    w.welcomeModel()->setMode(WelcomeViewModel::Sandbox);
    w.welcomeModel()->setScenario(u"integration-errors"_s);
    EXPECT_TRUE(w.currentPage()->isComplete());
    w.next(); // starts the sandbox, then goes on by itself
    ASSERT_TRUE(waitForPage(w, ConnectionsPageId));
    EXPECT_EQ(w.welcomeModel()->sandboxState(), WelcomeViewModel::SandboxState::Ready);
    EXPECT_TRUE(w.session()->profile()->isValid())
            << w.session()->profile()->problems().value(0).toString().toStdString();
    EXPECT_EQ(w.welcomeModel()->factoryName(), sample::SampleStepFactory::factoryName());
    EXPECT_EQ(qEnvironmentVariable("BPMSOFT_UPGRADE_SAMPLE_FAIL"), u"test.verify:1"_s);
    ASSERT_TRUE(test::waitUntil([&] {
        return w.session()->packages()->state() == PackageArchiveViewModel::State::Ready;
    }));
    EXPECT_EQ(w.session()->packages()->archive()->packages.size(), 2);

    // Through the test stage: the verification step fails once ("integration-errors"), Retry.
    qputenv("BPMSOFT_UPGRADE_SAMPLE_SLOW_MS", "20");
    throughTestStage(w);
    ASSERT_TRUE(test::waitUntil([&] { return answerButton(w, u"retry"_s) != nullptr; }))
            << stageText(w, StageKind::Test);
    answerButton(w, u"retry"_s)->click();
    ASSERT_TRUE(waitComplete(w)) << stageText(w, StageKind::Test);
    const StageViewModel *test = w.session()->run()->stage(StageKind::Test);
    EXPECT_EQ(test->steps().at(test->indexOf(u"test.verify"_s)).title,
              RehearsalStepFactory::title(u"test.verify"_s));
    // The rehearsal's verification records results as the real step will.
    w.next();
    ASSERT_TRUE(waitForPage(w, TestVerificationPageId));
    ASSERT_TRUE(test::waitUntil([&] { return w.session()->verification()->hasData(); }));
    EXPECT_EQ(w.session()->verification()->integrations().size(), 2);
    EXPECT_TRUE(w.session()->verification()->isClean());
    EXPECT_EQ(w.session()->verification()->flags().size(), 2);
}

} // namespace
