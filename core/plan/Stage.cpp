#include "Stage.h"

using namespace Qt::StringLiterals;

namespace upgrade {

QString toString(StageKind stage)
{
    switch (stage) {
    case StageKind::Preparation:
        return u"preparation"_s;
    case StageKind::Test:
        return u"test"_s;
    case StageKind::Production:
        return u"production"_s;
    }
    return {};
}

std::optional<StageKind> stageFromString(const QString &text)
{
    for (StageKind kind : {StageKind::Preparation, StageKind::Test, StageKind::Production})
        if (toString(kind) == text)
            return kind;
    return std::nullopt;
}

QString stageTitle(StageKind stage)
{
    switch (stage) {
    case StageKind::Preparation:
        return Stage::tr("Preparation");
    case StageKind::Test:
        return Stage::tr("Test site");
    case StageKind::Production:
        return Stage::tr("Production site");
    }
    return {};
}

QString toString(FailureChoice choice)
{
    switch (choice) {
    case FailureChoice::Retry:
        return u"retry"_s;
    case FailureChoice::Skip:
        return u"skip"_s;
    case FailureChoice::Abort:
        return u"abort"_s;
    case FailureChoice::RollBack:
        return u"rollback"_s;
    }
    return {};
}

QList<FailureChoice> Stage::failureChoices() const
{
    switch (kind) {
    case StageKind::Preparation:
        return {FailureChoice::Retry, FailureChoice::Abort};
    case StageKind::Test:
        return {FailureChoice::Retry, FailureChoice::Skip, FailureChoice::Abort};
    case StageKind::Production:
        if (rollbackSteps.empty())
            return {FailureChoice::Retry, FailureChoice::Abort};
        return {FailureChoice::Retry, FailureChoice::RollBack};
    }
    return {FailureChoice::Abort};
}

FailureChoice Stage::unattendedFailureChoice() const
{
    return failureChoices().contains(FailureChoice::RollBack) ? FailureChoice::RollBack
                                                              : FailureChoice::Abort;
}

} // namespace upgrade
