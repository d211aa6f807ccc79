#include "Commands.h"

#include "ValidateProfileCommand.h"
#include "db/DbBackupCommand.h"
#include "db/DbFingerprintCommand.h"
#include "db/DbRestoreCommand.h"
#include "db/DbVerifyCommand.h"

namespace upgrade::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ValidateProfileCommand>());
    commands.push_back(std::make_unique<DbBackupCommand>());
    commands.push_back(std::make_unique<DbVerifyCommand>());
    commands.push_back(std::make_unique<DbRestoreCommand>());
    commands.push_back(std::make_unique<DbFingerprintCommand>());
    return commands;
}

} // namespace upgrade::cli
