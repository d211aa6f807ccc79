#pragma once

#include "plan/Step.h"

#include <QString>

namespace upgrade {

/// A step of the vendor's upgrade procedure (core/plan/steps/): a Step that also says which
/// instruction of the vendor it carries out (`description()`, translated; the Russian text is
/// the vendor's own words), for the wizard and `plan`. Same threading as Step.
class ProcedureStep : public Step
{
public:
    /// Translated: the vendor's instruction this step carries out, quoted.
    virtual QString description() const = 0;
};

} // namespace upgrade
