#include "WelcomePage.h"

#include "WelcomeViewModel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

WelcomePage::WelcomePage(WelcomeViewModel *model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_intro(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_onPremise(new QRadioButton(this))
    , m_cloud(new QRadioButton(this))
    , m_sandbox(new QRadioButton(this))
{
    setObjectName(u"welcomePage"_s);
    m_intro->setWordWrap(true);
    m_language->addItem(u"Русский"_s, u"ru"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(m_model->language() == u"ru"_s ? 0 : 1);
    m_languageLabel->setBuddy(m_language);

    auto *modes = new QButtonGroup(this);
    modes->addButton(m_onPremise, WelcomeViewModel::OnPremise);
    modes->addButton(m_cloud, WelcomeViewModel::Cloud);
    modes->addButton(m_sandbox, WelcomeViewModel::Sandbox);
    modes->button(m_model->mode())->setChecked(true);

    auto *language = new QFormLayout;
    language->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(12);
    layout->addLayout(language);
    layout->addSpacing(12);
    layout->addWidget(m_onPremise);
    layout->addWidget(m_cloud);
    layout->addWidget(m_sandbox);
    layout->addStretch();

    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setLanguage(m_language->currentData().toString()); });
    connect(modes, &QButtonGroup::idClicked, this,
            [this](int id) { m_model->setMode(WelcomeViewModel::Mode(id)); });
    // The model may change from elsewhere (--sandbox on the command line): follow it.
    connect(m_model, &WelcomeViewModel::modeChanged, this,
            [modes](WelcomeViewModel::Mode mode) { modes->button(mode)->setChecked(true); });
    retranslate();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void WelcomePage::retranslate()
{
    setTitle(tr("Upgrade of the 1C Connector for BPMSoft"));
    setSubTitle(tr("First on a test site made from a copy of production, then on production."));
    m_intro->setText(tr("This wizard follows the vendor's procedure step by step: it checks the "
                        "site, takes verified backups of the BPMSoft database and the 1C "
                        "infobase, installs the package on a test copy, sets the deduplication "
                        "flag and checks the integration, and only then upgrades production — "
                        "with a way back at every step."));
    m_languageLabel->setText(tr("&Language:"));
    m_onPremise->setText(tr("&On-premise: my own server (IIS or .NET 8 on Linux)"));
    m_cloud->setText(tr("&Cloud: the hosting provider runs the site"));
    m_sandbox->setText(tr("&Rehearse on the sandbox (a simulated site and 1C)"));
    m_language->setAccessibleName(tr("Language"));
}

} // namespace upgrade::wizard
