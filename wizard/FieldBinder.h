#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QWidget;

namespace upgrade::wizard {

class ProfileViewModel;

/// Binds editors to fields of the profile (JSON paths) both ways, and shows each field's
/// problems in a label under it: the view half of ProfileViewModel. Line edits write as the
/// person types; combo boxes write their item's data. Password fields go to the model's
/// secrets, never to the document. Main thread; owned by the page.
class FieldBinder : public QObject
{
    Q_OBJECT
public:
    FieldBinder(ProfileViewModel *model, QObject *parent);

    /// `edit` and an error label under it, in one widget for a form row.
    QWidget *text(const QString &path, QLineEdit *edit);
    /// A combo box whose items carry the field's values as data ("" removes the field).
    QWidget *choice(const QString &path, QComboBox *combo);
    /// A password for secret `key` (SecretKeys), kept in memory and saved to the keychain.
    QWidget *secret(const QString &key, QLineEdit *edit);
    /// A label for problems at a section path ("environments.test.onec").
    QLabel *sectionErrors(const QString &path, QWidget *parent);
    /// Any editor with its error label (e.g. a row of day check boxes), bound elsewhere.
    QWidget *custom(const QString &path, QWidget *editor);

    /// Every bound path, for the problems that fit no field.
    QStringList paths() const { return m_paths; }
    /// Visible problems under `prefix` (for a tab's warning icon).
    int visibleProblemCount(const QString &prefix) const;

    /// The editor (or error label) of the first field showing a problem, in binding order.
    QWidget *firstProblemWidget() const;

    void refreshValues();
    void refreshProblems();

private:
    struct Binding
    {
        QString path;
        QLineEdit *edit = nullptr;
        QComboBox *combo = nullptr;
        QLabel *error = nullptr;
    };
    QWidget *wrap(QWidget *editor, QLabel *error);
    QLabel *errorLabel(QWidget *parent);

    ProfileViewModel *m_model;
    QList<Binding> m_bindings;
    QStringList m_paths;
    bool m_updating = false;
};

} // namespace upgrade::wizard
