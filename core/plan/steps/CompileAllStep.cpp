#include "CompileAllStep.h"

#include "StepSupport.h"

#include "plan/Context.h"
#include "plan/RunServices.h"

#include "bpmsoft/BpmSoftClient.h"
#include "report/RunValues.h"

using namespace Qt::StringLiterals;

namespace upgrade {

QString CompileAllStep::id() const
{
    return m_stage + u".compile-all"_s;
}

QString CompileAllStep::title() const
{
    return tr("Compile all");
}

QString CompileAllStep::description() const
{
    return tr("If these actions end with errors, fix them, and only then start the upgrade.");
}

StepTarget CompileAllStep::target() const
{
    return {EnvironmentKind::Production, StepTarget::Site};
}

std::optional<CompileResult> CompileAllStep::compile(const Context &context, Progress &progress,
                                                     QString *error) const
{
    RunServices *s = StepSupport::services(context, error);
    std::unique_ptr<BpmSoftClient> client =
            s ? s->client(EnvironmentKind::Production, error) : nullptr;
    if (!client)
        return std::nullopt;
    progress.setStatus(tr("Compiling all on the production site"));
    const auto result = client->compileAll(progress);
    if (!result)
        *error = tr("[Compile all] could not be run: %1").arg(client->lastError().message);
    return result;
}

Requirements CompileAllStep::check(const Context &context) const
{
    Requirements r;
    LogProgress progress;
    QString error;
    const auto result = compile(context, progress, &error);
    if (!result)
        return r.block(error, tr("Check that the production site is running, then retry."),
                       u"compile.failed"_s);
    // Kept for the report even when the stage stops here (the value is the check's only write).
    const_cast<Context &>(context).setValue(RunValues::compileResultKey(context.stage()),
                                            StepSupport::compileJson(*result));
    for (const CompileMessage &m : result->errors)
        r.block(tr("Compile error %1 in %2, line %3, column %4: %5")
                        .arg(m.code, m.fileName)
                        .arg(m.line)
                        .arg(m.column)
                        .arg(m.text),
                tr("Fix it in [Configuration], run [Compile all] again, then restart the "
                   "upgrade."),
                u"compile.error"_s);
    if (result->errors.isEmpty() && !result->success)
        r.block(tr("[Compile all] did not succeed: %1").arg(result->message),
                tr("Look at the compile log in [Configuration]."), u"compile.error"_s);
    for (const CompileMessage &m : result->warnings)
        r.warn(tr("Compile warning %1 in %2, line %3: %4")
                       .arg(m.code, m.fileName)
                       .arg(m.line)
                       .arg(m.text),
               tr("No action needed for the upgrade."), u"compile.warning"_s);
    std::lock_guard lock(m_mutex);
    m_checked = *result;
    return r;
}

StepResult CompileAllStep::run(Context &context, Progress &progress)
{
    std::optional<CompileResult> result;
    {
        std::lock_guard lock(m_mutex);
        result.swap(m_checked);
    }
    if (!result) {
        QString error;
        result = compile(context, progress, &error);
        if (!result)
            return StepResult::failed(error);
    }
    context.setValue(RunValues::compileResultKey(context.stage()),
                     StepSupport::compileJson(*result));
    if (!result->errors.isEmpty() || !result->success)
        return StepResult::failed(
                tr("[Compile all] found %n error(s).", nullptr, int(result->errors.size())),
                StepSupport::compileLines(*result, false).join(u'\n'));
    return StepResult::ok(
            tr("Compiled without errors (%n warning(s)).", nullptr, int(result->warnings.size())));
}

} // namespace upgrade
