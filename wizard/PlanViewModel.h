#pragma once

#include "plan/Plan.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace upgrade::wizard {

class RunViewModel;

/// The Plan page's content: every step of the configured plan with where it acts (in the
/// profile's words), whether it changes data, the backups it relies on and a rough duration;
/// the backups the run takes; the estimated time per stage. Computed on demand from
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
        QStringList backupsNeeded; ///< described
        qint64 estimateMs = 0;
    };

    explicit PlanViewModel(RunViewModel *run, QObject *parent = nullptr);

    QList<Row> rows() const;
    /// The usual time of the stage's steps (rollback steps not counted).
    qint64 estimateMs(StageKind stage) const;
    /// The backups the run takes, described ("Database backup — production: …").
    QStringList backupsTaken() const;
    /// Of one stage.
    QStringList backupsTaken(StageKind stage) const;

    /// A rough usual duration of a step, from its id (the engine has no estimates yet).
    static qint64 estimateFor(const QString &stepId, int weight);
    static QString describeArtifact(const ArtifactSpec &spec, const Profile &profile);
    /// Where a step acts, in the profile's words, with the environment translated
    /// (Plan::describeTarget prefixes the untranslated "production:" / "test:").
    static QString describeWhere(const StepTarget &target, const Profile &profile);
    /// "≈ 1 h 05 min", "≈ 12 min", "< 1 min" (translated).
    static QString formatEstimate(qint64 ms);
    /// "01:02:03" or "02:03".
    static QString formatClock(qint64 ms);

signals:
    void changed();

private:
    RunViewModel *m_run;
};

} // namespace upgrade::wizard
