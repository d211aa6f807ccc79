#include "StepFactory.h"

#include "ProcedureStepFactory.h"
#include "sample/SampleStepFactory.h"

#include <QCoreApplication>

namespace upgrade {

std::unique_ptr<StepFactory> StepFactory::create(const QString &name, QString *error)
{
    if (name == ProcedureStepFactory::factoryName())
        return std::make_unique<ProcedureStepFactory>();
    if (name == sample::SampleStepFactory::factoryName()) {
        if (sample::SampleStepFactory::directory().isEmpty()) {
            if (error)
                *error = QCoreApplication::translate(
                        "upgrade::StepFactory", "This run uses the sample plan of the tests; set "
                                                "BPMSOFT_UPGRADE_SAMPLE_PLAN to continue it.");
            return nullptr;
        }
        return std::make_unique<sample::SampleStepFactory>();
    }
    if (error)
        *error = QCoreApplication::translate("upgrade::StepFactory",
                                             "This run was made by another version of the "
                                             "program (plan \"%1\").")
                         .arg(name);
    return nullptr;
}

QString StepFactory::defaultName()
{
    return sample::SampleStepFactory::directory().isEmpty()
                   ? ProcedureStepFactory::factoryName()
                   : sample::SampleStepFactory::factoryName();
}

} // namespace upgrade
