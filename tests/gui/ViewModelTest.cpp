// The wizard's view-models without pages: profile editing and validation, secrets, the
// maintenance window, verification results, the live log, the stage clock, recent profiles.
#include "LogModel.h"
#include "PlanViewModel.h"
#include "ProductionViewModel.h"
#include "ProfileViewModel.h"
#include "QtPrinters.h"
#include "RecentProfiles.h"
#include "StageViewModel.h"
#include "TestEnvironment.h"
#include "VerificationViewModel.h"
#include "WaitUntil.h"
#include "WizardServices.h"

#include "plan/sample/SampleStepFactory.h"
#include "profile/MemorySecretStore.h"
#include "report/RunValues.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;
using namespace upgrade::wizard;

namespace {

QJsonObject exampleProfile()
{
    QFile file(test::TestEnvironment::sourceDir() + u"/resources/profiles/example.json"_s);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// A secret store shared with the test, standing in for the keychain.
struct SharedSecrets
{
    std::shared_ptr<MemorySecretStore> store = std::make_shared<MemorySecretStore>();
    WizardServices services()
    {
        WizardServices s = WizardServices::defaults();
        auto store_ = store;
        struct Forward : SecretStore
        {
            std::shared_ptr<MemorySecretStore> target;
            bool write(const QString &k, const QString &v, QString *e) override
            {
                return target->write(k, v, e);
            }
            bool remove(const QString &k, QString *e) override { return target->remove(k, e); }
            bool isWritable() const override { return true; }
            QString describe() const override { return u"test store"_s; }

        protected:
            std::optional<QString> read(const QString &k, QString *e) override
            {
                return target->get(k, e);
            }
        };
        s.secretWriter = [store_](const Profile &) -> std::unique_ptr<SecretStore> {
            auto f = std::make_unique<Forward>();
            f->target = store_;
            return f;
        };
        return s;
    }
};

TEST(ProfileViewModel, ShowsEachProblemAtItsPath)
{
    ProfileViewModel vm(WizardServices::defaults());
    vm.setDocument(exampleProfile(), u"/tmp/example.json"_s);
    EXPECT_TRUE(vm.isValid()) << vm.problems().size();

    QSignalSpy problems(&vm, &ProfileViewModel::problemsChanged);
    vm.setText(u"environments.test.database.port"_s, u"14330x"_s);
    EXPECT_FALSE(vm.isValid());
    EXPECT_GE(problems.count(), 1);
    EXPECT_EQ(vm.messagesAt(u"environments.test.database.port"_s).size(), 1);
    EXPECT_TRUE(vm.messagesAt(u"environments.production.database.port"_s).isEmpty());

    // Digits become a number again: valid.
    vm.setText(u"environments.test.database.port"_s, u"1433"_s);
    EXPECT_TRUE(vm.isValid());
    EXPECT_TRUE(vm.document()
                        .value(u"environments"_s)
                        .toObject()
                        .value(u"test"_s)
                        .toObject()
                        .value(u"database"_s)
                        .toObject()
                        .value(u"port"_s)
                        .isDouble());

    // An empty required field is removed and reported at its path.
    vm.setText(u"environments.production.siteUrl"_s, QString());
    EXPECT_FALSE(vm.messagesAt(u"environments.production.siteUrl"_s).isEmpty());
    EXPECT_TRUE(vm.text(u"environments.production.siteUrl"_s).isEmpty());
}

TEST(ProfileViewModel, NewProfileShowsProblemsOnlyOfTouchedFieldsUntilAsked)
{
    ProfileViewModel vm(WizardServices::defaults());
    vm.newDocument(u"/tmp/new.json"_s);
    EXPECT_FALSE(vm.isValid());
    EXPECT_FALSE(vm.messagesAt(u"environments.production.siteUrl"_s).isEmpty());
    EXPECT_TRUE(vm.visibleMessagesAt(u"environments.production.siteUrl"_s).isEmpty());
    vm.setText(u"environments.production.siteUrl"_s, u"not a url"_s);
    EXPECT_FALSE(vm.visibleMessagesAt(u"environments.production.siteUrl"_s).isEmpty());
    EXPECT_TRUE(vm.visibleMessagesAt(u"environments.test.siteUrl"_s).isEmpty());
    vm.setShowAllProblems(true);
    EXPECT_FALSE(vm.visibleMessagesAt(u"environments.test.siteUrl"_s).isEmpty());
}

TEST(ProfileViewModel, CloudHostingPutsTheDatabaseAsideAndBack)
{
    ProfileViewModel vm(WizardServices::defaults());
    vm.setDocument(exampleProfile(), u"/tmp/example.json"_s);
    vm.setText(u"environments.test.hosting"_s, u"cloud"_s);
    EXPECT_TRUE(vm.text(u"environments.test.database.host"_s).isEmpty());
    EXPECT_TRUE(vm.isValid()) << vm.problems().value(0).toString().toStdString();
    vm.setText(u"environments.test.hosting"_s, u"iis-netframework"_s);
    EXPECT_EQ(vm.text(u"environments.test.database.host"_s), u"sql01"_s);
    EXPECT_EQ(vm.text(u"environments.test.site.iisSiteName"_s), u"BPMSoft_Test"_s);
    EXPECT_TRUE(vm.isValid());
}

TEST(ProfileViewModel, MaintenanceWindowWithNothingInItIsRemoved)
{
    ProfileViewModel vm(WizardServices::defaults());
    vm.setDocument(exampleProfile(), u"/tmp/example.json"_s);
    vm.setText(u"maintenanceWindow.from"_s, {});
    EXPECT_FALSE(vm.messagesAt(u"maintenanceWindow.from"_s).isEmpty());
    vm.setText(u"maintenanceWindow.to"_s, {});
    vm.setText(u"maintenanceWindow.timeZone"_s, {});
    vm.setList(u"maintenanceWindow.days"_s, {});
    EXPECT_FALSE(vm.document().contains(u"maintenanceWindow"_s));
    EXPECT_TRUE(vm.isValid());
}

TEST(ProfileViewModel, PasswordsGoToTheSecretStoreNeverIntoTheFile)
{
    QTemporaryDir dir;
    SharedSecrets secrets;
    ProfileViewModel vm(secrets.services());
    const QString path = dir.filePath(u"profile.json"_s);
    vm.setDocument(exampleProfile(), path);
    vm.setText(u"name"_s, u"Saved"_s);
    vm.setSecret(u"production.database"_s, u"S3cret-Pa55"_s);
    ASSERT_TRUE(vm.hasUnsavedSecrets());
    QSignalSpy saved(&vm, &ProfileViewModel::saveFinished);
    vm.save();
    ASSERT_TRUE(test::waitUntil([&] { return saved.count() == 1; }));
    EXPECT_TRUE(saved.at(0).at(0).toBool()) << saved.at(0).at(1).toString().toStdString();
    EXPECT_FALSE(vm.isDirty());
    EXPECT_FALSE(vm.hasUnsavedSecrets());
    EXPECT_EQ(secrets.store->get(u"production.database"_s).value_or(QString()), u"S3cret-Pa55"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("\"Saved\""));
    EXPECT_FALSE(text.contains("S3cret")) << text.constData();
    // The saved profile is on the recent list.
    EXPECT_EQ(RecentProfiles::load().value(0), QFileInfo(path).absoluteFilePath());
}

TEST(ProductionViewModel, MaintenanceWindowOverMidnight)
{
    MaintenanceWindow w;
    w.enabled = true;
    w.days = {6}; // Saturday
    w.from = QTime(20, 0);
    w.to = QTime(6, 0);
    w.timeZone = u"Europe/Moscow"_s;
    const QTimeZone moscow("Europe/Moscow");
    auto at = [&](int day, int hour) {
        return QDateTime(QDate(2026, 11, 16).addDays(day - 1), QTime(hour, 30), moscow);
    };
    EXPECT_TRUE(ProductionViewModel::insideWindow(w, at(6, 21)));  // Saturday evening
    EXPECT_TRUE(ProductionViewModel::insideWindow(w, at(7, 5)));   // Sunday early morning
    EXPECT_FALSE(ProductionViewModel::insideWindow(w, at(7, 21))); // Sunday evening
    EXPECT_FALSE(ProductionViewModel::insideWindow(w, at(6, 12))); // Saturday noon
    // The same instant seen from another zone is still inside.
    EXPECT_TRUE(ProductionViewModel::insideWindow(w, at(6, 21).toUTC()));
    w.enabled = false;
    EXPECT_TRUE(ProductionViewModel::insideWindow(w, at(6, 12)));
}

TEST(VerificationViewModel, ReadsResultsFlagsAndTheMappingTable)
{
    VerificationViewModel vm;
    const QJsonArray results{QJsonObject{{u"name"_s, u"Counterparties"_s},
                                         {u"records"_s, 10},
                                         {u"errors"_s, 0},
                                         {u"duplicates"_s, 0}},
                             QJsonObject{{u"object"_s, u"SmrOrder"_s},
                                         {u"records"_s, 5},
                                         {u"errors"_s, 0},
                                         {u"duplicates"_s, 3}}};
    const QJsonArray flags{
            QJsonObject{{u"name"_s, u"Counterparties"_s}, {u"flagSet"_s, true}},
            QJsonObject{{u"name"_s, u"Orders"_s}, {u"before"_s, false}, {u"flagSet"_s, true}}};
    vm.setValues(EnvironmentKind::Test, results, flags,
                 QJsonObject{{u"table"_s, u"SmrSyncHistory_1"_s}, {u"rows"_s, 7}});
    ASSERT_EQ(vm.integrations().size(), 2);
    EXPECT_EQ(vm.integrations().at(1).name, u"SmrOrder"_s); // the object when no name
    EXPECT_EQ(vm.integrations().at(1).duplicates, 3);
    EXPECT_FALSE(vm.isClean());
    EXPECT_TRUE(vm.verdict().contains(u"3 duplicates"_s)) << vm.verdict().toStdString();
    ASSERT_EQ(vm.flags().size(), 2);
    EXPECT_FALSE(vm.flags().at(0).before.has_value());
    ASSERT_TRUE(vm.mappingTable().has_value());
    EXPECT_EQ(vm.mappingTable()->rowsBefore, 7);
    EXPECT_EQ(vm.mappingTable()->rowsAfter, -1);

    vm.setValues(EnvironmentKind::Test, {}, {}, {});
    EXPECT_FALSE(vm.hasData());
    EXPECT_FALSE(vm.isClean());
}

TEST(VerificationViewModel, ReadsWhatTheProcedureStepsRecord)
{
    // VerifyIntegrationStep's "integration.results.<stage>", DeduplicateStep's
    // "deduplication.objects.<stage>" and "<env>.sync-history-snapshot".
    VerificationViewModel vm;
    const QJsonArray results{QJsonObject{{u"name"_s, u"Контрагенты"_s},
                                         {u"records"_s, 40},
                                         {u"errors"_s, 0},
                                         {u"duplicates"_s, 2},
                                         {u"duplicatesInBpmSoft"_s, 0},
                                         {u"duplicatesIn1C"_s, 2}}};
    const QJsonArray flags{QJsonObject{{u"name"_s, u"Контрагенты"_s}, {u"flagSet"_s, true}},
                           QJsonObject{{u"name"_s, u"Номенклатура"_s}, {u"flagSet"_s, false}}};
    vm.setValues(EnvironmentKind::Test, results, flags,
                 QJsonObject{{u"table"_s, u"SmrSyncHistory_20261124"_s}, {u"rows"_s, 12}});
    ASSERT_EQ(vm.integrations().size(), 1);
    EXPECT_EQ(vm.integrations().at(0).records, 40);
    EXPECT_EQ(vm.integrations().at(0).duplicates, 2);
    EXPECT_EQ(vm.integrations().at(0).duplicatesIn1C, 2);
    EXPECT_EQ(vm.integrations().at(0).duplicatesInBpmSoft, 0);
    ASSERT_EQ(vm.flags().size(), 2);
    EXPECT_TRUE(vm.flags().at(0).after);
    EXPECT_FALSE(vm.flags().at(1).after);
    EXPECT_FALSE(vm.isClean());
    ASSERT_TRUE(vm.mappingTable().has_value());
    EXPECT_EQ(vm.mappingTable()->table, u"SmrSyncHistory"_s);
    EXPECT_EQ(vm.mappingTable()->snapshot, u"SmrSyncHistory_20261124"_s);
    EXPECT_EQ(vm.mappingTable()->rowsBefore, 12);
    EXPECT_EQ(vm.mappingTable()->rowsAfter, -1);

    // The same keys as the report's, one set per stage.
    EXPECT_EQ(VerificationViewModel::resultsKey(EnvironmentKind::Test),
              RunValues::integrationResultsKey(StageKind::Test));
    EXPECT_EQ(VerificationViewModel::flagsKey(EnvironmentKind::Production),
              RunValues::deduplicationObjectsKey(StageKind::Production));
}

TEST(LogModel, FiltersByTextAndLevelAndCopiesWhatIsShown)
{
    LogModel log;
    log.append(LogModel::Info, u"a"_s, u"Backing up BPMSoft"_s);
    log.append(LogModel::Warning, u"a"_s, u"Disk is nearly full"_s);
    log.append(LogModel::Error, u"b"_s, u"Install failed"_s);
    LogFilterModel filter;
    filter.setSourceModel(&log);
    EXPECT_EQ(filter.rowCount(), 3);
    filter.setText(u"install"_s);
    EXPECT_EQ(filter.rowCount(), 1);
    EXPECT_TRUE(filter.visibleText().endsWith(u"Install failed"_s));
    filter.setText({});
    filter.setProblemsOnly(true);
    EXPECT_EQ(filter.rowCount(), 2);
    EXPECT_EQ(filter.visibleText().count(u'\n'), 1);
}

TEST(LogModel, KeepsTheNewestLines)
{
    LogModel log;
    for (int i = 0; i < LogModel::MaxLines + 10; ++i)
        log.append(LogModel::Info, {}, QString::number(i));
    EXPECT_LE(log.rowCount(), LogModel::MaxLines);
    EXPECT_TRUE(log.lineAt(log.rowCount() - 1).endsWith(QString::number(LogModel::MaxLines + 9)));
}

TEST(StageViewModel, FollowsTheRunnersEventsAndEstimatesTheRest)
{
    QTemporaryDir dir;
    qputenv("BPMSOFT_UPGRADE_SAMPLE_PLAN", QFile::encodeName(dir.path()));
    const Stage stage = sample::SampleStepFactory().stage(StageKind::Test, Profile());
    StageViewModel vm(StageKind::Test);
    vm.reset(stage);
    ASSERT_EQ(vm.mainStepCount(), 4);
    EXPECT_FALSE(vm.state().has_value());
    vm.stageStarted(4);
    vm.addElapsed(60000);
    vm.stepStarted(u"test.backup-production"_s, u"Back up"_s, 0, 4, false, 1);
    vm.progress(u"test.backup-production"_s, 1.0, 0.25);
    vm.stepFinished(u"test.backup-production"_s, StepResult::ok());
    EXPECT_EQ(vm.doneStepCount(), 1);
    // A quarter done in a minute: about three minutes left.
    ASSERT_TRUE(vm.remainingMs().has_value());
    EXPECT_NEAR(double(*vm.remainingMs()), 180000.0, 5000.0);

    Question q;
    q.id = u"on-failure.test.restore-copy"_s;
    q.kind = Question::Kind::Choice;
    q.choices = {u"retry"_s, u"skip"_s, u"abort"_s};
    q.choicesNeedingReason = {u"skip"_s};
    vm.questionAsked(q);
    QSignalSpy answered(&vm, &StageViewModel::answered);
    vm.answer(u"skip"_s, u"checked by hand"_s);
    ASSERT_EQ(answered.count(), 1);
    EXPECT_EQ(answered.at(0).at(0).toString(), q.id);
    EXPECT_EQ(answered.at(0).at(1).value<Answer>().reason, u"checked by hand"_s);
    EXPECT_FALSE(vm.question().has_value());

    vm.stageFinished(StageState::Failed, u"stopped"_s);
    EXPECT_TRUE(vm.canContinue());
    EXPECT_FALSE(vm.isConcluded());
    qunsetenv("BPMSOFT_UPGRADE_SAMPLE_PLAN");
}

TEST(PlanViewModel, FormatsDurations)
{
    EXPECT_EQ(PlanViewModel::formatClock(65000), u"01:05"_s);
    EXPECT_EQ(PlanViewModel::formatClock(3723000), u"1:02:03"_s);
    EXPECT_EQ(PlanViewModel::formatEstimate(20000), u"< 1 min"_s);
    EXPECT_EQ(PlanViewModel::formatEstimate(75 * 60000), u"≈ 1 h 15 min"_s);
    EXPECT_EQ(PlanViewModel::formatEstimate(std::nullopt), u"depends on the size"_s);
    EXPECT_EQ(PlanViewModel::formatStageEstimate(43 * 60000, true),
              u"≈ 43 min + copying the data"_s);
    EXPECT_EQ(PlanViewModel::formatStageEstimate(43 * 60000, false), u"≈ 43 min"_s);
}

} // namespace
