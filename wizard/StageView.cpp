#include "StageView.h"

#include "LogModel.h"
#include "PlanViewModel.h"
#include "QuestionPanel.h"
#include "StageViewModel.h"
#include "StateIcons.h"
#include "StateTexts.h"

#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

StageView::StageView(StageViewModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_state(new QLabel(this))
    , m_overallLabel(new QLabel(this))
    , m_overall(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_stepLabel(new QLabel(this))
    , m_step(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_question(new QuestionPanel(model, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_steps(new QTreeWidget)
    , m_logLabel(new QLabel)
    , m_logFilterEdit(new QLineEdit)
    , m_problemsOnly(new QCheckBox)
    , m_copy(new QPushButton)
    , m_log(new QListView)
    , m_filter(new LogFilterModel(this))
{
    setObjectName(u"stageView-"_s + toString(model->kind()));
    m_state->setObjectName(u"stageState"_s);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overall->setObjectName(u"overallProgress"_s);
    m_step->setObjectName(u"stepProgress"_s);
    m_overall->setRange(0, 1000);
    m_step->setRange(0, 1000);
    m_overall->setTextVisible(false);
    m_step->setTextVisible(false);
    m_status->setObjectName(u"stepStatus"_s);
    m_status->setMinimumWidth(50);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clock->setObjectName(u"stageClock"_s);
    m_overallLabel->setBuddy(m_overall);
    m_stepLabel->setBuddy(m_step);

    auto *bars = new QGridLayout;
    bars->addWidget(m_overallLabel, 0, 0);
    bars->addWidget(m_overall, 0, 1);
    bars->addWidget(m_counts, 0, 2);
    bars->addWidget(m_stepLabel, 1, 0);
    bars->addWidget(m_step, 1, 1);
    bars->addWidget(m_clock, 1, 2);
    bars->setColumnStretch(1, 1);

    m_steps->setObjectName(u"stepsView"_s);
    m_steps->setColumnCount(3);
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->header()->setStretchLastSection(true);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Columns fit the view (fitStepColumns): long titles are elided, never scrolled sideways.
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->viewport()->installEventFilter(this);

    m_filter->setSourceModel(model->log());
    m_log->setObjectName(u"logView"_s);
    m_log->setModel(m_filter);
    m_log->setUniformItemSizes(true);
    m_log->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_log->setWordWrap(false);
    m_logFilterEdit->setObjectName(u"logFilter"_s);
    m_logFilterEdit->setClearButtonEnabled(true);
    m_problemsOnly->setObjectName(u"logProblemsOnly"_s);
    m_copy->setObjectName(u"logCopy"_s);
    m_logLabel->setBuddy(m_logFilterEdit);

    auto *logBox = new QWidget;
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *logBar = new QHBoxLayout;
    logBar->addWidget(m_logLabel);
    logBar->addWidget(m_logFilterEdit, 1);
    logBar->addWidget(m_problemsOnly);
    logBar->addWidget(m_copy);
    logLayout->addLayout(logBar);
    logLayout->addWidget(m_log, 1);
    m_splitter->addWidget(m_steps);
    m_splitter->addWidget(logBox);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addLayout(bars);
    layout->addWidget(m_status);
    layout->addWidget(m_question);
    layout->addWidget(m_splitter, 1);

    connect(m_logFilterEdit, &QLineEdit::textChanged, m_filter, &LogFilterModel::setText);
    connect(m_problemsOnly, &QCheckBox::toggled, m_filter, &LogFilterModel::setProblemsOnly);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_filter->visibleText()); });
    // Follow the log while it is scrolled to the end (once for a burst of lines).
    m_follow.setSingleShot(true);
    m_follow.setInterval(0);
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        if (m_follow.isActive())
            return;
        QScrollBar *bar = m_log->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            m_follow.start();
    });
    connect(&m_follow, &QTimer::timeout, m_log, &QListView::scrollToBottom);
    m_stateRefresh.setSingleShot(true);
    m_stepsRefresh.setSingleShot(true);
    connect(&m_stateRefresh, &QTimer::timeout, this, &StageView::updateState);
    connect(&m_stepsRefresh, &QTimer::timeout, this, &StageView::updateSteps);
    connect(m_model, &StageViewModel::changed, this,
            [this] { schedule(m_stateRefresh, m_lastState); });
    connect(m_model, &StageViewModel::stepsChanged, this,
            [this] { schedule(m_stepsRefresh, m_lastSteps); });
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &StageView::updateClock);
    retranslate();
}

