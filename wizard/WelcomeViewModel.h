#pragma once

#include "RunSnapshot.h"
#include "SandboxLauncher.h"
#include "WizardServices.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace upgrade::wizard {

class ProfileViewModel;

/// State behind the Welcome page: how the upgrade is done (on-premise, cloud, a rehearsal on
/// the sandbox), the language, the profile (open, create, recently used), the sandbox for a
/// rehearsal, and the offer to continue the profile's last unfinished run from its journal.
/// Files and the sandbox are handled on worker threads. Main thread.
class WelcomeViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
public:
    enum Mode { OnPremise, Cloud, Sandbox };
    Q_ENUM(Mode)
    enum class ProfileState { None, Loading, Loaded, Failed };
    Q_ENUM(ProfileState)
    enum class SandboxState { Idle, Starting, Ready, Failed };
    Q_ENUM(SandboxState)

    WelcomeViewModel(WizardServices services, ProfileViewModel *profile, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QString language() const { return m_language; }
    /// Switches the program's language ("ru" or "en") at once; every page re-translates.
    void setLanguage(const QString &language);
    /// Installs the translations of `language` (empty: the system's) and makes QLocale's
    /// default follow it (day names, dates and numbers in the pages' language).
    static void installLanguage(const QString &language);

    // --- profiles ------------------------------------------------------------------------
    /// Reads the list of recent profiles (background); with `openNewest`, opens the newest.
    void loadRecentProfiles(bool openNewest);
    QStringList recentProfiles() const { return m_recent; }
    /// Reads the profile file (background). A file with problems still opens: the Connections
    /// page shows them at their fields. Only a file that is not a JSON object fails.
    void openProfile(const QString &path);
    /// A new profile to be saved at `path` when the Connections page is done.
    void createProfile(const QString &path);
    ProfileState profileState() const { return m_profileState; }
    QString profileMessage() const { return m_profileMessage; }
    QString profilePath() const { return m_profilePath; }

    // --- resuming ------------------------------------------------------------------------
    /// The profile's newest run, when it is unfinished.
    const std::optional<RunSnapshot> &unfinishedRun() const { return m_unfinished; }
    /// One or two translated lines about it.
    QString describeUnfinishedRun() const;
    bool resumeChosen() const { return m_resume && m_unfinished.has_value(); }
    void setResumeChosen(bool resume);

    // --- the sandbox ---------------------------------------------------------------------
    QStringList scenarios() const;
    QString scenario() const { return m_scenario; }
    void setScenario(const QString &scenario);
    /// Starts the sandbox (background) and then opens the profile it wrote.
    void startSandbox();
    SandboxState sandboxState() const { return m_sandboxState; }
    QString sandboxMessage() const { return m_sandboxMessage; }
    const std::optional<SandboxLauncher::Rehearsal> &rehearsal() const { return m_rehearsal; }
    /// The secrets file and step factory runs of this profile use.
    QString secretsFile() const;
    QString factoryName() const;

    /// Ready to go on: a profile is open (or the sandbox is ready, or a run is to be resumed).
    bool isReady() const;

    /// For the screenshot tour: as if `profilePath` had been opened from the recent list.
    void showSample(const QString &profilePath, const QStringList &recent);

signals:
    void modeChanged(upgrade::wizard::WelcomeViewModel::Mode mode);
    void languageChanged(const QString &language);
    void recentProfilesChanged();
    void profileStateChanged();
    void unfinishedRunChanged();
    void sandboxStateChanged();

private:
    void lookForUnfinishedRun();
    void setProfileState(ProfileState state, const QString &message = {});

    WizardServices m_services;
    ProfileViewModel *m_profile;
    Mode m_mode = OnPremise;
    QString m_language;
    QStringList m_recent;
    ProfileState m_profileState = ProfileState::None;
    QString m_profileMessage;
    QString m_profilePath;
    quint64 m_generation = 0;
    std::optional<RunSnapshot> m_unfinished;
    bool m_resume = true;
    QString m_scenario;
    SandboxState m_sandboxState = SandboxState::Idle;
    QString m_sandboxMessage;
    std::optional<SandboxLauncher::Rehearsal> m_rehearsal;
};

} // namespace upgrade::wizard
