#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace upgrade::wizard {

class WizardSession;

/// Cloud mode: the requests to the hosting provider's support desk (a test environment with a
/// current copy; the agreement of the production plan), each ready to copy or save, with the
/// contact person the provider answers. A view of SupportRequestsViewModel.
class SupportRequestsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SupportRequestsPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showRequest(int index);
    void retranslate();

    WizardSession *m_session;
    QLabel *m_intro;
    QLabel *m_contactLabel;
    QLineEdit *m_contact;
    QLabel *m_archiveNote;
    QListWidget *m_list;
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace upgrade::wizard
