#include "WelcomePage.h"

#include "PageIds.h"
#include "ProfileViewModel.h"
#include "RunViewModel.h"
#include "WelcomeViewModel.h"
#include "WizardSession.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

WelcomePage::WelcomePage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_modeBox(new QGroupBox(this))
    , m_onPremise(new QRadioButton(m_modeBox))
    , m_cloud(new QRadioButton(m_modeBox))
    , m_sandbox(new QRadioButton(m_modeBox))
    , m_profileBox(new QGroupBox(this))
    , m_recentLabel(new QLabel(m_profileBox))
    , m_recent(new QComboBox(m_profileBox))
    , m_open(new QPushButton(m_profileBox))
    , m_create(new QPushButton(m_profileBox))
    , m_profileStatus(new QLabel(m_profileBox))
    , m_sandboxBox(new QGroupBox(this))
    , m_scenarioLabel(new QLabel(m_sandboxBox))
    , m_scenario(new QComboBox(m_sandboxBox))
    , m_sandboxStatus(new QLabel(m_sandboxBox))
    , m_resumeBox(new QGroupBox(this))
    , m_resumeText(new QLabel(m_resumeBox))
    , m_resume(new QCheckBox(m_resumeBox))
{
    setObjectName(u"welcomePage"_s);
    WelcomeViewModel *vm = session->welcome();
    m_intro->setWordWrap(true);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(u"Русский"_s, u"ru"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(vm->language() == u"ru"_s ? 0 : 1);
    m_languageLabel->setBuddy(m_language);
    m_onPremise->setObjectName(u"modeOnPremise"_s);
    m_cloud->setObjectName(u"modeCloud"_s);
    m_sandbox->setObjectName(u"modeSandbox"_s);
    m_recent->setObjectName(u"recentProfiles"_s);
    m_recent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recent->setMinimumContentsLength(20);
    m_open->setObjectName(u"openProfile"_s);
    m_create->setObjectName(u"newProfile"_s);
    m_profileStatus->setObjectName(u"profileStatus"_s);
    m_profileStatus->setWordWrap(true);
    m_profileStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recentLabel->setBuddy(m_recent);
    m_scenario->setObjectName(u"scenario"_s);
    m_scenario->addItems(vm->scenarios());
    m_scenarioLabel->setBuddy(m_scenario);
    m_sandboxStatus->setObjectName(u"sandboxStatus"_s);
    m_sandboxStatus->setWordWrap(true);
    m_sandboxStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resumeText->setObjectName(u"resumeText"_s);
    m_resumeText->setWordWrap(true);
    m_resume->setObjectName(u"resumeRun"_s);

    auto *modes = new QButtonGroup(this);
    modes->addButton(m_onPremise, WelcomeViewModel::OnPremise);
    modes->addButton(m_cloud, WelcomeViewModel::Cloud);
    modes->addButton(m_sandbox, WelcomeViewModel::Sandbox);
    modes->button(vm->mode())->setChecked(true);
    auto *modeLayout = new QVBoxLayout(m_modeBox);
    modeLayout->addWidget(m_onPremise);
    modeLayout->addWidget(m_cloud);
    modeLayout->addWidget(m_sandbox);

    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_recentLabel);
    profileRow->addWidget(m_recent, 1);
    profileRow->addWidget(m_open);
    profileRow->addWidget(m_create);
    auto *profileLayout = new QVBoxLayout(m_profileBox);
    profileLayout->addLayout(profileRow);
    profileLayout->addWidget(m_profileStatus);

    auto *scenarioRow = new QHBoxLayout;
    scenarioRow->addWidget(m_scenarioLabel);
    scenarioRow->addWidget(m_scenario, 1);
    auto *sandboxLayout = new QVBoxLayout(m_sandboxBox);
    sandboxLayout->addLayout(scenarioRow);
    sandboxLayout->addWidget(m_sandboxStatus);

    auto *resumeLayout = new QVBoxLayout(m_resumeBox);
    resumeLayout->addWidget(m_resumeText);
    resumeLayout->addWidget(m_resume);

    auto *language = new QHBoxLayout;
    language->addWidget(m_languageLabel);
    language->addWidget(m_language);
    language->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(language);
    layout->addWidget(m_modeBox);
    layout->addWidget(m_profileBox);
    layout->addWidget(m_sandboxBox);
    layout->addWidget(m_resumeBox);
    layout->addStretch();

    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_session->welcome()->setLanguage(m_language->currentData().toString()); });
    connect(modes, &QButtonGroup::idClicked, this,
            [this](int id) { m_session->welcome()->setMode(WelcomeViewModel::Mode(id)); });
    // The model may change from elsewhere (--sandbox on the command line): follow it.
    connect(vm, &WelcomeViewModel::modeChanged, this, [this, modes](WelcomeViewModel::Mode mode) {
        modes->button(mode)->setChecked(true);
        updateMode();
    });
    connect(vm, &WelcomeViewModel::recentProfilesChanged, this, &WelcomePage::updateProfile);
    connect(vm, &WelcomeViewModel::profileStateChanged, this, &WelcomePage::updateProfile);
    connect(vm, &WelcomeViewModel::unfinishedRunChanged, this, &WelcomePage::updateResume);
    connect(vm, &WelcomeViewModel::sandboxStateChanged, this, &WelcomePage::updateSandbox);
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        const QString path = m_recent->itemData(index).toString();
        if (!path.isEmpty() && path != m_session->welcome()->profilePath())
            m_session->welcome()->openProfile(path);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
                this, tr("Open a profile"), QFileInfo(m_session->welcome()->profilePath()).path(),
                tr("Profiles (*.json);;All files (*)"));
        if (!path.isEmpty())
            m_session->welcome()->openProfile(path);
    });
    connect(m_create, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
                this, tr("Create a profile"), QDir::home().filePath(u"upgrade-profile.json"_s),
                tr("Profiles (*.json)"));
        if (!path.isEmpty())
            m_session->welcome()->createProfile(path);
    });
    connect(m_scenario, &QComboBox::currentTextChanged, vm, &WelcomeViewModel::setScenario);
    connect(m_resume, &QCheckBox::toggled, vm, &WelcomeViewModel::setResumeChosen);
    connect(session->run(), &RunViewModel::runOpened, this, [this](bool ok, const QString &error) {
        if (!m_advancePending)
            return;
        m_advancePending = false;
        if (!ok) {
            m_resumeText->setText(tr("The run cannot be continued: %1").arg(error));
            return;
        }
        m_resumed = true;
        wizard()->next();
    });
    retranslate();
    updateMode();
}

