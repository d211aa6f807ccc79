#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace upgrade::wizard {

class EnvironmentForm;
class FieldBinder;
class WizardSession;

/// The Connections page: the profile, editable — production and test (site, database, 1C), the
/// package archive with its packages and versions (read in the background), and the general
/// settings (name, work folder, maintenance window). Every field shows its own problems; Next
/// shows them all, and saves the profile (and typed passwords to the keychain) before going
/// on. A view of ProfileViewModel, PackageArchiveViewModel and ConnectionChecksViewModel.
class ConnectionsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectionsPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    int nextId() const override;

    /// For the screenshot tour: shows tab `index`.
    void showTab(int index);
    /// Shows the first field with a problem (its tab, scrolled to it, focused); false if none.
    bool revealFirstProblem();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *makePackageTab();
    QWidget *makeGeneralTab();
    void updatePackages();
    void updateTabs();
    void updateOutsideProblems();
    void retranslate();

    WizardSession *m_session;
    FieldBinder *m_binder;
    QLabel *m_fileLabel;
    QLabel *m_outsideProblems;
    QTabWidget *m_tabs;
    EnvironmentForm *m_production;
    EnvironmentForm *m_test;
    // package tab
    QLabel *m_archiveLabel;
    QLineEdit *m_archive;
    QPushButton *m_archiveBrowse;
    QLabel *m_archiveStatus;
    QTableWidget *m_packages;
    QPushButton *m_readInstalled;
    // general tab
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_workFolderLabel;
    QLineEdit *m_workFolder;
    QPushButton *m_workFolderBrowse;
    QLabel *m_windowTitle;
    QLabel *m_windowHelp;
    QLabel *m_fromLabel;
    QLineEdit *m_from;
    QLabel *m_toLabel;
    QLineEdit *m_to;
    QLabel *m_daysLabel;
    QList<QCheckBox *> m_days;
    QLabel *m_zoneLabel;
    QLineEdit *m_zone;
    QLabel *m_modeLabel;
    QComboBox *m_mode;
    QLabel *m_saveStatus;
    bool m_saved = false;
    bool m_advanceAfterSave = false;
};

} // namespace upgrade::wizard
