#include "GenerateSourcesStep.h"

#include "StepSupport.h"

#include "plan/Context.h"
#include "plan/RunServices.h"

#include "bpmsoft/BpmSoftClient.h"

using namespace Qt::StringLiterals;

namespace upgrade {

QString GenerateSourcesStep::id() const
{
    return m_stage + u".generate-sources"_s;
}

QString GenerateSourcesStep::title() const
{
    return tr("Generate the source code for all items");
}

QString GenerateSourcesStep::description() const
{
    return tr("Before you start the upgrade, go to the [Configuration] section and run in turn "
              "[Generate source code for all items] and [Compile all].");
}

StepTarget GenerateSourcesStep::target() const
{
    return {EnvironmentKind::Production, StepTarget::Site};
}

StepResult GenerateSourcesStep::run(Context &context, Progress &progress)
{
    QString error;
    RunServices *s = StepSupport::services(context, &error);
    std::unique_ptr<BpmSoftClient> client =
            s ? s->client(EnvironmentKind::Production, &error) : nullptr;
    if (!client)
        return StepResult::failed(error);
    progress.setStatus(tr("Generating the source code on the production site"));
    const auto result = client->generateAllSchemaSources(progress);
    if (!result)
        return StepResult::failed(
                tr("Generating the source code failed: %1").arg(client->lastError().message),
                client->lastError().details);
    for (const QString &line : StepSupport::compileLines(*result, true))
        progress.log(line);
    if (!result->errors.isEmpty())
        return StepResult::failed(tr("Generating the source code reported %n error(s); fix them "
                                     "in [Configuration] first.",
                                     nullptr, int(result->errors.size())),
                                  StepSupport::compileLines(*result, false).join(u'\n'));
    return StepResult::ok(tr("The source code was generated."));
}

} // namespace upgrade
