#include "VerificationPage.h"

#include "RunViewModel.h"
#include "StateIcons.h"
#include "VerificationViewModel.h"
#include "WizardSession.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

namespace {

QTableWidget *table(int columns, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return t;
}

QString count(qint64 n)
{
    return n < 0 ? u"—"_s : QLocale().toString(n);
}

} // namespace

VerificationPage::VerificationPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_icon(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_integrationsLabel(new QLabel(this))
    , m_integrations(table(5, this))
    , m_flagsLabel(new QLabel(this))
    , m_flags(table(3, this))
    , m_mapping(new QLabel(this))
{
    setObjectName(u"verificationPage"_s);
    m_verdict->setObjectName(u"verdict"_s);
    m_verdict->setWordWrap(true);
    m_integrations->setObjectName(u"integrationsTable"_s);
    m_flags->setObjectName(u"flagsTable"_s);
    m_mapping->setWordWrap(true);
    m_mapping->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_integrationsLabel->setBuddy(m_integrations);
    m_flagsLabel->setBuddy(m_flags);
    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_verdict, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_integrationsLabel);
    layout->addWidget(m_integrations, 3);
    layout->addWidget(m_flagsLabel);
    layout->addWidget(m_flags, 2);
    layout->addWidget(m_mapping);
    connect(session->verification(), &VerificationViewModel::changed, this,
            &VerificationPage::refresh);
    retranslate();
}

void VerificationPage::initializePage()
{
    if (m_session->run()->hasRun())
        m_session->verification()->load(m_session->run()->runDirectory(), EnvironmentKind::Test);
    refresh();
}

void VerificationPage::refresh()
{
    const VerificationViewModel *vm = m_session->verification();
    m_verdict->setText(vm->verdict());
    const StateIcons::Kind kind = vm->isLoading()  ? StateIcons::Kind::Running
                                  : vm->isClean()  ? StateIcons::Kind::Done
                                  : !vm->hasData() ? StateIcons::Kind::Info
                                                   : StateIcons::Kind::Warning;
    m_icon->setPixmap(StateIcons::icon(kind).pixmap(24, 24));

    const auto &integrations = vm->integrations();
    m_integrations->setRowCount(int(integrations.size()));
    for (int row = 0; row < integrations.size(); ++row) {
        const auto &i = integrations.at(row);
        QString result = i.isClean() ? tr("no errors") : tr("problems");
        if (!i.message.isEmpty())
            result += u": "_s + i.message;
        const QStringList cells{i.name, count(i.records), count(i.errors), count(i.duplicates),
                                result};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col >= 1 && col <= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (col == 0) {
                item->setIcon(StateIcons::icon(i.isClean() ? StateIcons::Kind::Done
                                                           : StateIcons::Kind::Failed));
                item->setToolTip(i.object);
            }
            m_integrations->setItem(row, col, item);
        }
    }
    const auto &flags = vm->flags();
    m_flags->setRowCount(int(flags.size()));
    for (int row = 0; row < flags.size(); ++row) {
        const auto &f = flags.at(row);
        auto *name = new QTableWidgetItem(f.name);
        name->setToolTip(f.object);
        auto *before = new QTableWidgetItem(!f.before ? u"—"_s : *f.before ? tr("yes") : tr("no"));
        auto *after = new QTableWidgetItem(f.after ? tr("yes") : tr("no"));
        after->setIcon(
                StateIcons::icon(f.after ? StateIcons::Kind::Done : StateIcons::Kind::Failed));
        m_flags->setItem(row, 0, name);
        m_flags->setItem(row, 1, before);
        m_flags->setItem(row, 2, after);
    }
    const bool hasFlags = !flags.isEmpty();
    m_flagsLabel->setVisible(hasFlags);
    m_flags->setVisible(hasFlags);
    m_integrationsLabel->setVisible(!integrations.isEmpty());
    m_integrations->setVisible(!integrations.isEmpty());
    if (const auto &m = vm->mappingTable()) {
        m_mapping->setText(tr("The mapping table %1 was cleared: %2 rows before, %3 after. Its "
                              "snapshot: %4")
                                   .arg(m->table, count(m->rowsBefore), count(m->rowsAfter),
                                        m->snapshot.isEmpty()
                                                ? tr("none")
                                                : QDir::toNativeSeparators(m->snapshot)));
        m_mapping->show();
    } else {
        m_mapping->hide();
    }
}

void VerificationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void VerificationPage::retranslate()
{
    setTitle(tr("Test verification"));
    setSubTitle(tr("The integration on the test site after the upgrade: it must finish without "
                   "errors, and no duplicates may appear."));
    m_integrationsLabel->setText(tr("&Integrations:"));
    m_integrations->setHorizontalHeaderLabels(
            {tr("Integration"), tr("Records"), tr("Errors"), tr("Duplicates"), tr("Result")});
    m_integrations->setAccessibleName(tr("Results of the integrations"));
    m_flagsLabel->setText(tr("\"Use for deduplication\" &flags:"));
    m_flags->setHorizontalHeaderLabels({tr("Integration object"), tr("Before"), tr("After")});
    m_flags->setAccessibleName(tr("Deduplication flags"));
    refresh();
}

} // namespace upgrade::wizard
