#pragma once

#include "ConnectionChecker.h"
#include "WizardServices.h"

#include "util/Cancellation.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace upgrade::wizard {

class ProfileViewModel;

/// The state of the Connections page's Check buttons: one check per environment and part,
/// run through the ConnectionChecker on a worker thread with the profile as it is now and the
/// passwords typed in this session (then the secrets file, environment, keychain). A change
/// of the profile makes earlier results stale (shown as not checked). Main thread.
class ConnectionChecksViewModel : public QObject
{
    Q_OBJECT
public:
    enum class Status { NotChecked, Checking, Ok, Warning, Failed };
    Q_ENUM(Status)

    struct CheckState
    {
        Status status = Status::NotChecked;
        QString message;
        QString details;
    };

    ConnectionChecksViewModel(WizardServices services, ProfileViewModel *profile,
                              QObject *parent = nullptr);
    ~ConnectionChecksViewModel() override;

    bool isAvailable() const { return m_services.connectionChecker != nullptr; }
    /// The secrets file runs and checks read (the sandbox's); empty: none.
    void setSecretsFile(const QString &file) { m_secretsFile = file; }
    QString secretsFile() const { return m_secretsFile; }

    void check(EnvironmentKind environment, ConnectionChecker::Part part);
    CheckState state(EnvironmentKind environment, ConnectionChecker::Part part) const;

    /// For the screenshot tour.
    void showSample(EnvironmentKind environment, ConnectionChecker::Part part, CheckState state);

signals:
    void stateChanged(upgrade::EnvironmentKind environment,
                      upgrade::wizard::ConnectionChecker::Part part);

private:
    static int key(EnvironmentKind environment, ConnectionChecker::Part part);
    void reset();

    WizardServices m_services;
    ProfileViewModel *m_profile;
    QString m_secretsFile;
    QHash<int, CheckState> m_states;
    QHash<int, quint64> m_generations;
    Cancellation m_cancel;
};

} // namespace upgrade::wizard
