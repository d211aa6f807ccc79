#pragma once

#include "plan/JournalRecords.h"

#include <QCoreApplication>
#include <QString>

namespace upgrade::wizard {

/// Translated words for the engine's states, as the pages show them. Stateless.
class StateTexts
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::wizard::StateTexts)
public:
    static QString stage(StageState state); ///< "passed", "rolled back", ...
    static QString step(StepState state);   ///< "done", "failed", ...
};

} // namespace upgrade::wizard
