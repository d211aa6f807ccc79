#pragma once

#include "plan/JournalRecords.h"

#include <QIcon>

namespace upgrade::wizard {

/// Small state icons drawn with QPainter (no image files, sharp at any size): step states,
/// finding severities, check results, the "changes data" marker and the application icon.
/// Main thread (cached).
class StateIcons
{
public:
    enum class Kind {
        Pending,
        Running,
        Done,
        Failed,
        Skipped,
        Stopped,
        Blocked,
        Warning,
        Blocking,
        Info,
        Destructive,
    };
    static QIcon icon(Kind kind);
    static QIcon step(StepState state);
    /// The program's icon (resources/icons/bpmsoft-upgrade.png).
    static QIcon application();
};

} // namespace upgrade::wizard