void StageView::schedule(QTimer &timer, const QElapsedTimer &last)
{
    if (timer.isActive())
        return;
    timer.start(last.isValid()
                        ? int(qBound<qint64>(0, RefreshMs - last.elapsed(), qint64(RefreshMs)))
                        : 0);
}

void StageView::updateState()
{
    m_stateRefresh.stop();
    m_lastState.start();
    const StageViewModel &m = *m_model;
    QString state;
    if (m.isWaiting())
        state = tr("Starting…");
    else if (m.isRollingBack())
        state = tr("Rolling back: the databases are restored from this run's backups.");
    else if (!m.state())
        state = tr("Not started yet.");
    else if (*m.state() == StageState::Running)
        state = m.question() ? tr("Waiting for your answer.") : tr("Running.");
    else
        state = m.message().isEmpty() ? StateTexts::stage(*m.state()) : m.message();
    m_state->setText(state);
    const bool bad =
            m.state() && (*m.state() == StageState::Failed || *m.state() == StageState::Blocked ||
                          *m.state() == StageState::RollbackFailed);
    m_state->setStyleSheet(bad ? u"color: #b01e1e; font-weight: bold;"_s : u"font-weight: bold;"_s);
    m_overall->setValue(int(m.stageFraction() * 1000));
    if (m.stepFraction() < 0) {
        m_step->setRange(0, 0);
    } else {
        m_step->setRange(0, 1000);
        m_step->setValue(m.isActive() ? int(m.stepFraction() * 1000) : 0);
    }
    m_counts->setText(tr("%1 of %2 steps").arg(m.doneStepCount()).arg(m.mainStepCount()));
    m_status->setText(m.status());
    m_status->setVisible(!m.status().isEmpty());
    if (m.isActive() && !m_timer.isActive())
        m_timer.start();
    else if (!m.isActive())
        m_timer.stop();
    updateClock();
}

void StageView::updateClock()
{
    const qint64 elapsed = m_model->elapsedMs();
    const std::optional<qint64> left = m_model->remainingMs();
    if (elapsed <= 0 && !m_model->isActive()) {
        m_clock->clear();
        return;
    }
    m_clock->setText(m_model->isActive()
                             ? tr("%1 elapsed, %2 left")
                                       .arg(PlanViewModel::formatClock(elapsed),
                                            left ? PlanViewModel::formatClock(*left) : u"…"_s)
                             : tr("took %1").arg(PlanViewModel::formatClock(elapsed)));
}

