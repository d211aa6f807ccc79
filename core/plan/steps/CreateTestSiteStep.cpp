#include "CreateTestSiteStep.h"

#include "StepSupport.h"

#include "plan/Context.h"
#include "plan/RunServices.h"

#include "onec/OneCAdmin.h"
#include "profile/SecretKeys.h"
#include "site/SiteHealthProbe.h"
#include "site/SiteHealthWaiter.h"
#include "site/TestSiteProvisioner.h"
#include "util/ProcessRunner.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

constexpr int SiteHealthTimeoutMs = 120'000;

} // namespace

QString CreateTestSiteStep::id() const
{
    return u"test.create-site"_s;
}

QString CreateTestSiteStep::title() const
{
    return tr("Create the test site");
}

QString CreateTestSiteStep::description() const
{
    return tr("Create a test site in IIS.");
}

StepTarget CreateTestSiteStep::target() const
{
    return {EnvironmentKind::Test, StepTarget::Site | StepTarget::Files};
}

StepResult CreateTestSiteStep::run(Context &context, Progress &progress)
{
    QString error;
    RunServices *s = StepSupport::services(context, &error);
    if (!s)
        return StepResult::failed(error);
    const Profile &profile = context.profile();
    std::unique_ptr<SiteHealthProbe> probe = s->healthProbe(EnvironmentKind::Test);

    switch (profile.test.hosting) {
    case Hosting::Cloud:
        return StepResult::failed(tr("In the cloud the test environment is made by the hosting "
                                     "provider: ask its support desk for a test environment with "
                                     "a current copy of production, enter its address in the "
                                     "profile, and skip this step."));
    case Hosting::IisNetFramework:
    case Hosting::NetCoreLinux: {
        TestSiteProvisioner provisioner(s->commandRunner(), *probe, {});
        const TestSiteProvisioner::Result result = provisioner.provision(profile, progress);
        for (const QString &c : result.changes)
            progress.log(c);
        switch (result.outcome) {
        case TestSiteProvisioner::Result::Outcome::Done:
            return StepResult::ok(result.message);
        case TestSiteProvisioner::Result::Outcome::Cancelled:
            return StepResult::cancelled(result.message);
        case TestSiteProvisioner::Result::Outcome::ManualStepsNeeded:
            return StepResult::failed(result.message, result.manualCommands.join(u'\n'));
        case TestSiteProvisioner::Result::Outcome::Failed:
            return StepResult::failed(result.message);
        }
        return StepResult::failed(result.message);
    }
    case Hosting::Sandbox:
        break;
    }

    // The sandbox: the test 1C infobase from the production one, with the Designer stand-in.
    const QString testInfobase = profile.test.onec.filePath;
    if (!testInfobase.isEmpty() &&
        !QFileInfo::exists(QDir(testInfobase).filePath(u"infobase.sqlite"_s))) {
        const QString dt =
                QDir(StepSupport::localBackupFolder(context, EnvironmentKind::Test))
                        .filePath(u"production-infobase-for-test-%1.dt"_s.arg(
                                QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s)));
        progress.setStatus(tr("Copying the production 1C infobase for the test 1C"));
        const OneCResult dump = s->oneC(EnvironmentKind::Production)->dump(dt, progress);
        if (!dump.succeeded())
            return StepResult::failed(dump.message, dump.details);
        ProcessSpec create;
        create.program = RunServices::siblingExecutable(u"bpmsoft-sandbox-1cv8"_s);
        create.arguments = {u"CREATEINFOBASE"_s, u"File=\"%1\";"_s.arg(testInfobase)};
        create.timeoutMs = 60'000;
        const ProcessResult created = s->commandRunner().run(create, progress.cancellation());
        if (!created.succeeded())
            return StepResult::failed(
                    tr("The test 1C infobase %1 could not be created: %2")
                            .arg(QDir::toNativeSeparators(testInfobase), created.describe()),
                    QString::fromUtf8(created.standardOutput));
        const OneCResult restored =
                s->oneC(EnvironmentKind::Test)->restore(dt, progress, dump.sha256);
        if (!restored.succeeded())
            return StepResult::failed(restored.message, restored.details);
        progress.log(tr("The test 1C infobase %1 was made from the production one.")
                             .arg(QDir::toNativeSeparators(testInfobase)));
    }

    // A test site of an earlier attempt that still answers is kept.
    if (const QJsonObject site = context.value(u"test.site"_s).toObject(); !site.isEmpty()) {
        if (probe->probe(progress.cancellation()).healthy)
            return StepResult::ok(tr("The test site %1 runs already (process %2).")
                                          .arg(profile.test.siteUrl)
                                          .arg(site.value(u"pid"_s).toInteger()));
    }
    const QUrl url(profile.test.siteUrl);
    if (!profile.test.database)
        return StepResult::failed(tr("The profile names no test database."));
    const DatabaseSettings &db = *profile.test.database;
    QString database = db.path;
    if (db.kind == DatabaseKind::PostgreSql) {
        QUrl pg;
        pg.setScheme(u"postgresql"_s);
        pg.setHost(db.host);
        pg.setPort(db.port ? db.port : 5432);
        pg.setUserName(db.user);
        pg.setPath(u"/"_s + db.name);
        database = pg.toString();
    }
    const QString siteDir = QDir(context.runDirectory()).filePath(u"test-site"_s);
    QDir().mkpath(siteDir);
    QStringList arguments{u"--site-only"_s, u"--role"_s, u"test"_s,
                          u"--dir"_s,       siteDir,     u"--database"_s,
                          database,         u"--port"_s, QString::number(url.port())};
    if (profile.test.isNetCore())
        arguments << u"--hosting"_s << u"netcore"_s;
    // A sandbox's test site ends with the sandbox (the production site) it was made for.
    arguments << u"--exit-with"_s << profile.production.siteUrl;
    if (const QByteArray speed = qgetenv("BPMSOFT_UPGRADE_SANDBOX_SPEED"); !speed.isEmpty())
        arguments << u"--speed"_s << QString::fromLatin1(speed);
    QProcess process;
    process.setProgram(RunServices::siblingExecutable(u"bpmsoft-sandbox"_s));
    process.setArguments(arguments);
    process.setWorkingDirectory(siteDir);
    // The password goes through the environment, never on the command line.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"BPMSOFT_SANDBOX_PASSWORD"_s,
                       s->secret(EnvironmentKind::Test, SecretKeys::Site));
    if (db.kind == DatabaseKind::PostgreSql)
        environment.insert(u"PGPASSWORD"_s, s->secret(EnvironmentKind::Test, SecretKeys::Database));
    process.setProcessEnvironment(environment);
    const QString logFile = QDir(siteDir).filePath(u"bpmsoft-sandbox.out"_s);
    process.setStandardOutputFile(logFile);
    process.setStandardErrorFile(logFile, QIODevice::Append);
    qint64 pid = 0;
    progress.setStatus(tr("Starting the sandbox test site on %1").arg(profile.test.siteUrl));
    if (!process.startDetached(&pid))
        return StepResult::failed(
                tr("The sandbox test site could not be started: %1").arg(process.errorString()));
    context.setValue(u"test.site"_s, QJsonObject{{u"pid"_s, pid},
                                                 {u"port"_s, url.port()},
                                                 {u"url"_s, profile.test.siteUrl},
                                                 {u"log"_s, logFile}});
    progress.log(tr("Test site process %1 on port %2 (log %3)")
                         .arg(pid)
                         .arg(url.port())
                         .arg(QDir::toNativeSeparators(logFile)));
    const HealthWaitResult health =
            SiteHealthWaiter::waitUntilHealthy(*probe, progress, SiteHealthTimeoutMs, 200);
    if (health.cancelled)
        return StepResult::cancelled(health.message);
    if (!health.healthy)
        return StepResult::failed(tr("The test site %1 did not become healthy: %2 See %3.")
                                          .arg(profile.test.siteUrl, health.message,
                                               QDir::toNativeSeparators(logFile)),
                                  health.lastDetail);
    return StepResult::ok(
            tr("The test site runs at %1 on the restored copy.").arg(profile.test.siteUrl));
}

} // namespace upgrade
