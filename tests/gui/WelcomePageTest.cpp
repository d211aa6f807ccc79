#include "QtPrinters.h"
#include "TestEnvironment.h"
#include "UpgradeWizard.h"
#include "WaitUntil.h"
#include "WelcomeViewModel.h"
#include "util/Translations.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;
using namespace upgrade::wizard;

namespace {

TEST(WelcomePage, ShowsAndSwitchesLanguageLive)
{
    Translations::install(u"en"_s);
    UpgradeWizard w;
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    EXPECT_EQ(w.windowTitle(), u"BPMSoft Connector Upgrade"_s);
    auto *page = w.currentPage();
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->objectName(), u"welcomePage"_s);
    EXPECT_TRUE(page->title().contains(u"1C Connector"_s));

    auto *combo = page->findChild<QComboBox *>();
    ASSERT_NE(combo, nullptr);
    combo->setCurrentIndex(combo->findData(u"ru"_s));
    EXPECT_EQ(w.welcomeModel()->language(), u"ru"_s);
    // LanguageChange reaches the widgets through the event loop.
    EXPECT_TRUE(test::waitUntil([&] { return page->title().contains(u"Обновление"_s); }, 5000))
            << page->title().toStdString();
    EXPECT_EQ(w.windowTitle(), u"Обновление коннектора BPMSoft"_s);

    // Every visible label and button of the page is translated: no English left.
    for (auto *label : page->findChildren<QLabel *>())
        EXPECT_FALSE(label->text().contains(u"the "_s)) << label->text().toStdString();
    for (auto *button : page->findChildren<QRadioButton *>())
        EXPECT_FALSE(button->text().contains(u"the "_s)) << button->text().toStdString();

    combo->setCurrentIndex(combo->findData(u"en"_s));
    EXPECT_TRUE(test::waitUntil([&] { return page->title().contains(u"1C Connector"_s); }, 5000));
    Translations::install(u"en"_s);
}

TEST(WelcomePage, ModeFollowsTheRadioButtons)
{
    UpgradeWizard w;
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    auto buttons = w.currentPage()->findChildren<QRadioButton *>();
    ASSERT_EQ(buttons.size(), 3);
    buttons.at(2)->click();
    EXPECT_EQ(w.welcomeModel()->mode(), WelcomeViewModel::Sandbox);
    buttons.at(1)->click();
    EXPECT_EQ(w.welcomeModel()->mode(), WelcomeViewModel::Cloud);
    // And the other way: the page follows the model.
    w.welcomeModel()->setMode(WelcomeViewModel::OnPremise);
    EXPECT_TRUE(buttons.at(0)->isChecked());
}

} // namespace
