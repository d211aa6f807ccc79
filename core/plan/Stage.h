#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace upgrade {

class Step;

/// The three stages of the procedure, in order (DESIGN.md §1).
enum class StageKind { Preparation, Test, Production };

QString toString(StageKind stage); ///< "preparation" | "test" | "production"
std::optional<StageKind> stageFromString(const QString &text);
/// The translated name: "Подготовка", "Тестовый стенд", "Продуктивный сайт".
QString stageTitle(StageKind stage);

/// What the person may choose when a step of the stage fails.
enum class FailureChoice { Retry, Skip, Abort, RollBack };
QString toString(FailureChoice choice); ///< "retry" | "skip" | "abort" | "rollback"

/// One stage: its ordered steps, the steps that roll it back, and the failure policy.
/// Preparation: Retry / Abort; test: Retry / Skip (recorded, with a reason) / Abort;
/// production: Retry / Roll back (rollback steps run in order; without any: Retry / Abort).
/// Steps are shared (not copied) between copies of a Stage; a Stage is read-only once built.
struct Stage
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::Stage)
public:
    StageKind kind = StageKind::Test;
    std::vector<std::shared_ptr<Step>> steps;
    std::vector<std::shared_ptr<Step>> rollbackSteps;

    /// The choices offered after a failed step (of `steps`); rollback steps offer Retry / Abort.
    QList<FailureChoice> failureChoices() const;
    /// What happens when nobody can answer: Abort, or RollBack on production when possible.
    FailureChoice unattendedFailureChoice() const;
};

} // namespace upgrade
