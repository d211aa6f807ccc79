#include "UpgradeWizard.h"

#include "WelcomePage.h"
#include "WelcomeViewModel.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

UpgradeWizard::UpgradeWizard(QWidget *parent)
    : QWizard(parent)
    , m_welcome(new WelcomeViewModel(this))
{
    setObjectName(u"upgradeWizard"_s);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(WelcomePageId, new WelcomePage(m_welcome, this));
    setMinimumSize(760, 560);
    retranslate();
}

void UpgradeWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void UpgradeWizard::retranslate()
{
    setWindowTitle(tr("BPMSoft Connector Upgrade"));
}

} // namespace upgrade::wizard
