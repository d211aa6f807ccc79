#pragma once

#include "ProcedureStep.h"

#include <QCoreApplication>

namespace upgrade {

/// Cloud, "production.provider-backup": this program cannot back up a cloud site's database or
/// 1C, so the person records the hosting provider's confirmation that production was backed up
/// for this upgrade — the support request's number, asked as the text question
/// "provider-backup.production" (`--yes` does not answer it; `--answer
/// provider-backup.production=NUMBER` does). Recorded as a verified artifact of kind
/// ArtifactKind::ProviderBackup, which the production steps of the cloud plan need (the
/// verified-backup gate). Stateless; worker thread.
class ConfirmProviderBackupStep : public ProcedureStep
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::ConfirmProviderBackupStep)
public:
    static QString questionId();

    QString id() const override;
    QString title() const override;
    QString description() const override;
    StepTarget target() const override;
    QList<ArtifactSpec> produces() const override;
    StepResult run(Context &context, Progress &progress) override;
};

} // namespace upgrade
