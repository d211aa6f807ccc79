#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace upgrade::cli {

/// Every subcommand, in the order --help lists them. Add new commands in Commands.cpp.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace upgrade::cli
