// The wizard on the REAL sandbox (sandbox::SandboxEnvironment in this process, through
// SandboxEnvironmentLauncher as `bpmsoft-upgrade-wizard --sandbox` starts it) and the real
// "upgrade" plan with the core/plan RunServices: Welcome → Connections (the real checks sign in)
// → preparation → the test stage (a test site on a copy, the package installed, deduplication,
// the integration check) → the Test verification page, which shows what the steps recorded.
// Fast: the sandbox at high speed with a small seed. A watchdog fails the test when the UI
// thread stalls > 1 s. The binary lives in bin/, next to bpmsoft-sandbox, which the test
// stage starts for its test site.
#include "ConnectionChecker.h"
#include "EventLoopWatchdog.h"
#include "InstalledPackagesSource.h"
#include "PackageArchiveViewModel.h"
#include "ProfileViewModel.h"
#include "QtPrinters.h"
#include "RunViewModel.h"
#include "SandboxEnvironmentLauncher.h"
#include "StageViewModel.h"
#include "UpgradeWizard.h"
#include "VerificationViewModel.h"
#include "WaitUntil.h"
#include "WelcomeViewModel.h"
#include "WizardSession.h"

#include "plan/Journal.h"
#include "plan/ProcedureStepFactory.h"
#include "profile/MemorySecretStore.h"
#include "profile/Profile.h"
#include "profile/SecretKeys.h"
#include "profile/SecretStoreFactory.h"
#include "util/QuietProgress.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace upgrade;
using namespace upgrade::wizard;

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

TEST(SandboxRehearsal, RealSandboxThroughTheTestStageToItsVerification)
{
    EventLoopWatchdog watchdog(10);
    watchdog.start();
    QString runDirectory;
    {
        WizardServices s = WizardServices::defaults();
        s.sandbox = std::make_shared<SandboxEnvironmentLauncher>(Speed, true);
        s.secretWriter = [](const Profile &) -> std::unique_ptr<SecretStore> {
            return std::make_unique<MemorySecretStore>();
        };
        UpgradeWizard w(s);
        w.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
        w.welcomeModel()->setMode(WelcomeViewModel::Sandbox);
        w.welcomeModel()->setScenario(u"happy"_s);
        w.next(); // starts the sandbox, then goes on by itself
        ASSERT_TRUE(test::waitUntil([&] { return w.currentId() == ConnectionsPageId; }, 60000))
                << w.welcomeModel()->sandboxMessage().toStdString();
        EXPECT_EQ(w.welcomeModel()->factoryName(), ProcedureStepFactory::factoryName());
        ASSERT_TRUE(w.session()->profile()->isValid())
                << w.session()->profile()->problems().value(0).toString().toStdString();

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
        // The installed versions come from the site.
        QString packagesError;
        const auto installed = s.installedPackages->installedPackages(
                profile, EnvironmentKind::Production, *secrets, progress, &packagesError);
        ASSERT_TRUE(installed) << packagesError.toStdString();
        EXPECT_FALSE(installed->isEmpty());

        // Preparation, then the test stage on the real sandbox.
        w.next();
        ASSERT_TRUE(test::waitUntil([&] { return w.currentId() == PreflightPageId; }));
        ASSERT_TRUE(test::waitUntil([&] { return w.currentPage()->isComplete(); }, 60000))
                << stageText(w, StageKind::Preparation);
        w.next();
        ASSERT_TRUE(test::waitUntil([&] { return w.currentId() == PlanPageId; }));
        w.next();
        ASSERT_TRUE(test::waitUntil([&] { return w.currentId() == TestStagePageId; }));
        ASSERT_TRUE(test::waitUntil([&] { return w.currentPage()->isComplete(); }, 180000))
                << stageText(w, StageKind::Test);
        EXPECT_TRUE(w.session()->run()->stage(StageKind::Test)->isPassed())
                << stageText(w, StageKind::Test);
        runDirectory = w.session()->run()->runDirectory();
        std::cout << "[ test stage ] " << stageText(w, StageKind::Test) << std::endl;
        // Under Xvfb (QT_QPA_PLATFORM=xcb), a screenshot of the screen for people to look at.
        if (const QString shot = qEnvironmentVariable("UPGRADE_TEST_SCREENSHOT"); !shot.isEmpty()) {
            QTest::qWait(300); // let the page paint
            QProcess::startDetached(u"import"_s, {u"-window"_s, u"root"_s, shot});
            test::waitUntil([&] { return QFileInfo(shot).size() > 0; }, 10000);
            QTest::qWait(500);
        }

        // The verification page shows what VerifyIntegrationStep and DeduplicateStep recorded.
        w.next();
        ASSERT_TRUE(test::waitUntil([&] { return w.currentId() == TestVerificationPageId; }));
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
    }
    watchdog.stop();

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
    std::cout << "[ watchdog ] longest stall of the UI thread: " << watchdog.longestStallMs()
              << " ms" << std::endl;
    EXPECT_LT(watchdog.longestStallMs(), 1000) << "the UI thread was blocked";
}

} // namespace
