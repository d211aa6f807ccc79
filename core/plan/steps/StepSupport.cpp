#include "StepSupport.h"

#include "report/RunValues.h"

#include "plan/Context.h"
#include "plan/IdentityProvider.h"
#include "plan/RunServices.h"

#include "bpmsoft/BpmSoftClient.h"
#include "database/DbAdmin.h"
#include "onec/OneCAdmin.h"
#include "report/RunValues.h"
#include "util/Progress.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace upgrade {

RunServices *StepSupport::services(const Context &context, QString *error)
{
    RunServices *s = context.service<RunServices>();
    if (!s)
        *error = tr("The run's services are not set up (no connection settings for the sites, "
                    "databases and 1C). Start the run with bpmsoft-upgrade or the wizard.");
    return s;
}

TargetIdentity StepSupport::identity(const Context &context, EnvironmentKind environment,
                                     Progress &progress)
{
    IdentityProvider *provider = context.service<IdentityProvider>();
    if (!provider)
        return {};
    QString error;
    return provider->identify(environment, progress, &error).value_or(TargetIdentity());
}

QString StepSupport::backupFolder(const Context &context, EnvironmentKind environment)
{
    const EnvironmentSettings &env = context.profile().environment(environment);
    QString base = env.database ? env.database->backupFolder : QString();
    if (base.isEmpty())
        base = QDir(context.runDirectory()).filePath(u"backups"_s);
    // MS SQL writes on the SQL Server host: a folder made here would not exist there. The
    // file names carry the environment and the time, so the configured folder is used as is.
    if (env.database && env.database->kind == DatabaseKind::MsSql)
        return base;
    const QString folder =
            QDir(base).filePath(QFileInfo(context.runDirectory()).fileName().isEmpty()
                                        ? u"run"_s
                                        : QFileInfo(context.runDirectory()).fileName());
    QDir().mkpath(folder);
    return folder;
}

QString StepSupport::localBackupFolder(const Context &context, EnvironmentKind environment)
{
    const EnvironmentSettings &env = context.profile().environment(environment);
    if (env.database && env.database->kind == DatabaseKind::MsSql) {
        const QString folder = QDir(context.runDirectory()).filePath(u"backups"_s);
        QDir().mkpath(folder);
        return folder;
    }
    return backupFolder(context, environment);
}

StepResult StepSupport::backupDatabase(Context &context, EnvironmentKind environment,
                                       Progress &progress)
{
    QString error;
    RunServices *s = services(context, &error);
    if (!s)
        return StepResult::failed(error);
    std::unique_ptr<DbAdmin> db = s->database(environment, &error);
    if (!db)
        return StepResult::failed(error);
    const TargetIdentity source = identity(context, environment, progress);
    const QString ext = db->kind() == DatabaseKind::Sqlite  ? u"sqlite"_s
                        : db->kind() == DatabaseKind::MsSql ? u"bak"_s
                                                            : u"backup"_s;
    BackupRequest request;
    request.outputPath =
            QDir(backupFolder(context, environment))
                    .filePath(u"%1-database-%2.%3"_s.arg(
                            toString(environment),
                            QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s), ext));
    progress.setStatus(tr("Backing up %1").arg(db->describe()));
    const BackupResult backup = db->backup(request, progress);
    if (!backup.ok())
        return StepResult::failed(tr("The backup of %1 failed: %2 Nothing was changed; fix the "
                                     "cause and retry.")
                                          .arg(db->describe(), backup.error.message()),
                                  backup.error.details());
    for (const QString &w : backup.warnings)
        progress.log(w);
    VerifyRequest verify;
    verify.backupPath = backup.info.path;
    verify.expectedSha256 = backup.info.sha256;
    progress.setStatus(
            tr("Verifying the backup %1").arg(QDir::toNativeSeparators(backup.info.path)));
    const VerifyResult checked = db->verify(verify, progress);
    Artifact artifact;
    artifact.kind = QString::fromUtf16(ArtifactKind::DatabaseBackup);
    artifact.environment = environment;
    artifact.path = backup.info.path;
    artifact.size = checked.sizeBytes >= 0 ? checked.sizeBytes : backup.info.sizeBytes;
    artifact.sha256 = checked.sha256.isEmpty() ? backup.info.sha256 : checked.sha256;
    artifact.verified = checked.ok() && checked.valid;
    artifact.source = source;
    if (!artifact.verified)
        return StepResult::failed(tr("The backup %1 of %2 did not pass verification: %3 Do not "
                                     "go on without a verified backup; retry.")
                                          .arg(QDir::toNativeSeparators(backup.info.path),
                                               db->describe(), checked.error.message()),
                                  checked.error.details());
    if (context.recordArtifact(artifact) == 0)
        return StepResult::failed(tr("The backup %1 was made but could not be recorded in the "
                                     "journal; retry.")
                                          .arg(QDir::toNativeSeparators(backup.info.path)));
    progress.log(tr("Backup %1: %2 bytes, SHA-256 %3, verified.")
                         .arg(QDir::toNativeSeparators(artifact.path))
                         .arg(artifact.size)
                         .arg(artifact.sha256));
    return StepResult::ok(tr("%1 backed up to %2 and verified.")
                                  .arg(db->describe(), QDir::toNativeSeparators(artifact.path)));
}

