#pragma once

#include "ConnectionChecker.h"

#include "profile/Profile.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace upgrade::wizard {

class ConnectionChecksViewModel;
class FieldBinder;
class ProfileViewModel;

/// The settings of one environment on the Connections page: its BPMSoft site, its database
/// and its 1C infobase, each group with its fields (those that matter for the chosen hosting
/// and database kind), their inline problems, and a Check button with its result. A view of
/// ProfileViewModel and ConnectionChecksViewModel. Main thread.
class EnvironmentForm : public QWidget
{
    Q_OBJECT
public:
    EnvironmentForm(EnvironmentKind environment, ProfileViewModel *profile,
                    ConnectionChecksViewModel *checks, FieldBinder *binder,
                    QWidget *parent = nullptr);

    EnvironmentKind environment() const { return m_environment; }
    /// "environments.production"
    QString prefix() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *label;
        QWidget *field;
    };
    struct Check
    {
        ConnectionChecker::Part part;
        QPushButton *button;
        QLabel *icon;
        QLabel *result;
    };
    Row addRow(QFormLayout *form, const QString &key, QWidget *editor);
    Row addSecretRow(QFormLayout *form, int secretKind);
    QWidget *withBrowse(QLineEdit *edit, bool folder);
    void addCheck(QGroupBox *group, QFormLayout *form, ConnectionChecker::Part part);
    void updateVisibility();
    void updateCheck(ConnectionChecker::Part part);
    void retranslate();

    EnvironmentKind m_environment;
    ProfileViewModel *m_profile;
    ConnectionChecksViewModel *m_checks;
    FieldBinder *m_binder;
    QGroupBox *m_siteGroup;
    QGroupBox *m_databaseGroup;
    QGroupBox *m_onecGroup;
    QFormLayout *m_siteForm;
    QFormLayout *m_databaseForm;
    QFormLayout *m_onecForm;
    QHash<QString, Row> m_rows;
    QList<Check> m_checkWidgets;
    QComboBox *m_hosting;
    QComboBox *m_databaseKind;
    QComboBox *m_tool;
    QList<QPushButton *> m_browseButtons;
};

} // namespace upgrade::wizard
