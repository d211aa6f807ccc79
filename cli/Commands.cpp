#include "Commands.h"

#include "ValidateProfileCommand.h"
#include "db/DbBackupCommand.h"
#include "db/DbFingerprintCommand.h"
#include "db/DbRestoreCommand.h"
#include "db/DbVerifyCommand.h"
#include "package/InspectPackageCommand.h"
#include "plan/PlanCommand.h"
#include "plan/ResumeCommand.h"
#include "plan/RunCommand.h"
#include "plan/StatusCommand.h"
#include "report/BundleCommand.h"
#include "report/CloudRequestsCommand.h"
#include "report/ReportCommand.h"
#include "rollback/RollbackCommand.h"

namespace upgrade::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ValidateProfileCommand>());
    commands.push_back(std::make_unique<InspectPackageCommand>());
    commands.push_back(std::make_unique<PlanCommand>());
    commands.push_back(std::make_unique<RunCommand>());
    commands.push_back(std::make_unique<ResumeCommand>());
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<DbBackupCommand>());
    commands.push_back(std::make_unique<DbVerifyCommand>());
    commands.push_back(std::make_unique<DbRestoreCommand>());
    commands.push_back(std::make_unique<DbFingerprintCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<BundleCommand>());
    commands.push_back(std::make_unique<CloudRequestsCommand>());
    commands.push_back(std::make_unique<RollbackCommand>());
    return commands;
}

} // namespace upgrade::cli
