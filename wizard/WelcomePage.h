#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace upgrade::wizard {

class WizardSession;

/// The first page: what this program does, the language, how the upgrade is done (on-premise,
/// cloud, or a rehearsal on the sandbox), the profile (recent ones, open, create), the sandbox
/// scenario, and — when the profile's last run is unfinished — the offer to continue it from
/// its journal. A view of WelcomeViewModel. Next waits for the sandbox or the run to open.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(WizardSession *session, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateMode();
    void updateProfile();
    void updateResume();
    void updateSandbox();
    void retranslate();
    void advance();

    WizardSession *m_session;
    QLabel *m_intro;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QGroupBox *m_modeBox;
    QRadioButton *m_onPremise;
    QRadioButton *m_cloud;
    QRadioButton *m_sandbox;
    QGroupBox *m_profileBox;
    QLabel *m_recentLabel;
    QComboBox *m_recent;
    QPushButton *m_open;
    QPushButton *m_create;
    QLabel *m_profileStatus;
    QGroupBox *m_sandboxBox;
    QLabel *m_scenarioLabel;
    QComboBox *m_scenario;
    QLabel *m_sandboxStatus;
    QGroupBox *m_resumeBox;
    QLabel *m_resumeText;
    QCheckBox *m_resume;
    bool m_advancePending = false;
    bool m_resumed = false; ///< the run was opened to be resumed
};

} // namespace upgrade::wizard
