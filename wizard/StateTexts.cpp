#include "StateTexts.h"

namespace upgrade::wizard {

QString StateTexts::stage(StageState state)
{
    switch (state) {
    case StageState::Pending:
        return tr("not started");
    case StageState::Running:
        return tr("running");
    case StageState::Passed:
        return tr("passed");
    case StageState::Failed:
        return tr("failed");
    case StageState::Cancelled:
        return tr("stopped");
    case StageState::Interrupted:
        return tr("interrupted");
    case StageState::Blocked:
        return tr("blocked");
    case StageState::NeedsAnswer:
        return tr("waiting for an answer");
    case StageState::RollingBack:
        return tr("rolling back");
    case StageState::RolledBack:
        return tr("rolled back");
    case StageState::RollbackFailed:
        return tr("the rollback failed");
    }
    return {};
}

QString StateTexts::step(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return tr("waiting");
    case StepState::Running:
        return tr("running");
    case StepState::Succeeded:
        return tr("done");
    case StepState::Failed:
        return tr("failed");
    case StepState::Skipped:
        return tr("skipped");
    case StepState::Cancelled:
        return tr("stopped");
    case StepState::Interrupted:
        return tr("interrupted");
    case StepState::Blocked:
        return tr("blocked");
    }
    return {};
}

} // namespace upgrade::wizard
