#pragma once

#include <QTextStream>

namespace upgrade::cli {

/// What a command writes to: standard output (results, --json events) and standard error
/// (messages for people). Owned by CommandLine; valid for the duration of Command::run().
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
};

} // namespace upgrade::cli
