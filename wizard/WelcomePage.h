#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QRadioButton;

namespace upgrade::wizard {

class WelcomeViewModel;

/// The first page: what this program does, the language, and how the upgrade is done
/// (on-premise, cloud, or a rehearsal on the sandbox). A view of WelcomeViewModel.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(WelcomeViewModel *model, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    WelcomeViewModel *m_model;
    QLabel *m_intro;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QRadioButton *m_onPremise;
    QRadioButton *m_cloud;
    QRadioButton *m_sandbox;
};

} // namespace upgrade::wizard
