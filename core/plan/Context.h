#pragma once

#include "Artifact.h"
#include "ContextBackend.h"
#include "Question.h"
#include "Services.h"
#include "Stage.h"

#include "profile/Profile.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace upgrade {

/// What a step sees of the run: the profile, the stage, the core services, this run's
/// artifacts and values in the journal, and a way to ask the person a question. The Runner
/// makes one per step execution; every method may be called from the step's worker thread
/// (journal access is carried to the journal's thread by the backend). Not copyable.
class Context
{
public:
    Context(Profile profile, StageKind stage, Services services,
            std::shared_ptr<ContextBackend> backend, QString runDirectory, QString stepId = {});
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    const Profile &profile() const { return m_profile; }
    StageKind stage() const { return m_stage; }
    /// The run's folder: the journal is there; steps put their files (backups, logs) below it
    /// unless the profile says otherwise.
    QString runDirectory() const { return m_runDirectory; }
    /// The step this context was made for (empty outside a step).
    QString stepId() const { return m_stepId; }

    /// The service of type T set up for this run, or nullptr.
    template<class T>
    T *service() const
    {
        return m_services.get<T>();
    }
    const Services &services() const { return m_services; }
    /// A secret from the run's SecretStore (registered with the Redactor); guarded, so steps
    /// need not care that stores are not thread-safe. nullopt when none or no store.
    std::optional<QString> secret(const QString &key, QString *error = nullptr) const;

    /// Records an artifact of this step in the journal; its id, or 0 when it could not be
    /// recorded (then do not rely on it: a destructive step will refuse to run).
    qint64 recordArtifact(Artifact artifact);
    bool setArtifactVerified(qint64 id, bool verified, const QString &sha256 = {});
    /// This run's artifacts (of one kind, or all), oldest first.
    QList<Artifact> artifacts(const QString &kind = {}) const;
    /// The newest verified artifact of `spec`, if any.
    std::optional<Artifact> verifiedArtifact(const ArtifactSpec &spec) const;

    /// Values a step keeps for later steps and the report ("integration.results"), as JSON.
    bool setValue(const QString &key, const QJsonValue &value);
    QJsonValue value(const QString &key) const;

    /// Asks the person and waits (the worker thread blocks; the UI does not). nullopt when
    /// nobody answered: return StepResult::cancelled() then — the Runner stops the stage and
    /// the question is asked again when the run resumes. The answer is journaled.
    std::optional<Answer> ask(Question question);

private:
    Profile m_profile;
    StageKind m_stage;
    Services m_services;
    std::shared_ptr<ContextBackend> m_backend;
    QString m_runDirectory;
    QString m_stepId;
};

} // namespace upgrade
