#pragma once

namespace upgrade {

/// Process exit codes of the bpmsoft-upgrade command line; documented in `--help` and docs/cli.md.
enum class ExitCode : int {
    Done = 0,               ///< everything asked for is done
    StepFailed = 1,         ///< a step failed (on production: after the rollback)
    UsageError = 2,         ///< bad arguments, an invalid profile or journal
    PreflightBlocked = 3,   ///< a blocking preflight finding stopped the run
    ConfirmationNeeded = 4, ///< a question needs an answer (--yes or --answer ID=VALUE)
    Interrupted = 5,        ///< interrupted; `resume --journal DIR` continues
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace upgrade
