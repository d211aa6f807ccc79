#include "SupportRequestsPage.h"

#include "SupportRequestsViewModel.h"
#include "WizardSession.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

SupportRequestsPage::SupportRequestsPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_contactLabel(new QLabel(this))
    , m_contact(new QLineEdit(this))
    , m_archiveNote(new QLabel(this))
    , m_list(new QListWidget)
    , m_text(new QPlainTextEdit)
    , m_copy(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"supportRequestsPage"_s);
    m_intro->setWordWrap(true);
    m_contact->setObjectName(u"requestContact"_s);
    m_contactLabel->setBuddy(m_contact);
    m_archiveNote->setObjectName(u"requestArchiveNote"_s);
    m_archiveNote->setWordWrap(true);
    m_list->setObjectName(u"requestList"_s);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSpacing(2);
    m_text->setObjectName(u"requestText"_s);
    m_text->setReadOnly(true);
    m_copy->setObjectName(u"copyRequest"_s);
    m_save->setObjectName(u"saveRequest"_s);
    m_status->setWordWrap(true);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addWidget(m_status, 1);
    auto *contact = new QHBoxLayout;
    contact->addWidget(m_contactLabel);
    contact->addWidget(m_contact, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(contact);
    layout->addWidget(m_archiveNote);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &SupportRequestsPage::showRequest);
    connect(m_contact, &QLineEdit::textEdited, session->supportRequests(),
            &SupportRequestsViewModel::setContact);
    connect(session->supportRequests(), &SupportRequestsViewModel::changed, this,
            &SupportRequestsPage::refresh);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_text->toPlainText());
        m_status->setText(tr("Copied. Paste it into the provider's support form."));
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const int index = m_list->currentRow();
        const QList<SupportRequest> requests = m_session->supportRequests()->requests();
        if (index < 0 || index >= requests.size())
            return;
        // Window-modal, without a nested event loop.
        auto *dialog = new QFileDialog(this, tr("Save the request"),
                                       QDir(QDir::homePath()).filePath(requests.at(index).fileName),
                                       tr("Text files (*.txt)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(u"txt"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this, index](const QString &target) {
            if (!target.isEmpty())
                m_session->supportRequests()->save(index, target);
        });
        dialog->open();
    });
    connect(session->supportRequests(), &SupportRequestsViewModel::saved, this,
            [this](bool, const QString &message) { m_status->setText(message); });
    retranslate();
}

void SupportRequestsPage::initializePage()
{
    m_status->clear();
    refresh();
}

void SupportRequestsPage::refresh()
{
    const int current = std::max(0, m_list->currentRow());
    const SupportRequestsViewModel *vm = m_session->supportRequests();
    const QList<SupportRequest> requests = vm->requests();
    const QString note = vm->archiveNote();
    m_archiveNote->setText(note);
    m_archiveNote->setVisible(!note.isEmpty());
    if (m_contact->text() != vm->contact())
        m_contact->setText(vm->contact());
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const SupportRequest &r : requests)
        m_list->addItem(SupportRequestsViewModel::title(r));
    m_list->setCurrentRow(std::min(current, int(requests.size()) - 1));
    showRequest(m_list->currentRow());
}

void SupportRequestsPage::showRequest(int index)
{
    const QList<SupportRequest> requests = m_session->supportRequests()->requests();
    const QString text =
            index >= 0 && index < requests.size() ? requests.at(index).body : QString();
    if (m_text->toPlainText() != text) // keeps the reader's place while nothing changed
        m_text->setPlainText(text);
    m_copy->setEnabled(index >= 0);
    m_save->setEnabled(index >= 0);
}

void SupportRequestsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void SupportRequestsPage::retranslate()
{
    setTitle(tr("Requests to the hosting provider"));
    setSubTitle(tr("In the cloud the provider makes the test copy and backs up production. Send "
                   "these requests to its support desk."));
    m_intro->setText(tr("Copy each request into the provider's support form, or save it as a "
                        "file. When the test environment is ready, enter its address on the "
                        "Connections page (Test copy) and go on."));
    m_contactLabel->setText(tr("Con&tact person (name, phone, e-mail):"));
    m_contact->setPlaceholderText(tr("Who the provider answers"));
    m_list->setAccessibleName(tr("Requests"));
    m_text->setAccessibleName(tr("Text of the request"));
    m_copy->setText(tr("&Copy"));
    m_save->setText(tr("&Save…"));
    refresh();
}

} // namespace upgrade::wizard