void StageView::updateSteps()
{
    m_stepsRefresh.stop();
    m_lastSteps.start();
    const QList<StageViewModel::StepItem> &steps = m_model->steps();
    while (m_steps->topLevelItemCount() > steps.size())
        delete m_steps->takeTopLevelItem(m_steps->topLevelItemCount() - 1);
    while (m_steps->topLevelItemCount() < steps.size())
        m_steps->addTopLevelItem(new QTreeWidgetItem);
    for (int i = 0; i < steps.size(); ++i) {
        const StageViewModel::StepItem &s = steps.at(i);
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        item->setText(0, s.rollback ? tr("Rollback: %1").arg(s.title) : s.title);
        item->setToolTip(0, item->text(0));
        item->setIcon(0, StateIcons::step(s.state));
        item->setData(0, Qt::UserRole, s.id);
        QFont font = item->font(0);
        font.setBold(s.state == StepState::Running);
        font.setItalic(s.rollback);
        item->setFont(0, font);
        item->setIcon(1, s.destructive ? StateIcons::icon(StateIcons::Kind::Destructive) : QIcon());
        item->setText(1, s.destructive ? tr("changes data") : QString());
        item->setToolTip(1, s.destructive ? tr("Runs only after a verified backup of this run and "
                                               "a fresh check that the target is the one in the "
                                               "profile.")
                                          : QString());
        QString result = StateTexts::step(s.state);
        if (s.attempts > 1)
            result += tr(" (attempt %1)").arg(s.attempts);
        if (!s.message.isEmpty())
            result += u": "_s + s.message;
        item->setText(2, result);
        item->setToolTip(2, s.details.isEmpty() ? s.message : s.message + u"\n\n"_s + s.details);
        item->setForeground(2, s.state == StepState::Failed || s.state == StepState::Blocked
                                       ? QBrush(QColor(0xb0, 0x1e, 0x1e))
                                       : QBrush());
        if (s.state == StepState::Running)
            m_steps->scrollToItem(item);
    }
    fitStepColumns();
    // All steps in view (up to 8); the log takes the rest.
    const int rows = std::min(int(steps.size()), 8);
    const int rowHeight = steps.isEmpty() ? 20 : m_steps->sizeHintForRow(0);
    const int height = m_steps->header()->sizeHint().height() + rows * rowHeight +
                       2 * m_steps->frameWidth() + 4;
    m_steps->setMinimumHeight(height);
    if (height != m_stepsHeight) {
        m_stepsHeight = height;
        fitSplitter();
    }
}

void StageView::fitSplitter()
{
    // The steps get the room they need; the log the rest (the person may drag it later).
    const int total = m_splitter->height() - m_splitter->handleWidth();
    if (total > m_stepsHeight)
        m_splitter->setSizes({m_stepsHeight, total - m_stepsHeight});
}

void StageView::fitStepColumns()
{
    // The titles as wide as they need, but never pushing "Data" and the state in "Result" out
    // of view (long Russian titles did): a longer title is elided, its tooltip has it whole.
    m_steps->resizeColumnToContents(0);
    const QFontMetrics metrics = m_steps->fontMetrics();
    int result = m_steps->header()->fontMetrics().horizontalAdvance(m_steps->headerItem()->text(2));
    for (const StageViewModel::StepItem &s : m_model->steps())
        result = std::max(result, metrics.horizontalAdvance(StateTexts::step(s.state)));
    const int room = m_steps->viewport()->width() - m_steps->columnWidth(1) - result -
                     4 * m_steps->style()->pixelMetric(QStyle::PM_HeaderMargin) - 8;
    if (m_steps->columnWidth(0) > room)
        m_steps->setColumnWidth(0, std::max(room, m_steps->viewport()->width() / 3));
}

void StageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitSplitter();
}

bool StageView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_steps->viewport() && event->type() == QEvent::Resize)
        fitStepColumns();
    return QWidget::eventFilter(watched, event);
}

void StageView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StageView::retranslate()
{
    m_overallLabel->setText(tr("Stage:"));
    m_stepLabel->setText(tr("Step:"));
    m_overall->setAccessibleName(tr("Progress of the stage"));
    m_step->setAccessibleName(tr("Progress of the step"));
    m_steps->setHeaderLabels({tr("Step"), tr("Data"), tr("Result")});
    m_steps->setAccessibleName(tr("Steps of the stage"));
    m_logLabel->setText(tr("&Log:"));
    m_logFilterEdit->setPlaceholderText(tr("Filter the log"));
    m_logFilterEdit->setAccessibleName(tr("Filter the log"));
    m_problemsOnly->setText(tr("&Problems only"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the lines shown to the clipboard"));
    m_log->setAccessibleName(tr("Log of the stage"));
    updateState();
    updateSteps();
}

} // namespace upgrade::wizard
