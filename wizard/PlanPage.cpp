#include "PlanPage.h"

#include "PlanViewModel.h"
#include "RunViewModel.h"
#include "StateIcons.h"
#include "WizardSession.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

PlanPage::PlanPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_tree(new QTreeWidget(this))
    , m_backups(new QLabel(this))
    , m_legend(new QLabel(this))
{
    setObjectName(u"planPage"_s);
    setCommitPage(true);
    m_tree->setObjectName(u"planTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->viewport()->installEventFilter(this); // rows as tall as their wrapped text
    m_backups->setObjectName(u"planBackups"_s);
    m_backups->setWordWrap(true);
    m_backups->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_legend->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_backups);
    layout->addWidget(m_legend);
    connect(session->plan(), &PlanViewModel::changed, this, &PlanPage::refresh);
    retranslate();
}

void PlanPage::initializePage()
{
    refresh();
}

void PlanPage::refresh()
{
    PlanViewModel *plan = m_session->plan();
    m_tree->clear();
    QHash<int, QTreeWidgetItem *> stages;
    for (const PlanViewModel::Row &row : plan->rows()) {
        QTreeWidgetItem *&stage = stages[int(row.stage)];
        if (!stage) {
            stage = new QTreeWidgetItem(m_tree);
            stage->setText(0, stageTitle(row.stage));
            stage->setText(1,
                           PlanViewModel::formatStageEstimate(plan->estimateMs(row.stage),
                                                              plan->hasUnknownEstimate(row.stage)));
            QFont bold = stage->font(0);
            bold.setBold(true);
            for (int c = 0; c < 2; ++c)
                stage->setFont(c, bold);
            stage->setFirstColumnSpanned(false);
        }
        auto *item = new QTreeWidgetItem(stage);
        item->setData(0, Qt::UserRole, row.id);
        // The step, and under it where it acts.
        const QString title =
                row.rollback ? tr("If it fails — roll back: %1").arg(row.title) : row.title;
        item->setText(0, title + u'\n' + row.where);
        item->setToolTip(0, title + u'\n' + row.where);
        item->setText(1, PlanViewModel::formatEstimate(row.estimateMs));
        if (row.destructive) {
            item->setIcon(0, StateIcons::icon(StateIcons::Kind::Destructive));
            item->setToolTip(0, row.backupsNeeded.isEmpty()
                                        ? tr("Changes data.")
                                        : tr("Changes data; runs only after these verified "
                                             "backups of this run: %1")
                                                  .arg(row.backupsNeeded.join(u"; "_s)));
        } else {
            item->setIcon(0, StateIcons::icon(StateIcons::Kind::Pending));
        }
        if (row.rollback) {
            QFont italic = item->font(0);
            italic.setItalic(true);
            item->setFont(0, italic);
        }
    }
    m_tree->expandAll();
    fitRowHeights();

    QStringList lines;
    for (StageKind kind : {StageKind::Test, StageKind::Production}) {
        const QStringList backups = plan->backupsTaken(kind);
        if (!backups.isEmpty()) {
            QStringList items;
            for (const QString &b : backups)
                items << u"• "_s + b.toHtmlEscaped();
            lines << tr("<b>%1</b> takes these backups:").arg(stageTitle(kind)) + u"<br>"_s +
                             items.join(u"<br>"_s);
        }
    }
    m_backups->setText(lines.join(u"<br>"_s));
}

void PlanPage::fitRowHeights()
{
    // QTreeView sizes a row by its unwrapped lines; a long title wrapped in the column would
    // push the "where" line out of the row. Each step's row gets the height of its text as
    // wrapped in the column's width.
    const QFontMetrics metrics = m_tree->fontMetrics();
    const int margins = m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) * 2 + 8;
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *stage = m_tree->topLevelItem(s);
        for (int i = 0; i < stage->childCount(); ++i) {
            QTreeWidgetItem *item = stage->child(i);
            const int width = m_tree->columnWidth(0) - 2 * m_tree->indentation() -
                              m_tree->iconSize().width() - margins;
            if (width <= 0)
                continue;
            const int height = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap,
                                                    item->text(0))
                                       .height() +
                               4;
            if (item->sizeHint(0).height() != height)
                item->setSizeHint(0, QSize(0, height));
        }
    }
}

bool PlanPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitRowHeights();
    return QWizardPage::eventFilter(watched, event);
}

void PlanPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_session->run()->retranslate();
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void PlanPage::retranslate()
{
    setTitle(tr("The plan"));
    setSubTitle(tr("What will happen where. Nothing on production changes before a verified "
                   "backup of this run exists."));
    setButtonText(QWizard::CommitButton, tr("&Start the test stage"));
    m_tree->setHeaderLabels({tr("Step and where it acts"), tr("Usual time")});
    m_tree->setAccessibleName(tr("Steps of the upgrade"));
    m_legend->setText(tr("Steps marked with the orange sign change data: each runs only after a "
                         "verified backup of this run and a fresh check that its target is the "
                         "one in the profile."));
    refresh();
}

} // namespace upgrade::wizard
