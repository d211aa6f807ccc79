#pragma once

#include "plan/Stage.h"

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace upgrade::wizard {

class StageView;
class WizardSession;

/// The Test stage and Production stage pages: the stage starts when the page opens (or, when
/// it stopped earlier in this run, continues from the journal), its progress and log live,
/// and the failure questions in place: Retry / Skip / Abort on the test stage, Retry / Roll
/// back on production. "Continue" resumes a stopped stage. Next when the test stage passed;
/// on production when the stage is over (passed, or rolled back).
class StagePage : public QWizardPage
{
    Q_OBJECT
public:
    StagePage(StageKind stage, WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    StageView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();
    void retranslate();

    StageKind m_stage;
    WizardSession *m_session;
    QLabel *m_note;
    StageView *m_view;
    QPushButton *m_continue;
};

} // namespace upgrade::wizard
