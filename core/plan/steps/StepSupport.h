#pragma once

#include "plan/Artifact.h"
#include "plan/StepResult.h"

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace upgrade {

class BpmSoftClient;
class Context;
class DbAdmin;
class Progress;
class RunServices;
struct CompileResult;

/// What several steps of the procedure share: the run's services, the identity of a target,
/// backups of a database or an infobase recorded as verified artifacts, the package versions
/// of a site. Stateless functions for the step's worker thread.
class StepSupport
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::StepSupport)
public:
    /// The run's services; nullptr and a failed result's message in `error` when missing.
    static RunServices *services(const Context &context, QString *error);
    /// The target's identity now (for an artifact's source); empty on failure.
    static TargetIdentity identity(const Context &context, EnvironmentKind environment,
                                   Progress &progress);
    /// Backs up the environment's database into the run's backup folder, verifies it and records
    /// it as a verified "backup.database" artifact with its sha256 and source identity.
    static StepResult backupDatabase(Context &context, EnvironmentKind environment,
                                     Progress &progress);
    /// Dumps the environment's 1C infobase (.dt) and records a verified "backup.infobase".
    static StepResult backupInfobase(Context &context, EnvironmentKind environment,
                                     Progress &progress);
    /// The folder for this run's backups of an environment (created).
    static QString backupFolder(const Context &context, EnvironmentKind environment);
    /// A folder on this computer for files made here (1C dumps): the backup folder, except
    /// for MS SQL, whose backup folder is on the SQL Server host (then the run's "backups").
    static QString localBackupFolder(const Context &context, EnvironmentKind environment);
    /// The installed packages {name: version} of a site; nullopt and `error`. `packageList`, if
    /// given, receives the full list as the report keeps it (RunValues, "package.installed").
    static std::optional<QJsonObject> installedVersions(BpmSoftClient &client, Progress &progress,
                                                        QString *error,
                                                        QJsonArray *packageList = nullptr);
    /// A compile result as JSON {errors:[{file,line,column,code,text}], warnings:[...]}.
    static QJsonObject compileJson(const CompileResult &result);
    /// "file(line,column): code text" lines.
    static QStringList compileLines(const CompileResult &result, bool warnings);
    /// Whether `now` is inside the profile's maintenance window (true when none is set).
    /// The profile's package archive as an absolute path (relative: to the profile's folder).
    static QString archivePath(const Profile &profile);
    static bool inMaintenanceWindow(const Profile &profile, const QDateTime &now);
};

} // namespace upgrade
