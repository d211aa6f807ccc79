// The real procedure's pieces that need no server: the maintenance window, the stable
// fingerprint the safety gate compares, the run services and identity on a real SQLite file,
// and that every step of the "upgrade" plan is a described procedure step.
#include "QtPrinters.h"
#include "TestEnvironment.h"

#include "plan/Plan.h"
#include "plan/ProcedureStepFactory.h"
#include "plan/ProfileIdentityProvider.h"
#include "plan/RunServices.h"
#include "plan/steps/ProcedureStep.h"
#include "plan/steps/StepSupport.h"

#include "bpmsoft/BpmSoftClient.h"
#include "database/DbAdmin.h"
#include "profile/MemorySecretStore.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;

namespace {

Profile example()
{
    const auto loaded = Profile::load(test::TestEnvironment::sourceDir() +
                                      u"/resources/profiles/example.json"_s);
    EXPECT_TRUE(loaded.profile);
    return *loaded.profile;
}

QDateTime utc(int day, int hour) // 2024-01-01 is a Monday
{
    return QDateTime(QDate(2024, 1, day), QTime(hour, 30), QTimeZone::utc());
}

TEST(ProcedureSteps, MaintenanceWindowOverMidnightOnWorkdays)
{
    Profile p = example();
    p.maintenanceWindow.enabled = false;
    EXPECT_TRUE(StepSupport::inMaintenanceWindow(p, utc(1, 12)));
    p.maintenanceWindow.enabled = true;
    p.maintenanceWindow.days = {1, 2, 3, 4, 5};
    p.maintenanceWindow.from = QTime(22, 0);
    p.maintenanceWindow.to = QTime(6, 0);
    p.maintenanceWindow.timeZone = u"UTC"_s;
    EXPECT_TRUE(StepSupport::inMaintenanceWindow(p, utc(1, 23)));  // Monday night
    EXPECT_TRUE(StepSupport::inMaintenanceWindow(p, utc(2, 3)));   // Monday's window, Tuesday
    EXPECT_FALSE(StepSupport::inMaintenanceWindow(p, utc(1, 12))); // business hours
    EXPECT_TRUE(StepSupport::inMaintenanceWindow(p, utc(6, 3)));   // Friday's, on Saturday
    EXPECT_FALSE(StepSupport::inMaintenanceWindow(p, utc(7, 3)));  // Saturday's: not a day
    EXPECT_FALSE(StepSupport::inMaintenanceWindow(p, utc(6, 23))); // Saturday night
    p.maintenanceWindow.timeZone = u"Europe/Moscow"_s;             // UTC+3
    EXPECT_TRUE(StepSupport::inMaintenanceWindow(p, utc(1, 20)));  // 23:30 in Moscow
    EXPECT_TRUE(StepSupport::inMaintenanceWindow(p, utc(1, 23)));  // 02:30 Tuesday in Moscow
    EXPECT_FALSE(StepSupport::inMaintenanceWindow(p, utc(1, 12))); // 15:30 in Moscow
}

TEST(ProcedureSteps, StableFingerprintIgnoresRowCounts)
{
    DbFingerprint a;
    a.kind = DatabaseKind::PostgreSql;
    a.server = u"db:5432"_s;
    a.database = u"BPMSoft"_s;
    a.systemIdentifier = u"7301"_s;
    a.databaseId = u"16384"_s;
    a.rowCounts = {{u"SysPackage"_s, 12}};
    DbFingerprint b = a;
    b.rowCounts = {{u"SysPackage"_s, 15}};
    EXPECT_EQ(ProfileIdentityProvider::stableFingerprint(a),
              ProfileIdentityProvider::stableFingerprint(b));
    b.databaseId = u"16385"_s; // re-created
    EXPECT_NE(ProfileIdentityProvider::stableFingerprint(a),
              ProfileIdentityProvider::stableFingerprint(b));
}

TEST(ProcedureSteps, EveryStepIsADescribedProcedureStep)
{
    const Profile profile = example();
    const Plan plan = Plan::build(profile, ProcedureStepFactory());
    EXPECT_EQ(plan.validate(), QStringList());
    QSet<QString> ids;
    for (StageKind kind : Plan::stageKinds()) {
        const Stage &stage = plan.stage(kind);
        for (const auto &list : {stage.steps, stage.rollbackSteps})
            for (const auto &step : list) {
                auto *procedure = dynamic_cast<ProcedureStep *>(step.get());
                ASSERT_TRUE(procedure) << step->id().toStdString();
                EXPECT_FALSE(procedure->description().isEmpty()) << step->id().toStdString();
                EXPECT_FALSE(ids.contains(step->id())) << step->id().toStdString();
                ids.insert(step->id());
                EXPECT_TRUE(step->id().startsWith(toString(kind) + u'.'))
                        << step->id().toStdString();
            }
    }
    // Production runs the compile check again before its backup.
    const Stage &production = plan.stage(StageKind::Production);
    ASSERT_GE(production.steps.size(), 3u);
    EXPECT_EQ(production.steps[0]->id(), u"production.generate-sources"_s);
    EXPECT_EQ(production.steps[1]->id(), u"production.compile-all"_s);
    EXPECT_EQ(production.steps[2]->id(), u"production.backup"_s);
    EXPECT_TRUE(ids.contains(u"test.deduplicate"_s));
    EXPECT_TRUE(ids.contains(u"production.rollback"_s));
}

TEST(ProcedureSteps, RunServicesNeedThePasswordsAndIdentifyAnSqliteDatabase)
{
    QTemporaryDir dir;
    Profile profile = example();
    DatabaseSettings db;
    db.kind = DatabaseKind::Sqlite;
    db.path = dir.filePath(u"production.sqlite"_s);
    profile.production.database = db;
    db.path = dir.filePath(u"test.sqlite"_s);
    profile.test.database = db;
    auto secrets = std::make_shared<MemorySecretStore>();
    const Services services = RunServices::create(profile, secrets);
    RunServices *run = services.get<RunServices>();
    ASSERT_TRUE(run);
    ASSERT_TRUE(services.get<IdentityProvider>());
    EXPECT_EQ(services.get<SecretStore>(), secrets.get());

    QString error;
    EXPECT_FALSE(run->client(EnvironmentKind::Production, &error));
    EXPECT_TRUE(error.contains(u"production.site"_s)) << error.toStdString();
    QString e;
    ASSERT_TRUE(secrets->write(u"production.site"_s, u"pw"_s, &e));
    EXPECT_TRUE(run->client(EnvironmentKind::Production, &error));

    {
        QSqlDatabase sqlite = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"make"_s);
        sqlite.setDatabaseName(dir.filePath(u"production.sqlite"_s));
        ASSERT_TRUE(sqlite.open());
        QSqlQuery(sqlite).exec(u"CREATE TABLE \"SysPackage\" (\"Name\" TEXT)"_s);
        sqlite.close();
    }
    QSqlDatabase::removeDatabase(u"make"_s);
    LogProgress progress;
    auto first = services.get<IdentityProvider>()->identify(EnvironmentKind::Production, progress,
                                                            &error);
    ASSERT_TRUE(first) << error.toStdString();
    EXPECT_FALSE(first->fingerprint.isEmpty());
    EXPECT_EQ(first->siteUrl, profile.production.siteUrl);
    {
        std::unique_ptr<DbAdmin> admin = run->database(EnvironmentKind::Production, &error);
        ASSERT_TRUE(admin) << error.toStdString();
        DbError dbError;
        auto sql = admin->openSql(&dbError);
        ASSERT_TRUE(sql) << dbError.toString().toStdString();
        ASSERT_TRUE(sql->exec(u"INSERT INTO \"SysPackage\" VALUES ('Base')"_s).ok);
    }
    auto second = services.get<IdentityProvider>()->identify(EnvironmentKind::Production, progress,
                                                             &error);
    ASSERT_TRUE(second);
    EXPECT_EQ(first->fingerprint, second->fingerprint) << "rows changed, not the database";
    EXPECT_TRUE(TargetIdentity::expected(profile, EnvironmentKind::Production)
                        .mismatch(*second)
                        .isEmpty());
    // A test database that does not exist yet is identified without a fingerprint.
    auto test = services.get<IdentityProvider>()->identify(EnvironmentKind::Test, progress, &error);
    ASSERT_TRUE(test) << error.toStdString();
    EXPECT_TRUE(test->fingerprint.isEmpty());
}

} // namespace
