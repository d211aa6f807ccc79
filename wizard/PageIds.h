#pragma once

namespace upgrade::wizard {

/// The wizard's pages, in their order (QWizard page ids).
enum PageId {
    WelcomePageId,
    ConnectionsPageId,
    SupportRequestsPageId,
    PreflightPageId,
    PlanPageId,
    TestStagePageId,
    TestVerificationPageId,
    ProductionPageId,
    ProductionStagePageId,
    FinishPageId,
};

} // namespace upgrade::wizard
