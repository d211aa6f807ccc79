#pragma once

#include "plan/Plan.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace upgrade::wizard {

class RunViewModel;

/// The Plan page's content: every step of the configured plan with where it acts (in the
/// profile's words), whether it changes data, the backups it relies on and its usual duration
/// (Step::estimatedDuration; unknown for backups and restores, which depend on the size); the
/// backups the run takes; the estimated time per stage. Computed on demand from
/// RunViewModel's plan, so texts follow the language. Main thread.
class PlanViewModel : public QObject
{
    Q_OBJECT
public:
    struct Row
    {
        StageKind stage = StageKind::Test;
        QString id;
        QString title;
        QString where;
        bool destructive = false;
        bool rollback = false;
        QStringList backupsNeeded;        ///< described
        std::optional<qint64> estimateMs; ///< none: depends on the size
    };

    explicit PlanViewModel(RunViewModel *run, QObject *parent = nullptr);

    QList<Row> rows() const;
    /// The usual time of the stage's steps whose time is known (rollback steps not counted).
    qint64 estimateMs(StageKind stage) const;
    /// Some step of the stage (not a rollback step) has no usual time: it depends on the size.
    bool hasUnknownEstimate(StageKind stage) const;
    /// The backups the run takes, described ("Database backup — production: …").
    QStringList backupsTaken() const;
    /// Of one stage.
    QStringList backupsTaken(StageKind stage) const;

    static QString describeArtifact(const ArtifactSpec &spec, const Profile &profile);
    /// Where a step acts, in the profile's words: "Production: site …; database …".
    static QString describeWhere(const StepTarget &target, const Profile &profile);
    /// "≈ 1 h 05 min", "≈ 12 min", "< 1 min"; unknown: "depends on the size" (translated).
    static QString formatEstimate(std::optional<qint64> ms);
    /// A stage's: "≈ 43 min", or "≈ 43 min + copying the data" when some step's time is unknown.
    static QString formatStageEstimate(qint64 knownMs, bool unknownPart);
    /// "01:02:03" or "02:03".
    static QString formatClock(qint64 ms);

signals:
    void changed();

private:
    RunViewModel *m_run;
};

} // namespace upgrade::wizard
