#include "FinishStep.h"

#include "plan/Context.h"

#include <QDateTime>
#include <QDir>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace upgrade {

QString FinishStep::id() const
{
    return u"production.report"_s;
}

QString FinishStep::title() const
{
    return tr("Write the report");
}

QString FinishStep::description() const
{
    return tr("If the main and most used integrations run without errors, the upgrade was "
              "successful.");
}

StepTarget FinishStep::target() const
{
    return {EnvironmentKind::Production, StepTarget::Files};
}

StepResult FinishStep::run(Context &context, Progress &)
{
    context.setValue(u"run.finished"_s,
                     QJsonObject{{u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                 {u"versions"_s, context.value(u"production.versions-after"_s)}});
    // The reports themselves are written when the stage has ended (its final state is part of
    // them): by the CLI and the wizard, through ReportWriter::writeRunReports.
    return StepResult::ok(tr("The upgrade is complete. The reports are written to %1 when the "
                             "stage ends.")
                                  .arg(QDir::toNativeSeparators(context.runDirectory())));
}

} // namespace upgrade
