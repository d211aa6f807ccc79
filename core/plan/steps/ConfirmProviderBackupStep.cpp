#include "ConfirmProviderBackupStep.h"

#include "StepSupport.h"

#include "plan/Context.h"

using namespace Qt::StringLiterals;

namespace upgrade {

QString ConfirmProviderBackupStep::questionId()
{
    return u"provider-backup.production"_s;
}

QString ConfirmProviderBackupStep::id() const
{
    return u"production.provider-backup"_s;
}

QString ConfirmProviderBackupStep::title() const
{
    return tr("Record the provider's backup of production");
}

QString ConfirmProviderBackupStep::description() const
{
    return tr("Before the upgrade make backups of the BPMSoft database and the 1C database. In "
              "the cloud the hosting provider makes them: agree the plan with its support desk.");
}

StepTarget ConfirmProviderBackupStep::target() const
{
    return {EnvironmentKind::Production, StepTarget::Files};
}

QList<ArtifactSpec> ConfirmProviderBackupStep::produces() const
{
    return {{QString::fromUtf16(ArtifactKind::ProviderBackup), EnvironmentKind::Production}};
}

StepResult ConfirmProviderBackupStep::run(Context &context, Progress &progress)
{
    Question q;
    q.id = questionId();
    q.kind = Question::Kind::Text;
    q.stepId = id();
    q.text = tr("Has the hosting provider confirmed a backup of the production BPMSoft and 1C "
                "databases made for this upgrade? Enter the number of its support request.");
    q.details = tr("Nothing on production is changed until a backup is confirmed. Without an "
                   "answer the run stops here.");
    const std::optional<Answer> answer = context.ask(q);
    if (!answer)
        return StepResult::cancelled(tr("Waiting for the provider's backup confirmation."));
    const QString ticket = answer->value.trimmed();
    if (ticket.isEmpty())
        return StepResult::failed(tr("No support request number was given."));
    Artifact artifact;
    artifact.kind = QString::fromUtf16(ArtifactKind::ProviderBackup);
    artifact.environment = EnvironmentKind::Production;
    artifact.path = tr("hosting provider, request %1").arg(ticket);
    artifact.verified = true; // as far as anyone here can: the provider confirmed it
    artifact.source = StepSupport::identity(context, EnvironmentKind::Production, progress);
    if (context.recordArtifact(artifact) == 0)
        return StepResult::failed(tr("The confirmation could not be recorded in the journal."));
    return StepResult::ok(
            tr("The provider's backup of production is recorded (request %1).").arg(ticket));
}

} // namespace upgrade
