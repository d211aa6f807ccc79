#include "ProcedureStepFactory.h"

#include "steps/BackupProductionDatabaseStep.h"
#include "steps/BackupTestInfobaseStep.h"
#include "steps/CheckTestCopyStep.h"
#include "steps/CompileAllStep.h"
#include "steps/ConfirmProviderBackupStep.h"
#include "steps/CreateTestSiteStep.h"
#include "steps/DeduplicateStep.h"
#include "steps/FinishStep.h"
#include "steps/GenerateSourcesStep.h"
#include "steps/InstallPackageStep.h"
#include "steps/PreflightStep.h"
#include "steps/ProductionBackupStep.h"
#include "steps/RequestProviderRestoreStep.h"
#include "steps/RestoreTestDatabaseStep.h"
#include "steps/RollbackStep.h"
#include "steps/SupportRequestsStep.h"
#include "steps/VerifyIntegrationStep.h"

using namespace Qt::StringLiterals;

namespace upgrade {

QString ProcedureStepFactory::factoryName()
{
    return u"upgrade"_s;
}

Stage ProcedureStepFactory::stage(StageKind kind, const Profile &profile) const
{
    return profile.production.hosting == Hosting::Cloud ? cloudStage(kind) : onPremiseStage(kind);
}

Stage ProcedureStepFactory::onPremiseStage(StageKind kind)
{
    const auto prod = EnvironmentKind::Production;
    const auto test = EnvironmentKind::Test;
    const QString preparation = toString(StageKind::Preparation);
    const QString production = toString(StageKind::Production);
    Stage stage;
    stage.kind = kind;
    switch (kind) {
    case StageKind::Preparation:
        stage.steps = {
                std::make_shared<PreflightStep>(),
                std::make_shared<GenerateSourcesStep>(preparation),
                std::make_shared<CompileAllStep>(preparation),
        };
        break;
    case StageKind::Test:
        stage.steps = {
                std::make_shared<BackupProductionDatabaseStep>(),
                std::make_shared<RestoreTestDatabaseStep>(),
                std::make_shared<CreateTestSiteStep>(),
                std::make_shared<BackupTestInfobaseStep>(),
                std::make_shared<InstallPackageStep>(test),
                std::make_shared<DeduplicateStep>(test),
                std::make_shared<VerifyIntegrationStep>(test),
        };
        break;
    case StageKind::Production:
        // The compile check again, on production right before its backup (issue 7).
        stage.steps = {
                std::make_shared<GenerateSourcesStep>(production),
                std::make_shared<CompileAllStep>(production),
                std::make_shared<ProductionBackupStep>(),
                std::make_shared<InstallPackageStep>(prod),
                std::make_shared<DeduplicateStep>(prod),
                std::make_shared<VerifyIntegrationStep>(prod),
                std::make_shared<FinishStep>(),
        };
        stage.rollbackSteps = {
                std::make_shared<RollbackStep>(),
        };
        break;
    }
    return stage;
}

Stage ProcedureStepFactory::cloudStage(StageKind kind)
{
    // The provider owns the databases and 1C: what the HTTP API allows, on the environments
    // the provider gives; its confirmed backup stands in for this program's own.
    const auto prod = EnvironmentKind::Production;
    const auto test = EnvironmentKind::Test;
    const QString preparation = toString(StageKind::Preparation);
    const QString production = toString(StageKind::Production);
    auto cloud = [](std::shared_ptr<ProcedureStep> step) {
        step->setCloud(true);
        return std::shared_ptr<Step>(std::move(step));
    };
    Stage stage;
    stage.kind = kind;
    switch (kind) {
    case StageKind::Preparation:
        stage.steps = {
                cloud(std::make_shared<PreflightStep>()),
                cloud(std::make_shared<SupportRequestsStep>()),
                cloud(std::make_shared<GenerateSourcesStep>(preparation)),
                cloud(std::make_shared<CompileAllStep>(preparation)),
        };
        break;
    case StageKind::Test:
        stage.steps = {
                cloud(std::make_shared<CheckTestCopyStep>()),
                cloud(std::make_shared<InstallPackageStep>(test)),
                cloud(std::make_shared<DeduplicateStep>(test)),
                cloud(std::make_shared<VerifyIntegrationStep>(test)),
        };
        break;
    case StageKind::Production:
        stage.steps = {
                cloud(std::make_shared<GenerateSourcesStep>(production)),
                cloud(std::make_shared<CompileAllStep>(production)),
                cloud(std::make_shared<ConfirmProviderBackupStep>()),
                cloud(std::make_shared<InstallPackageStep>(prod)),
                cloud(std::make_shared<DeduplicateStep>(prod)),
                cloud(std::make_shared<VerifyIntegrationStep>(prod)),
                cloud(std::make_shared<FinishStep>()),
        };
        stage.rollbackSteps = {
                cloud(std::make_shared<RequestProviderRestoreStep>()),
        };
        break;
    }
    return stage;
}

} // namespace upgrade
