#pragma once

#include <QMetaType>
#include <QString>

namespace upgrade {

/// What one run of a step came to: an outcome, a translated message for people and raw details
/// (tool output, HTTP bodies — redacted before they are stored or shown). A plain value type.
struct StepResult
{
    enum class Outcome { Ok, Failed, Cancelled, Skipped };

    Outcome outcome = Outcome::Ok;
    QString message; ///< translated; says what failed, where, and what to do
    QString details; ///< raw details, shown on request

    static StepResult ok(const QString &message = {}, const QString &details = {})
    {
        return {Outcome::Ok, message, details};
    }
    static StepResult failed(const QString &message, const QString &details = {})
    {
        return {Outcome::Failed, message, details};
    }
    static StepResult cancelled(const QString &message = {})
    {
        return {Outcome::Cancelled, message, {}};
    }
    static StepResult skipped(const QString &message, const QString &details = {})
    {
        return {Outcome::Skipped, message, details};
    }

    bool isOk() const { return outcome == Outcome::Ok; }
};

/// "ok" | "failed" | "cancelled" | "skipped" (the --json and journal spelling).
QString toString(StepResult::Outcome outcome);

} // namespace upgrade

Q_DECLARE_METATYPE(upgrade::StepResult)