bool WelcomePage::isComplete() const
{
    const WelcomeViewModel *vm = m_session->welcome();
    if (m_advancePending || vm->profileState() == WelcomeViewModel::ProfileState::Loading)
        return false;
    if (vm->mode() == WelcomeViewModel::Sandbox)
        return vm->sandboxState() != WelcomeViewModel::SandboxState::Starting &&
               m_session->services().sandbox != nullptr;
    return vm->isReady();
}

bool WelcomePage::validatePage()
{
    WelcomeViewModel *vm = m_session->welcome();
    if (m_advancePending)
        return false;
    if (vm->mode() == WelcomeViewModel::Sandbox &&
        (vm->sandboxState() != WelcomeViewModel::SandboxState::Ready || !vm->isReady() ||
         vm->secretsFile() != vm->rehearsal()->secretsFile ||
         vm->profilePath() != QFileInfo(vm->rehearsal()->profilePath).absoluteFilePath())) {
        // Start the sandbox, then come back here when its profile is open.
        m_advancePending = true;
        vm->startSandbox();
        emit completeChanged();
        return false;
    }
    if (!vm->isReady())
        return false;
    if (vm->resumeChosen()) {
        // Opened already (this is the second call, after runOpened): go on.
        if (m_resumed && m_session->run()->runDirectory() == vm->unfinishedRun()->runDirectory)
            return true;
        m_resumed = false;
        m_advancePending = true;
        emit completeChanged();
        m_session->run()->openRun(vm->unfinishedRun()->runDirectory,
                                  m_session->profile()->typedSecrets(), vm->secretsFile());
        return false;
    }
    m_resumed = false;
    return true;
}

void WelcomePage::advance()
{
    if (!m_advancePending)
        return;
    m_advancePending = false;
    emit completeChanged();
    if (m_session->welcome()->isReady())
        wizard()->next();
}

int WelcomePage::nextId() const
{
    if (!m_resumed)
        return ConnectionsPageId;
    const RunViewModel *run = m_session->run();
    const auto passed = [run](StageKind kind) { return run->stage(kind)->isPassed(); };
    const auto started = [run](StageKind kind) { return run->stage(kind)->state().has_value(); };
    switch (run->recordedTarget().value_or(StageKind::Preparation)) {
    case StageKind::Production:
        return started(StageKind::Production) ? ProductionStagePageId : ProductionPageId;
    case StageKind::Test:
        return passed(StageKind::Test) ? TestVerificationPageId : TestStagePageId;
    case StageKind::Preparation:
        return passed(StageKind::Preparation) ? PlanPageId : PreflightPageId;
    }
    return PreflightPageId;
}

void WelcomePage::updateMode()
{
    const bool sandbox = m_session->welcome()->mode() == WelcomeViewModel::Sandbox;
    m_profileBox->setVisible(!sandbox);
    m_sandboxBox->setVisible(sandbox);
    m_sandbox->setEnabled(m_session->services().sandbox != nullptr);
    updateResume();
    updateSandbox();
    emit completeChanged();
}

