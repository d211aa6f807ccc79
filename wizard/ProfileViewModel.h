#pragma once

#include "WizardServices.h"

#include "profile/Profile.h"
#include "profile/ValidationProblem.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace upgrade::wizard {

/// The profile being edited, as its JSON document (docs/profile.md), addressed by the JSON
/// paths ProfileValidator uses ("environments.production.database.port"), validated on every
/// change, so each field shows its own problems inline. Passwords typed for it are kept in
/// memory for this session and saved to the keychain (WizardServices::secretWriter) when the
/// profile is saved — never into the document. Main thread; saving runs in the background.
class ProfileViewModel : public QObject
{
    Q_OBJECT
public:
    explicit ProfileViewModel(WizardServices services, QObject *parent = nullptr);

    /// A profile read from `filePath` (or from a run's journal); its problems show at once.
    void setDocument(const QJsonObject &document, const QString &filePath);
    /// A new profile to be saved at `filePath`; problems show as fields are touched.
    void newDocument(const QString &filePath);
    static QJsonObject blankDocument();
    QJsonObject document() const { return m_document; }
    QString filePath() const { return m_filePath; }
    bool hasDocument() const { return !m_filePath.isEmpty(); }
    /// Changed since it was loaded or saved.
    bool isDirty() const { return m_dirty; }

    /// A field as text ("" when missing); numbers as digits.
    QString text(const QString &path) const;
    QStringList list(const QString &path) const;
    /// Sets a field; empty text removes it (optional fields vanish, required ones are
    /// reported). Ports and the Redis number are stored as numbers when they are digits.
    void setText(const QString &path, const QString &text);
    void setList(const QString &path, const QStringList &values);

    const ValidationProblems &problems() const { return m_problems; }
    bool isValid() const { return m_problems.isEmpty(); }
    /// Problems at exactly this path (and its list items "path[2]").
    QStringList messagesAt(const QString &path) const;
    /// The same, but only once the field was touched or all problems are shown.
    QStringList visibleMessagesAt(const QString &path) const;
    /// Problems whose path is none of `placed` (nor below them), for a page-level list.
    ValidationProblems problemsOutside(const QStringList &placed) const;
    void touch(const QString &path);
    void setShowAllProblems(bool show);
    bool showsAllProblems() const { return m_showAll; }
    /// Validates again (after a language change the messages change).
    void revalidate();

    /// The profile when the document is valid (filePath set).
    std::optional<Profile> profile() const;
    /// The profile as far as it goes, even when invalid: for connection checks.
    Profile currentProfile() const;
    /// packageArchive, relative paths taken from the profile's folder; empty when not set.
    QString resolvedArchivePath() const;

    void setSecret(const QString &key, const QString &value);
    QString typedSecret(const QString &key) const { return m_secrets.value(key); }
    QHash<QString, QString> typedSecrets() const { return m_secrets; }
    bool hasUnsavedSecrets() const { return !m_unsavedSecrets.isEmpty(); }

    /// Writes the profile (atomically) and saves typed passwords to the keychain, in the
    /// background; saveFinished() follows. The profile must be valid.
    void save();
    bool isSaving() const { return m_saving; }

signals:
    /// A new document was set: every field reads again.
    void documentReset();
    void valueChanged(const QString &path);
    void problemsChanged();
    /// `ok`: the profile was written. `message`: what went wrong, or a warning (a password
    /// that could not be saved to the keychain is used for this session only).
    void saveFinished(bool ok, const QString &message);

private:
    void setValue(const QString &path, const QJsonValue &value);
    void changed(const QString &path);

    WizardServices m_services;
    QJsonObject m_document;
    QString m_filePath;
    bool m_dirty = false;
    bool m_saving = false;
    bool m_showAll = false;
    ValidationProblems m_problems;
    QSet<QString> m_touched;
    QHash<QString, QString> m_secrets;
    QSet<QString> m_unsavedSecrets;
    /// Sections hidden by choosing cloud hosting, restored when another hosting is chosen.
    QHash<QString, QJsonObject> m_stash;
};

} // namespace upgrade::wizard
