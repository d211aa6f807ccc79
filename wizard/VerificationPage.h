#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace upgrade::wizard {

class WizardSession;

/// The Test verification page: what the test stage's verification recorded — per integration
/// its records, errors and duplicates; the deduplication flag of every integration object;
/// the mapping table cleared — with a one-line verdict. A view of VerificationViewModel.
class VerificationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit VerificationPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    WizardSession *m_session;
    QLabel *m_icon;
    QLabel *m_verdict;
    QLabel *m_integrationsLabel;
    QTableWidget *m_integrations;
    QLabel *m_flagsLabel;
    QTableWidget *m_flags;
    QLabel *m_mapping;
};

} // namespace upgrade::wizard
