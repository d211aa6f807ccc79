#include "StepResult.h"

using namespace Qt::StringLiterals;

namespace upgrade {

QString toString(StepResult::Outcome outcome)
{
    switch (outcome) {
    case StepResult::Outcome::Ok:
        return u"ok"_s;
    case StepResult::Outcome::Failed:
        return u"failed"_s;
    case StepResult::Outcome::Cancelled:
        return u"cancelled"_s;
    case StepResult::Outcome::Skipped:
        return u"skipped"_s;
    }
    return {};
}

} // namespace upgrade