void WelcomePage::updateProfile()
{
    const WelcomeViewModel *vm = m_session->welcome();
    {
        const QSignalBlocker block(m_recent);
        m_recent->clear();
        QStringList paths = vm->recentProfiles();
        if (!vm->profilePath().isEmpty() && !paths.contains(vm->profilePath()))
            paths.prepend(vm->profilePath());
        for (const QString &path : paths)
            m_recent->addItem(QDir::toNativeSeparators(path), path);
        if (paths.isEmpty())
            m_recent->addItem(tr("(no profile yet: open or create one)"), QString());
        m_recent->setCurrentIndex(std::max(0, m_recent->findData(vm->profilePath())));
    }
    QString status;
    switch (vm->profileState()) {
    case WelcomeViewModel::ProfileState::None:
        status = tr("A profile describes production, the test copy and the package. Open yours, "
                    "or create a new one.");
        break;
    case WelcomeViewModel::ProfileState::Loading:
        status = tr("Reading the profile…");
        break;
    case WelcomeViewModel::ProfileState::Loaded: {
        const QString name = m_session->profile()->text(u"name"_s);
        status = name.isEmpty() ? tr("The profile is open.")
                                : tr("The profile \"%1\" is open.").arg(name);
        if (!vm->profileMessage().isEmpty())
            status += u' ' + vm->profileMessage();
        break;
    }
    case WelcomeViewModel::ProfileState::Failed:
        status = vm->profileMessage();
        break;
    }
    m_profileStatus->setText(status);
    m_profileStatus->setStyleSheet(vm->profileState() == WelcomeViewModel::ProfileState::Failed
                                           ? u"color: #b01e1e;"_s
                                           : QString());
    updateSandbox();
    emit completeChanged();
    if (m_advancePending && vm->mode() == WelcomeViewModel::Sandbox &&
        vm->profileState() == WelcomeViewModel::ProfileState::Loaded)
        advance();
    if (vm->profileState() == WelcomeViewModel::ProfileState::Failed && m_advancePending) {
        m_advancePending = false;
        emit completeChanged();
    }
}

void WelcomePage::updateResume()
{
    const WelcomeViewModel *vm = m_session->welcome();
    const bool offer = vm->unfinishedRun().has_value();
    m_resumeBox->setVisible(offer);
    if (!offer)
        return;
    m_resumeText->setText(vm->describeUnfinishedRun());
    const QSignalBlocker block(m_resume);
    m_resume->setChecked(vm->resumeChosen());
}

void WelcomePage::updateSandbox()
{
    const WelcomeViewModel *vm = m_session->welcome();
    QString text = vm->sandboxMessage();
    if (vm->sandboxState() == WelcomeViewModel::SandboxState::Idle)
        text = tr("Next starts a simulated production site and 1C on this computer and writes a "
                  "profile for them; nothing else is touched.");
    m_sandboxStatus->setText(text);
    m_sandboxStatus->setStyleSheet(vm->sandboxState() == WelcomeViewModel::SandboxState::Failed
                                           ? u"color: #b01e1e;"_s
                                           : QString());
    m_scenario->setEnabled(vm->sandboxState() != WelcomeViewModel::SandboxState::Starting &&
                           vm->sandboxState() != WelcomeViewModel::SandboxState::Ready);
    if (vm->sandboxState() == WelcomeViewModel::SandboxState::Failed && m_advancePending) {
        m_advancePending = false;
    }
    emit completeChanged();
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
    m_language->setAccessibleName(tr("Language"));
    m_modeBox->setTitle(tr("Where is your BPMSoft?"));
    m_onPremise->setText(tr("&On-premise: my own server (IIS or .NET 8 on Linux)"));
    m_cloud->setText(tr("&Cloud: the hosting provider runs the site"));
    m_sandbox->setText(tr("&Rehearse on the sandbox (a simulated site and 1C)"));
    m_profileBox->setTitle(tr("Profile"));
    m_recentLabel->setText(tr("&Profile:"));
    m_recent->setAccessibleName(tr("Recent profiles"));
    m_open->setText(tr("&Open…"));
    m_create->setText(tr("&New…"));
    m_open->setAccessibleName(tr("Open a profile"));
    m_create->setAccessibleName(tr("Create a profile"));
    m_sandboxBox->setTitle(tr("Rehearsal"));
    m_scenarioLabel->setText(tr("&Scenario:"));
    m_scenario->setAccessibleName(tr("Sandbox scenario"));
    m_resumeBox->setTitle(tr("Unfinished run"));
    m_resume->setText(tr("Con&tinue this run (recommended)"));
    updateProfile();
    updateResume();
    updateSandbox();
}

} // namespace upgrade::wizard
