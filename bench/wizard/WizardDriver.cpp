#include "WizardDriver.h"

#include "../MachineInfo.h"
#include "FinishViewModel.h"
#include "PackageArchiveViewModel.h"
#include "PageIds.h"
#include "ProductionViewModel.h"
#include "VerificationViewModel.h"
#include "WelcomeViewModel.h"
#include "WizardSession.h"

#include <QEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QWizardPage>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace upgrade::wizard;

namespace upgrade::bench {

WizardDriver::WizardDriver(UpgradeWizard &wizard, const QElapsedTimer &sinceStart, int timeoutMs)
    : m_wizard(wizard)
    , m_sinceStart(sinceStart)
    , m_timeoutMs(timeoutMs)
{
    m_timer.setInterval(25);
    connect(&m_timer, &QTimer::timeout, this, &WizardDriver::tick);
}

void WizardDriver::start(std::function<void(const Result &)> done)
{
    m_done = std::move(done);
    // As bpmsoft-upgrade-wizard --sandbox does (app/wizard/main.cpp).
    WelcomeViewModel *welcome = m_wizard.welcomeModel();
    welcome->setMode(WelcomeViewModel::Sandbox);
    welcome->loadRecentProfiles(false);
    welcome->startSandbox();
    m_wizard.show(); // QWizard chooses its first page here
    if (QWizardPage *first = m_wizard.currentPage())
        first->installEventFilter(this);
    else
        m_wizard.installEventFilter(this);
    m_watchdog.start();
    m_upgradeClock.start();
    m_timer.start();
}

bool WizardDriver::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_result.firstPaintMs < 0) {
        m_result.firstPaintMs = m_sinceStart.elapsed();
        watched->removeEventFilter(this);
        // For the parent, which times from the process's start.
        std::fputs("first-page\n", stdout);
        std::fflush(stdout);
    }
    return false;
}

QString WizardDriver::pageName(int id) const
{
    static const QStringList names{u"Welcome"_s,
                                   u"Connections"_s,
                                   u"SupportRequests"_s,
                                   u"Preflight"_s,
                                   u"Plan"_s,
                                   u"TestStage"_s,
                                   u"TestVerification"_s,
                                   u"Production"_s,
                                   u"ProductionStage"_s,
                                   u"Finish"_s};
    return names.value(id, QString::number(id));
}

void WizardDriver::tick()
{
    if (m_finished)
        return;
    if (m_upgradeClock.elapsed() > m_timeoutMs) {
        finish(false, u"no progress in %1 s on the page %2"_s.arg(m_timeoutMs / 1000)
                              .arg(pageName(m_wizard.currentId())));
        return;
    }
    const int id = m_wizard.currentId();
    QWizardPage *page = m_wizard.currentPage();
    if (!page)
        return;
    if (m_result.pages.isEmpty() || m_result.pages.constLast() != pageName(id))
        m_result.pages.append(pageName(id));
    if (id == FinishPageId) {
        if (m_wizard.session()->finish()->snapshot().has_value())
            finish(true, {});
        return;
    }
    // A step that failed asks; a rehearsal's "happy" scenario should not, but Retry is the
    // answer a person gives first.
    for (QPushButton *b : page->findChildren<QPushButton *>(u"answer-retry"_s))
        if (b->isVisible() && b->isEnabled()) {
            b->click();
            return;
        }
    if (m_nextSentOn == id)
        return; // pressed; waiting for the page to change
    bool ready = page->isComplete();
    if (id == ConnectionsPageId)
        ready = ready &&
                m_wizard.session()->packages()->state() == PackageArchiveViewModel::State::Ready;
    if (id == TestVerificationPageId)
        ready = ready && m_wizard.session()->verification()->hasData();
    if (id == ProductionPageId) {
        if (auto *confirm = page->findChild<QLineEdit *>(u"confirmSiteName"_s);
            confirm && confirm->text().isEmpty()) // typed as a person does: the site's name
            confirm->setText(m_wizard.session()->production()->siteName());
        ready = page->isComplete();
    }
    if (!ready)
        return;
    m_nextSentOn = id;
    m_wizard.next();
}

void WizardDriver::finish(bool ok, const QString &error)
{
    m_finished = true;
    m_timer.stop();
    m_watchdog.stop();
    m_result.ok = ok;
    m_result.error = error;
    m_result.longestStallMs = m_watchdog.longestStallMs();
    m_result.peakResidentBytes = MachineInfo::peakResidentBytes();
    m_result.upgradeSeconds = m_upgradeClock.nsecsElapsed() / 1e9;
    if (m_done)
        m_done(m_result);
}

} // namespace upgrade::bench
