#pragma once

#include "PageIds.h"
#include "WizardServices.h"

#include <QWizard>

class QMessageBox;

namespace upgrade::wizard {

class WelcomeViewModel;
class WizardSession;

/// The main window: a QWizard whose pages are views of the WizardSession's view-models; all
/// work is done by the plan Runner on its worker thread and by background tasks, never on
/// this (the UI) thread. Closing it while a stage runs asks first, then cancels safely and
/// closes when the Runner has stopped; the run continues from its journal next time.
class UpgradeWizard : public QWizard
{
    Q_OBJECT
public:
    explicit UpgradeWizard(QWidget *parent = nullptr);
    explicit UpgradeWizard(WizardServices services, QWidget *parent = nullptr);

    WizardSession *session() const { return m_session; }
    WelcomeViewModel *welcomeModel() const;

    /// The question shown when closing during a run (for tests); null when none is open.
    QMessageBox *closeQuestion() const { return m_closeQuestion; }
    /// Closing was confirmed; the window closes when the Runner stops.
    bool isClosingAfterStop() const { return m_closeAfterStop; }

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void askToClose();

    WizardSession *m_session;
    QMessageBox *m_closeQuestion = nullptr;
    bool m_closeAfterStop = false;
};

} // namespace upgrade::wizard
