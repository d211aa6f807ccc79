#include "ProductionPage.h"

#include "ProductionViewModel.h"
#include "StateIcons.h"
#include "WizardSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

ProductionPage::ProductionPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_windowIcon(new QLabel(this))
    , m_window(new QLabel(this))
    , m_backupsTitle(new QLabel(this))
    , m_backups(new QLabel(this))
    , m_rollback(new QLabel(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_confirmHint(new QLabel(this))
{
    setObjectName(u"productionPage"_s);
    setCommitPage(true);
    for (QLabel *label : {m_window, m_backups, m_rollback, m_confirmLabel, m_confirmHint})
        label->setWordWrap(true);
    m_window->setObjectName(u"maintenanceWindow"_s);
    m_backups->setObjectName(u"productionBackups"_s);
    m_backups->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirm->setObjectName(u"confirmSiteName"_s);
    m_confirmHint->setObjectName(u"confirmHint"_s);
    m_confirmLabel->setBuddy(m_confirm);
    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(m_windowIcon, 0, Qt::AlignTop);
    windowRow->addWidget(m_window, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(windowRow);
    layout->addSpacing(8);
    layout->addWidget(m_backupsTitle);
    layout->addWidget(m_backups);
    layout->addSpacing(8);
    layout->addWidget(m_rollback);
    layout->addSpacing(16);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(m_confirmHint);
    layout->addStretch();
    connect(m_confirm, &QLineEdit::textChanged, this, [this] {
        refresh();
        emit completeChanged();
    });
    m_clock.setInterval(30000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        refresh();
        emit completeChanged();
    });
    retranslate();
}

void ProductionPage::initializePage()
{
    m_confirm->clear();
    m_clock.start();
    refresh();
}

bool ProductionPage::isComplete() const
{
    return m_session->production()->canCommit(m_confirm->text());
}

bool ProductionPage::validatePage()
{
    if (!isComplete())
        return false;
    m_clock.stop();
    m_session->production()->commit();
    return true;
}

void ProductionPage::refresh()
{
    ProductionViewModel *vm = m_session->production();
    QString window;
    StateIcons::Kind icon = StateIcons::Kind::Info;
    switch (vm->windowStatus()) {
    case ProductionViewModel::WindowStatus::NotSet:
        window = tr("No maintenance window is set in the profile. Upgrade production when users "
                    "do not work: the site restarts during the installation.");
        icon = StateIcons::Kind::Warning;
        break;
    case ProductionViewModel::WindowStatus::Inside:
        window = tr("Maintenance window: %1. Now is inside it.").arg(vm->windowDescription());
        icon = StateIcons::Kind::Done;
        break;
    case ProductionViewModel::WindowStatus::Outside:
        window = vm->windowBlocks()
                         ? tr("Maintenance window: %1. Now is outside it, and the profile does "
                              "not allow production to be upgraded outside it.")
                                   .arg(vm->windowDescription())
                         : tr("Maintenance window: %1. Now is outside it: users may be working.")
                                   .arg(vm->windowDescription());
        icon = vm->windowBlocks() ? StateIcons::Kind::Blocking : StateIcons::Kind::Warning;
        break;
    }
    m_window->setText(window);
    m_windowIcon->setPixmap(StateIcons::icon(icon).pixmap(24, 24));

    const QStringList backups = vm->backups();
    QStringList items;
    for (const QString &b : backups)
        items << u"• "_s + b.toHtmlEscaped();
    m_backups->setText(items.isEmpty() ? tr("(none in this plan)") : items.join(u"<br>"_s));

    const QString name = vm->siteName();
    m_confirmLabel->setText(tr("To start, type the name of the production site, <b>%1</b>:")
                                    .arg(name.toHtmlEscaped()));
    const QString typed = m_confirm->text().trimmed();
    if (typed.isEmpty())
        m_confirmHint->clear();
    else if (!vm->confirmationMatches(typed))
        m_confirmHint->setText(tr("That is not the production site's name."));
    else
        m_confirmHint->setText(tr("Confirmed. \"Upgrade production\" starts the production "
                                  "stage."));
}

void ProductionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ProductionPage::retranslate()
{
    setTitle(tr("Production"));
    setSubTitle(tr("The test stage passed. Now the same on production — after this page there "
                   "is no way back but the rollback."));
    setButtonText(QWizard::CommitButton, tr("&Upgrade production"));
    m_backupsTitle->setText(tr("<b>Backups taken first</b> (verified before anything changes):"));
    m_rollback->setText(tr("If a step fails, you can retry it or roll back: the databases are "
                           "restored from these backups and the old versions return."));
    m_confirm->setAccessibleName(tr("Production site name"));
    refresh();
}

} // namespace upgrade::wizard
