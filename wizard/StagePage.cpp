#include "StagePage.h"

#include "RunViewModel.h"
#include "StageView.h"
#include "WizardSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

StagePage::StagePage(StageKind stage, WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_stage(stage)
    , m_session(session)
    , m_note(new QLabel(this))
    , m_view(new StageView(session->run()->stage(stage), this))
    , m_continue(new QPushButton(this))
{
    setObjectName(stage == StageKind::Test ? u"testStagePage"_s : u"productionStagePage"_s);
    m_note->setWordWrap(true);
    m_note->setObjectName(u"stageNote"_s);
    m_continue->setObjectName(u"continueStage"_s);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_note, 1);
    bottom->addWidget(m_continue, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    StageViewModel *vm = session->run()->stage(stage);
    connect(vm, &StageViewModel::changed, this, [this] {
        updateButtons();
        emit completeChanged();
    });
    connect(session->run(), &RunViewModel::phaseChanged, this, [this] {
        updateButtons();
        emit completeChanged();
    });
    connect(m_continue, &QPushButton::clicked, this, [this] { m_session->run()->resume(); });
    retranslate();
}

void StagePage::initializePage()
{
    RunViewModel *run = m_session->run();
    StageViewModel *vm = run->stage(m_stage);
    if (!run->isBusy() && !vm->isConcluded()) {
        if (!vm->state())
            run->start(m_stage);
        else if (vm->canContinue())
            run->resume();
    }
    updateButtons();
}

bool StagePage::isComplete() const
{
    const StageViewModel *vm = m_session->run()->stage(m_stage);
    if (m_session->run()->isBusy())
        return false;
    return m_stage == StageKind::Test ? vm->isPassed() : vm->isConcluded();
}

void StagePage::updateButtons()
{
    const StageViewModel *vm = m_session->run()->stage(m_stage);
    const bool canContinue = !m_session->run()->isBusy() && vm->canContinue();
    m_continue->setVisible(canContinue);
    QString note;
    if (canContinue)
        note = tr("The stage stopped. Fix the cause if there is one, then continue: finished "
                  "steps are not repeated.");
    else if (m_stage == StageKind::Test && vm->isPassed())
        note = tr("The test stage passed. Next: its verification results.");
    else if (m_stage == StageKind::Production && vm->isConcluded())
        note = tr("The production stage is over. Next: the summary.");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void StagePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void StagePage::retranslate()
{
    if (m_stage == StageKind::Test) {
        setTitle(tr("Test stage"));
        setSubTitle(tr("On a test site made from a fresh copy of production: back up, restore, "
                       "install the package, set the deduplication flags, run the integration."));
    } else {
        setTitle(tr("Production stage"));
        setSubTitle(tr("Fresh verified backups first, then the package on production, then the "
                       "same checks. If a step fails, you can roll back."));
    }
    m_continue->setText(tr("C&ontinue the stage"));
    updateButtons();
}

} // namespace upgrade::wizard
