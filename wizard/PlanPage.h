#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace upgrade::wizard {

class WizardSession;

/// The Plan page: what happens where, stage by stage — every step with the target it acts on
/// (in the profile's words), the steps that change data marked and the backups they rely on,
/// the backups the run takes, the way back on production, and the usual duration. Next starts
/// the test stage (a commit: the run goes forward from here). A view of PlanViewModel.
class PlanPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PlanPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void fitRowHeights();
    void retranslate();

    WizardSession *m_session;
    QTreeWidget *m_tree;
    QLabel *m_backups;
    QLabel *m_legend;
};

} // namespace upgrade::wizard
