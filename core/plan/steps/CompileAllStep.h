#pragma once

#include "ProcedureStep.h"

#include "bpmsoft/BpmSoftTypes.h"

#include <QCoreApplication>

#include <mutex>
#include <optional>

namespace upgrade {

/// P3 (and again on production before its backup): «Компилировать все». The compile runs in
/// check(), so that errors are blocking findings (file, line, text; the CLI exits with code 3);
/// the result is kept as the value "compile.result" {errors:[{file,line,column,code,text}],
/// warnings:[...]}. Id "<stage>.compile-all". Changes no data. check() and run() are called on
/// the same worker thread one after the other; the compile result is handed from one to the
/// other under a mutex.
class CompileAllStep : public ProcedureStep
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::CompileAllStep)
public:
    explicit CompileAllStep(QString stage)
        : m_stage(std::move(stage))
    {}
    QString id() const override;
    QString title() const override;
    QString description() const override;
    StepTarget target() const override;
    std::optional<std::chrono::seconds> estimatedDuration() const override
    {
        return std::chrono::minutes(10);
    }
    Requirements check(const Context &context) const override;
    StepResult run(Context &context, Progress &progress) override;

private:
    std::optional<CompileResult> compile(const Context &context, Progress &progress,
                                         QString *error) const;
    QString m_stage;
    mutable std::mutex m_mutex;
    mutable std::optional<CompileResult> m_checked;
};

} // namespace upgrade
