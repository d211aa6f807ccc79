#include "ConnectionChecksViewModel.h"

#include "BackgroundTask.h"
#include "ProfileViewModel.h"

#include "profile/ChainedSecretStore.h"
#include "profile/MemorySecretStore.h"
#include "util/Progress.h"
#include "util/Redactor.h"

namespace upgrade::wizard {

ConnectionChecksViewModel::ConnectionChecksViewModel(WizardServices services,
                                                     ProfileViewModel *profile, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_profile(profile)
{
    // A result says something only about the settings it was made with.
    connect(m_profile, &ProfileViewModel::valueChanged, this, &ConnectionChecksViewModel::reset);
    connect(m_profile, &ProfileViewModel::documentReset, this, &ConnectionChecksViewModel::reset);
}

ConnectionChecksViewModel::~ConnectionChecksViewModel()
{
    m_cancel.cancel();
}

int ConnectionChecksViewModel::key(EnvironmentKind environment, ConnectionChecker::Part part)
{
    return int(environment) * 16 + int(part);
}

void ConnectionChecksViewModel::reset()
{
    for (auto it = m_states.begin(); it != m_states.end(); ++it) {
        if (it.value().status == Status::NotChecked || it.value().status == Status::Checking)
            continue;
        it.value() = {};
        const int k = it.key();
        emit stateChanged(EnvironmentKind(k / 16), ConnectionChecker::Part(k % 16));
    }
}

ConnectionChecksViewModel::CheckState
ConnectionChecksViewModel::state(EnvironmentKind environment, ConnectionChecker::Part part) const
{
    return m_states.value(key(environment, part));
}

void ConnectionChecksViewModel::showSample(EnvironmentKind environment,
                                           ConnectionChecker::Part part, CheckState state)
{
    m_states.insert(key(environment, part), state);
    emit stateChanged(environment, part);
}

void ConnectionChecksViewModel::check(EnvironmentKind environment, ConnectionChecker::Part part)
{
    if (!m_services.connectionChecker)
        return;
    const int k = key(environment, part);
    if (m_states.value(k).status == Status::Checking)
        return;
    const quint64 generation = ++m_generations[k];
    m_states.insert(k, {Status::Checking, {}, {}});
    emit stateChanged(environment, part);

    const Profile profile = m_profile->currentProfile();
    const QHash<QString, QString> typed = m_profile->typedSecrets();
    const QString secretsFile = m_secretsFile;
    auto checker = m_services.connectionChecker;
    auto reader = m_services.secretReader;
    const Cancellation cancel = m_cancel;
    runInBackground(
            this,
            [=] {
                ChainedSecretStore secrets;
                secrets.append(std::make_unique<MemorySecretStore>(typed));
                if (reader) {
                    QString error;
                    if (auto store = reader(profile, secretsFile, &error))
                        secrets.append(std::move(store));
                }
                LogProgress progress(cancel);
                return checker->check(profile, environment, part, secrets, progress);
            },
            [this, k, generation, environment, part](ConnectionChecker::Result r) {
                if (m_generations.value(k) != generation)
                    return;
                using S = ConnectionChecker::Result::Status;
                const Status status = r.status == S::Ok        ? Status::Ok
                                      : r.status == S::Warning ? Status::Warning
                                                               : Status::Failed;
                m_states.insert(k, {status, r.message, Redactor::redact(r.details)});
                emit stateChanged(environment, part);
            });
}

} // namespace upgrade::wizard
