#include "PreflightPage.h"

#include "RunViewModel.h"
#include "StageView.h"
#include "StateIcons.h"
#include "WizardSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

PreflightPage::PreflightPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_findings(new QScrollArea)
    , m_findingsBox(new QWidget)
    , m_findingsLayout(new QVBoxLayout(m_findingsBox))
    , m_recheck(new QPushButton(this))
    , m_stage(new StageView(session->run()->stage(StageKind::Preparation)))
{
    setObjectName(u"preflightPage"_s);
    m_summary->setObjectName(u"preflightSummary"_s);
    m_summary->setWordWrap(true);
    m_findings->setObjectName(u"findingsView"_s);
    m_findings->setWidget(m_findingsBox);
    m_findings->setWidgetResizable(true);
    m_findingsBox->setBackgroundRole(QPalette::Base);
    m_findingsBox->setAutoFillBackground(true);
    m_findingsLayout->addStretch();
    m_recheck->setObjectName(u"recheck"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_recheck, 0, Qt::AlignTop);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_findings);
    splitter->addWidget(m_stage);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    StageViewModel *stage = session->run()->stage(StageKind::Preparation);
    connect(stage, &StageViewModel::findingsChanged, this, &PreflightPage::updateFindings);
    connect(stage, &StageViewModel::changed, this, [this] {
        updateFindings();
        updateButtons();
        emit completeChanged();
    });
    connect(session->run(), &RunViewModel::phaseChanged, this, &PreflightPage::updateButtons);
    connect(m_recheck, &QPushButton::clicked, this, &PreflightPage::recheck);
    retranslate();
}

void PreflightPage::initializePage()
{
    StageViewModel *stage = m_session->run()->stage(StageKind::Preparation);
    if (!stage->isPassed() && !m_session->run()->isBusy())
        m_session->run()->start(StageKind::Preparation);
    updateFindings();
    updateButtons();
}

void PreflightPage::cleanupPage()
{
    // Back to the connections: the checks are read-only, stopping them is safe.
    if (m_session->run()->isBusy())
        m_session->run()->cancel();
}

bool PreflightPage::isComplete() const
{
    return m_session->run()->stage(StageKind::Preparation)->isPassed() &&
           !m_session->run()->isBusy();
}

void PreflightPage::recheck()
{
    RunViewModel *run = m_session->run();
    if (run->isBusy())
        return;
    // After it passed, a fresh check is a new run (nothing was changed yet).
    if (run->stage(StageKind::Preparation)->isPassed())
        run->discardRun();
    run->start(StageKind::Preparation);
}

void PreflightPage::updateButtons()
{
    m_recheck->setEnabled(!m_session->run()->isBusy());
}

void PreflightPage::updateFindings()
{
    StageViewModel *stage = m_session->run()->stage(StageKind::Preparation);
    const auto &findings = stage->findings();
    // One row per finding: its icon, what is wrong, and how to fix it — wrapped, never cut.
    while (m_findingsLayout->count() > 1) {
        QLayoutItem *item = m_findingsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    int blocking = 0;
    for (const auto &f : findings) {
        auto *row = new QWidget(m_findingsBox);
        row->setObjectName(u"finding"_s);
        auto *icon = new QLabel(row);
        icon->setPixmap(StateIcons::icon(f.finding.isBlocking() ? StateIcons::Kind::Blocking
                                                                : StateIcons::Kind::Warning)
                                .pixmap(20, 20));
        icon->setToolTip(f.finding.isBlocking() ? tr("Blocking: the upgrade cannot start")
                                                : tr("Warning"));
        auto *text = new QLabel(row);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setText(u"<b>%1</b><br>%2"_s.arg(
                f.finding.message.toHtmlEscaped(),
                tr("How to fix: %1").arg(f.finding.howToFix.toHtmlEscaped())));
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(4, 2, 4, 2);
        layout->addWidget(icon, 0, Qt::AlignTop);
        layout->addWidget(text, 1);
        m_findingsLayout->insertWidget(m_findingsLayout->count() - 1, row);
        blocking += f.finding.isBlocking() ? 1 : 0;
    }
    m_findings->setVisible(!findings.isEmpty());
    // Room for the findings (up to a third of the page); the stage takes the rest.
    const int width = std::max(m_findings->viewport()->width(), 600);
    m_findings->setMinimumHeight(std::min(m_findingsBox->heightForWidth(width) + 6, 220));
    QString summary;
    if (stage->isActive())
        summary = tr("Checking production (read-only): versions, the package, disk space, the "
                     "maintenance window and connections; then the sources are generated and "
                     "everything is compiled.");
    else if (stage->isPassed())
        summary = findings.isEmpty() ? tr("No problems found. Production is ready for the upgrade.")
                                     : tr("Ready, with %n warning(s). Read them before you go on.",
                                          nullptr, int(findings.size()));
    else if (blocking > 0)
        summary = tr("%n blocking problem(s). Fix them as described, then check again.", nullptr,
                     blocking);
    else if (stage->state())
        summary = tr("The check did not finish. See the log below, then check again.");
    else
        summary = tr("The check starts when this page opens.");
    m_summary->setText(summary);
}

void PreflightPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void PreflightPage::retranslate()
{
    setTitle(tr("Preflight"));
    setSubTitle(tr("Before anything changes: is production ready for the upgrade?"));
    m_findings->setAccessibleName(tr("Findings of the check"));
    m_recheck->setText(tr("Check &again"));
    updateFindings();
}

} // namespace upgrade::wizard
