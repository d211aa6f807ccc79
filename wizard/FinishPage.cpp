#include "FinishPage.h"

#include "FinishViewModel.h"
#include "RunViewModel.h"
#include "StateIcons.h"
#include "WizardSession.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

FinishPage::FinishPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_stages(new QLabel(this))
    , m_backupsTitle(new QLabel(this))
    , m_backups(new QLabel(this))
    , m_folder(new QLabel(this))
    , m_openReport(new QPushButton(this))
    , m_openPdf(new QPushButton(this))
    , m_saveBundle(new QPushButton(this))
    , m_openFolder(new QPushButton(this))
    , m_bundleProgress(new QProgressBar(this))
    , m_actionStatus(new QLabel(this))
{
    setObjectName(u"finishPage"_s);
    setFinalPage(true);
    m_headline->setObjectName(u"finishHeadline"_s);
    m_stages->setObjectName(u"finishStages"_s);
    m_backups->setObjectName(u"finishBackups"_s);
    m_actionStatus->setObjectName(u"finishActionStatus"_s);
    m_openReport->setObjectName(u"openReport"_s);
    m_openPdf->setObjectName(u"openPdf"_s);
    m_bundleProgress->setObjectName(u"bundleProgress"_s);
    m_bundleProgress->setRange(0, 100);
    m_bundleProgress->setVisible(false);
    m_saveBundle->setObjectName(u"saveBundle"_s);
    m_openFolder->setObjectName(u"openRunFolder"_s);
    for (QLabel *l : {m_headline, m_stages, m_backups, m_folder, m_actionStatus}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_headline, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openReport);
    buttons->addWidget(m_openPdf);
    buttons->addWidget(m_saveBundle);
    buttons->addWidget(m_openFolder);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(m_stages);
    layout->addSpacing(8);
    layout->addWidget(m_backupsTitle);
    layout->addWidget(m_backups);
    layout->addSpacing(8);
    layout->addWidget(m_folder);
    layout->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_bundleProgress);
    layout->addWidget(m_actionStatus);

    FinishViewModel *vm = session->finish();
    connect(vm, &FinishViewModel::changed, this, &FinishPage::refresh);
    connect(vm, &FinishViewModel::reportReady, this, [this](const QString &path) {
        m_actionStatus->setText(tr("Opening %1").arg(QDir::toNativeSeparators(path)));
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
    connect(vm, &FinishViewModel::actionFinished, this,
            [this](bool, const QString &message) { m_actionStatus->setText(message); });
    connect(m_openReport, &QPushButton::clicked, vm, &FinishViewModel::openReport);
    connect(m_openPdf, &QPushButton::clicked, this, [this] {
        const QString pdf = m_session->finish()->pdfFile();
        if (pdf.isEmpty())
            return;
        m_actionStatus->setText(tr("Opening %1").arg(QDir::toNativeSeparators(pdf)));
        QDesktopServices::openUrl(QUrl::fromLocalFile(pdf));
    });
    connect(m_saveBundle, &QPushButton::clicked, this, [this] {
        const QString suggested =
                QDir(QDir::homePath()).filePath(m_session->finish()->suggestedBundleName());
        // Window-modal, without a nested event loop.
        auto *dialog = new QFileDialog(this, tr("Save the support bundle"), suggested,
                                       tr("Zip archives (*.zip)"));
        dialog->setObjectName(u"bundleDialog"_s);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(u"zip"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &target) {
            if (!target.isEmpty())
                m_session->finish()->saveSupportBundle(target);
        });
        dialog->open();
    });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_session->finish()->runDirectory()));
    });
    retranslate();
}

void FinishPage::initializePage()
{
    m_actionStatus->clear();
    if (m_session->run()->hasRun())
        m_session->finish()->load(m_session->run()->runDirectory());
    refresh();
}

void FinishPage::refresh()
{
    const FinishViewModel *vm = m_session->finish();
    m_headline->setText(vm->headline());
    StateIcons::Kind kind = StateIcons::Kind::Info;
    switch (vm->outcome()) {
    case FinishViewModel::Outcome::Upgraded:
        kind = StateIcons::Kind::Done;
        break;
    case FinishViewModel::Outcome::RolledBack:
        kind = StateIcons::Kind::Warning;
        break;
    case FinishViewModel::Outcome::RollbackFailed:
        kind = StateIcons::Kind::Failed;
        break;
    case FinishViewModel::Outcome::Stopped:
        kind = StateIcons::Kind::Stopped;
        break;
    case FinishViewModel::Outcome::Unknown:
        break;
    }
    m_icon->setPixmap(StateIcons::icon(kind).pixmap(32, 32));
    m_stages->setText(vm->stageLines().join(u'\n'));
    const QStringList backups = vm->backupLines();
    m_backupsTitle->setVisible(!backups.isEmpty());
    m_backups->setText(backups.join(u'\n'));
    m_folder->setText(vm->runDirectory().isEmpty()
                              ? QString()
                              : tr("The run's folder (journal, backups, log): %1")
                                        .arg(QDir::toNativeSeparators(vm->runDirectory())));
    const bool enabled = !vm->isBusy() && !vm->runDirectory().isEmpty();
    m_openReport->setEnabled(enabled);
    m_openPdf->setVisible(!vm->pdfFile().isEmpty());
    m_saveBundle->setEnabled(enabled);
    m_openFolder->setEnabled(!vm->runDirectory().isEmpty());
    m_bundleProgress->setVisible(vm->bundleFraction() >= 0);
    m_bundleProgress->setValue(int(std::max(0.0, vm->bundleFraction()) * 100));
    QString busy;
    if (vm->isWritingReports())
        busy = tr("Writing the report…");
    else if (vm->bundleFraction() >= 0)
        busy = tr("Packing the support bundle…");
    if (!busy.isEmpty()) {
        m_actionStatus->setText(busy);
        m_showingBusy = true;
    } else if (m_showingBusy) {
        m_actionStatus->clear();
        m_showingBusy = false;
    }
}

void FinishPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void FinishPage::retranslate()
{
    setTitle(tr("Finished"));
    setSubTitle(tr("The summary of the run. Keep the report: it lists what was done and the "
                   "backups."));
    m_backupsTitle->setText(tr("<b>Backups of this run:</b>"));
    m_openReport->setText(tr("Open the &report"));
    m_openPdf->setText(tr("Open the &PDF"));
    m_bundleProgress->setAccessibleName(tr("Support bundle progress"));
    m_saveBundle->setText(tr("Save the &support bundle…"));
    m_openFolder->setText(tr("Open the run &folder"));
    refresh();
}

} // namespace upgrade::wizard
