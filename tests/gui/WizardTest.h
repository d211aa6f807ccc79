#pragma once

#include "UpgradeWizard.h"
#include "WaitUntil.h"

#include <QPushButton>
#include <QString>

#include <gtest/gtest.h>

namespace upgrade::test {

/// A GUI test that drives the whole wizard: waits for pages and clicks the answer buttons of
/// the stage pages. Main thread.
class WizardTest : public ::testing::Test
{
protected:
    static bool waitForPage(wizard::UpgradeWizard &w, wizard::PageId id, int timeoutMs = 15000)
    {
        return waitUntil([&] { return w.currentId() == id; }, timeoutMs);
    }
    static bool waitComplete(wizard::UpgradeWizard &w, int timeoutMs)
    {
        return waitUntil([&] { return w.currentPage()->isComplete(); }, timeoutMs);
    }
    /// The visible answer button for `value` ("retry", "rollback", ...) on the current page.
    static QPushButton *answerButton(wizard::UpgradeWizard &w, const QString &value)
    {
        for (QPushButton *b :
             w.currentPage()->findChildren<QPushButton *>(QStringLiteral("answer-") + value))
            if (b->isVisible())
                return b;
        return nullptr;
    }
};

} // namespace upgrade::test
