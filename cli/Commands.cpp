#include "Commands.h"

#include "ValidateProfileCommand.h"

namespace upgrade::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ValidateProfileCommand>());
    return commands;
}

} // namespace upgrade::cli
