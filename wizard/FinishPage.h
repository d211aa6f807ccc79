#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace upgrade::wizard {

class WizardSession;

/// The Finish page: how the upgrade ended, each stage's outcome, the backups of the run and
/// where its files are; "Open the report" (HTML, in the browser), "Open the PDF", "Save the
/// support bundle…" (a save dialog, then a progress bar), "Open the run folder".
/// A view of FinishViewModel.
class FinishPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FinishPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    WizardSession *m_session;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_stages;
    QLabel *m_backupsTitle;
    QLabel *m_backups;
    QLabel *m_folder;
    QPushButton *m_openReport;
    QPushButton *m_openPdf;
    QPushButton *m_saveBundle;
    QPushButton *m_openFolder;
    QProgressBar *m_bundleProgress;
    QLabel *m_actionStatus;
    bool m_showingBusy = false; ///< m_actionStatus shows a busy text, not a result
};

} // namespace upgrade::wizard
