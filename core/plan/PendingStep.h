#pragma once

#include "Step.h"

#include <QCoreApplication>

namespace upgrade {

/// A step of the procedure whose implementation is not in this version yet: it describes
/// itself (for `plan`) and fails with a clear message when run. Replaced one by one by the
/// real steps in core/plan/steps/.
class PendingStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::PendingStep)
public:
    struct Description
    {
        QString id;
        QString title;
        StepTarget target;
        bool destructive = false;
        QList<ArtifactSpec> backupsNeeded;
        QList<ArtifactSpec> produces;
    };
    explicit PendingStep(Description description)
        : m_d(std::move(description))
    {}

    QString id() const override { return m_d.id; }
    QString title() const override { return m_d.title; }
    StepTarget target() const override { return m_d.target; }
    bool isDestructive() const override { return m_d.destructive; }
    QList<ArtifactSpec> backupsNeeded() const override { return m_d.backupsNeeded; }
    QList<ArtifactSpec> produces() const override { return m_d.produces; }
    StepResult run(Context &context, Progress &progress) override;

private:
    Description m_d;
};

} // namespace upgrade
