#include "PendingStep.h"

namespace upgrade {

StepResult PendingStep::run(Context &, Progress &)
{
    return StepResult::failed(tr("The step \"%1\" is not available in this version of the "
                                 "program yet. Nothing was changed.")
                                      .arg(m_d.title));
}

} // namespace upgrade
