#pragma once

#include "TargetIdentity.h"

#include "profile/Profile.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace upgrade {

/// Kinds of artifact the engine knows by name; steps may record others ("report.html", ...).
namespace ArtifactKind {
inline constexpr char16_t DatabaseBackup[] = u"backup.database";
inline constexpr char16_t InfobaseBackup[] = u"backup.infobase";
/// Cloud: the hosting provider's backup of a site, which this program cannot make or read; the
/// person records the support desk's confirmation (ConfirmProviderBackupStep).
inline constexpr char16_t ProviderBackup[] = u"backup.provider";
} // namespace ArtifactKind

/// A kind of artifact of one environment: what a step produces, or the backup a destructive
/// step depends on ("backup.database" of production).
struct ArtifactSpec
{
    QString kind;
    EnvironmentKind environment = EnvironmentKind::Production;
    bool operator==(const ArtifactSpec &) const = default;
};

/// A file a step made and recorded in the journal: a backup, a snapshot, a report. The gate
/// trusts only artifacts of this run that are `verified` and whose `source` identity matches.
struct Artifact
{
    qint64 id = 0; ///< the journal's id; 0 before it is recorded
    QString kind;  ///< ArtifactKind or another stable name
    EnvironmentKind environment = EnvironmentKind::Production; ///< where its content came from
    QString path;
    qint64 size = -1;
    QString sha256;
    bool verified = false;
    TargetIdentity source; ///< the identity of what was backed up, taken when it was
    QString stepId;        ///< the step that recorded it (set by the Context)
    QDateTime createdAt;   ///< set by the journal

    ArtifactSpec spec() const { return {kind, environment}; }
};

} // namespace upgrade

Q_DECLARE_METATYPE(upgrade::Artifact)