StepResult StepSupport::backupInfobase(Context &context, EnvironmentKind environment,
                                       Progress &progress)
{
    QString error;
    RunServices *s = services(context, &error);
    if (!s)
        return StepResult::failed(error);
    const OneCSettings &onec = context.profile().environment(environment).onec;
    if (!onec.isConfigured())
        return StepResult::failed(tr("The profile names no 1C infobase for the %1 environment; "
                                     "add it (onec.filePath or onec.server).")
                                          .arg(toString(environment)));
    const TargetIdentity source = identity(context, environment, progress);
    const QString dt =
            QDir(localBackupFolder(context, environment))
                    .filePath(u"%1-infobase-%2.dt"_s.arg(
                            toString(environment),
                            QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s)));
    progress.setStatus(tr("Backing up the %1 1C infobase").arg(toString(environment)));
    const OneCResult result = s->oneC(environment)->dump(dt, progress);
    if (!result.succeeded())
        return StepResult::failed(result.message, result.details);
    Artifact artifact;
    artifact.kind = QString::fromUtf16(ArtifactKind::InfobaseBackup);
    artifact.environment = environment;
    artifact.path = result.file;
    artifact.size = result.size;
    artifact.sha256 = result.sha256;
    artifact.verified = result.size > 0 && !result.sha256.isEmpty();
    artifact.source = source;
    if (!artifact.verified || context.recordArtifact(artifact) == 0)
        return StepResult::failed(tr("The 1C backup %1 could not be verified or recorded; retry.")
                                          .arg(QDir::toNativeSeparators(result.file)));
    progress.log(tr("1C backup %1: %2 bytes, SHA-256 %3.")
                         .arg(QDir::toNativeSeparators(artifact.path))
                         .arg(artifact.size)
                         .arg(artifact.sha256));
    return StepResult::ok(tr("The 1C infobase was backed up to %1.")
                                  .arg(QDir::toNativeSeparators(artifact.path)));
}

std::optional<QJsonObject> StepSupport::installedVersions(BpmSoftClient &client, Progress &progress,
                                                          QString *error, QJsonArray *packageList)
{
    const auto packages = client.installedPackages(progress);
    if (!packages) {
        *error = client.lastError().message;
        return std::nullopt;
    }
    QJsonObject versions;
    for (const InstalledPackage &p : *packages)
        versions.insert(p.name, p.version);
    if (packageList)
        *packageList = RunValues::toJson(*packages);
    return versions;
}

QJsonObject StepSupport::compileJson(const CompileResult &result)
{
    auto list = [](const QList<CompileMessage> &messages) {
        QJsonArray a;
        for (const CompileMessage &m : messages)
            a.append(QJsonObject{{u"file"_s, m.fileName},
                                 {u"line"_s, m.line},
                                 {u"column"_s, m.column},
                                 {u"code"_s, m.code},
                                 {u"text"_s, m.text}});
        return a;
    };
    return {{u"success"_s, result.success},
            {u"errors"_s, list(result.errors)},
            {u"warnings"_s, list(result.warnings)},
            {u"message"_s, result.message}};
}

QStringList StepSupport::compileLines(const CompileResult &result, bool warnings)
{
    QStringList lines;
    for (const CompileMessage &m : warnings ? result.warnings : result.errors)
        lines << u"%1(%2,%3): %4 %5"_s.arg(m.fileName)
                         .arg(m.line)
                         .arg(m.column)
                         .arg(m.code, m.text);
    return lines;
}

QString StepSupport::archivePath(const Profile &profile)
{
    if (profile.packageArchive.isEmpty() || QFileInfo(profile.packageArchive).isAbsolute())
        return profile.packageArchive;
    return QFileInfo(profile.filePath).dir().absoluteFilePath(profile.packageArchive);
}

bool StepSupport::inMaintenanceWindow(const Profile &profile, const QDateTime &now)
{
    const MaintenanceWindow &w = profile.maintenanceWindow;
    if (!w.enabled || !w.from.isValid() || !w.to.isValid())
        return true;
    const QTimeZone zone =
            w.timeZone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(w.timeZone.toUtf8());
    const QDateTime local = now.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone());
    const QTime t = local.time();
    int day = local.date().dayOfWeek();
    bool inside = false;
    if (w.from <= w.to) {
        inside = t >= w.from && t < w.to;
    } else { // over midnight: the part after midnight belongs to the previous day's window
        if (t >= w.from) {
            inside = true;
        } else if (t < w.to) {
            inside = true;
            day = day == 1 ? 7 : day - 1;
        }
    }
    return inside && (w.days.isEmpty() || w.days.contains(day));
}

} // namespace upgrade
