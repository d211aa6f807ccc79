#pragma once

#include "plan/Step.h"

namespace upgrade::sample {

/// TEST SUPPORT. One step of the sample plan; what it does is chosen by its Action. Files are in
/// the sample folder: production-db.txt and test-db.txt stand for the two databases; backups go
/// to the run folder. Every run appends "start ID" and "done ID" to markers.log, so a test sees
/// which step's work ran how often.
class SampleStep : public Step
{
public:
    enum class Action {
        Check,   ///< reads production-db.txt (creates it with "v1" first)
        Backup,  ///< copies production-db.txt into the run folder; records a verified backup
        Restore, ///< test-db.txt := the newest production backup
        Install, ///< <env>-db.txt := the newest production backup + "package"
        Verify,  ///< fails unless <env>-db.txt ends with "package"
        Rollback ///< production-db.txt := the newest production backup
    };

    SampleStep(QString id, QString title, Action action, StepTarget target, bool destructive,
               QString directory);

    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    StepTarget target() const override { return m_target; }
    bool isDestructive() const override { return m_destructive; }
    QList<ArtifactSpec> backupsNeeded() const override;
    QList<ArtifactSpec> produces() const override;
    std::chrono::milliseconds timeout() const override;
    StepResult run(Context &context, Progress &progress) override;

private:
    bool pause(int ms, Progress &progress) const;
    StepResult act(Context &context, Progress &progress);

    QString m_id;
    QString m_title;
    Action m_action;
    StepTarget m_target;
    bool m_destructive;
    QString m_directory;
};

} // namespace upgrade::sample
