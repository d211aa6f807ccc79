#pragma once

#include <QTimer>
#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace upgrade::wizard {

class WizardSession;

/// The Production page — the commit: the maintenance window (and whether now is inside it),
/// the backups taken before anything changes, the way back, and the typed confirmation of the
/// production site's name. Next ("Upgrade production") commits: no way back from here.
/// A view of ProductionViewModel.
class ProductionPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ProductionPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    WizardSession *m_session;
    QLabel *m_windowIcon;
    QLabel *m_window;
    QLabel *m_backupsTitle;
    QLabel *m_backups;
    QLabel *m_rollback;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QLabel *m_confirmHint;
    QTimer m_clock; ///< the window's status follows the time
};

} // namespace upgrade::wizard
