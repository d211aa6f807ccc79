#include "ProcedureStepFactory.h"

#include "steps/BackupProductionDatabaseStep.h"
#include "steps/BackupTestInfobaseStep.h"
#include "steps/CompileAllStep.h"
#include "steps/CreateTestSiteStep.h"
#include "steps/DeduplicateStep.h"
#include "steps/FinishStep.h"
#include "steps/GenerateSourcesStep.h"
#include "steps/InstallPackageStep.h"
#include "steps/PreflightStep.h"
#include "steps/ProductionBackupStep.h"
#include "steps/RestoreTestDatabaseStep.h"
#include "steps/RollbackStep.h"
#include "steps/VerifyIntegrationStep.h"

using namespace Qt::StringLiterals;

namespace upgrade {

QString ProcedureStepFactory::factoryName()
{
    return u"upgrade"_s;
}

Stage ProcedureStepFactory::stage(StageKind kind, const Profile &) const
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

} // namespace upgrade
