#include "UpgradeWizard.h"

#include "ConnectionsPage.h"
#include "FinishPage.h"
#include "PlanPage.h"
#include "PreflightPage.h"
#include "ProductionPage.h"
#include "ProfileViewModel.h"
#include "RunViewModel.h"
#include "StagePage.h"
#include "StateIcons.h"
#include "SupportRequestsPage.h"
#include "VerificationPage.h"
#include "WelcomePage.h"
#include "WelcomeViewModel.h"
#include "WizardSession.h"

#include "util/Log.h"

#include <QAbstractButton>
#include <QEvent>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

UpgradeWizard::UpgradeWizard(QWidget *parent)
    : UpgradeWizard(WizardServices::defaults(), parent)
{}

UpgradeWizard::UpgradeWizard(WizardServices services, QWidget *parent)
    : QWizard(parent)
    , m_session(new WizardSession(std::move(services), this))
{
    setObjectName(u"upgradeWizard"_s);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setWindowIcon(StateIcons::application());
    setPixmap(QWizard::LogoPixmap, StateIcons::application().pixmap(48, 48));
    setPage(WelcomePageId, new WelcomePage(m_session, this));
    setPage(ConnectionsPageId, new ConnectionsPage(m_session, this));
    setPage(SupportRequestsPageId, new SupportRequestsPage(m_session, this));
    setPage(PreflightPageId, new PreflightPage(m_session, this));
    setPage(PlanPageId, new PlanPage(m_session, this));
    setPage(TestStagePageId, new StagePage(StageKind::Test, m_session, this));
    setPage(TestVerificationPageId, new VerificationPage(m_session, this));
    setPage(ProductionPageId, new ProductionPage(m_session, this));
    setPage(ProductionStagePageId, new StagePage(StageKind::Production, m_session, this));
    setPage(FinishPageId, new FinishPage(m_session, this));
    setMinimumSize(900, 680);

    connect(m_session->profile(), &ProfileViewModel::documentReset, this,
            &UpgradeWizard::retranslate);
    connect(m_session->run(), &RunViewModel::finished, this, [this] {
        if (m_closeAfterStop) {
            logInfo(u"wizard: the run stopped; closing"_s);
            QWizard::reject();
        }
    });
    retranslate();
}

WelcomeViewModel *UpgradeWizard::welcomeModel() const
{
    return m_session->welcome();
}

void UpgradeWizard::reject()
{
    if (m_closeAfterStop)
        return; // already stopping; closes when the Runner has stopped
    if (!m_session->run()->isBusy()) {
        QWizard::reject();
        return;
    }
    askToClose();
}

void UpgradeWizard::askToClose()
{
    if (m_closeQuestion)
        return;
    m_closeQuestion = new QMessageBox(QMessageBox::Warning, tr("A step is running"),
                                      tr("A step of the upgrade is running. Stop it safely and "
                                         "close? The step is cancelled and the run can be "
                                         "continued from its journal when you start the wizard "
                                         "again."),
                                      QMessageBox::NoButton, this);
    m_closeQuestion->setObjectName(u"closeQuestion"_s);
    QAbstractButton *stop =
            m_closeQuestion->addButton(tr("&Stop and close"), QMessageBox::DestructiveRole);
    stop->setObjectName(u"stopAndClose"_s);
    QAbstractButton *keep =
            m_closeQuestion->addButton(tr("&Keep working"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepWorking"_s);
    m_closeQuestion->setDefaultButton(qobject_cast<QPushButton *>(keep));
    m_closeQuestion->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_closeQuestion, &QMessageBox::buttonClicked, this, [this, stop](QAbstractButton *b) {
        if (b != stop)
            return;
        if (!m_session->run()->isBusy()) {
            QWizard::reject();
            return;
        }
        m_closeAfterStop = true;
        setWindowTitle(tr("Stopping safely…"));
        m_session->run()->cancel();
    });
    connect(m_closeQuestion, &QObject::destroyed, this, [this] { m_closeQuestion = nullptr; });
    m_closeQuestion->open(); // window-modal, without a nested event loop
}

void UpgradeWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void UpgradeWizard::retranslate()
{
    const QString name = m_session->profile()->text(u"name"_s);
    setWindowTitle(name.isEmpty() ? tr("BPMSoft Connector Upgrade")
                                  : tr("BPMSoft Connector Upgrade — %1").arg(name));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
}

} // namespace upgrade::wizard
