#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace upgrade::wizard {

class StageView;
class WizardSession;

/// The Preflight page: runs the preparation stage (read-only on production: versions, the
/// package, disk, the maintenance window, connections; generate sources; compile all) and
/// shows its findings — blocking or warning, each with what to do — with a "Check again"
/// button, and the stage's steps and log below. Next only after it passed. Back cancels it.
class PreflightPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PreflightPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void recheck();
    void updateFindings();
    void updateButtons();
    void retranslate();

    WizardSession *m_session;
    QLabel *m_summary;
    QScrollArea *m_findings;
    QWidget *m_findingsBox;
    QVBoxLayout *m_findingsLayout;
    QPushButton *m_recheck;
    StageView *m_stage;
};

} // namespace upgrade::wizard
