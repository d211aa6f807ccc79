#pragma once

#include <QWizard>

namespace upgrade::wizard {

class WelcomeViewModel;

/// The main window: a QWizard whose pages are views of view-models; all work is done by the
/// plan Runner on its worker thread, never on this (the UI) thread.
class UpgradeWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { WelcomePageId };

    explicit UpgradeWizard(QWidget *parent = nullptr);

    WelcomeViewModel *welcomeModel() const { return m_welcome; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    WelcomeViewModel *m_welcome;
};

} // namespace upgrade::wizard
