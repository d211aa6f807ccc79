#include "Commands.h"

#include "ValidateProfileCommand.h"
#include "package/InspectPackageCommand.h"

namespace upgrade::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ValidateProfileCommand>());
    commands.push_back(std::make_unique<InspectPackageCommand>());
    return commands;
}

} // namespace upgrade::cli
