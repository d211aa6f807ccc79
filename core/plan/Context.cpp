#include "Context.h"

#include "Journal.h"

#include "profile/SecretStore.h"

#include <mutex>

namespace upgrade {

Context::Context(Profile profile, StageKind stage, Services services,
                 std::shared_ptr<ContextBackend> backend, QString runDirectory, QString stepId)
    : m_profile(std::move(profile))
    , m_stage(stage)
    , m_services(std::move(services))
    , m_backend(std::move(backend))
    , m_runDirectory(std::move(runDirectory))
    , m_stepId(std::move(stepId))
{}

std::optional<QString> Context::secret(const QString &key, QString *error) const
{
    static std::mutex mutex;
    SecretStore *store = m_services.get<SecretStore>();
    if (!store)
        return std::nullopt;
    std::lock_guard lock(mutex);
    return store->get(key, error);
}

qint64 Context::recordArtifact(Artifact artifact)
{
    artifact.stepId = m_stepId;
    qint64 id = 0;
    m_backend->withJournal([&](Journal &journal) { id = journal.addArtifact(artifact); });
    return id;
}

bool Context::setArtifactVerified(qint64 id, bool verified, const QString &sha256)
{
    bool ok = false;
    m_backend->withJournal(
            [&](Journal &journal) { ok = journal.setArtifactVerified(id, verified, sha256); });
    return ok;
}

QList<Artifact> Context::artifacts(const QString &kind) const
{
    QList<Artifact> list;
    m_backend->withJournal([&](Journal &journal) { list = journal.artifacts(kind); });
    return list;
}

std::optional<Artifact> Context::verifiedArtifact(const ArtifactSpec &spec) const
{
    const QList<Artifact> list = artifacts(spec.kind);
    for (auto it = list.crbegin(); it != list.crend(); ++it)
        if (it->verified && it->environment == spec.environment)
            return *it;
    return std::nullopt;
}

bool Context::setValue(const QString &key, const QJsonValue &value)
{
    bool ok = false;
    m_backend->withJournal([&](Journal &journal) { ok = journal.setValue(key, value); });
    return ok;
}

QJsonValue Context::value(const QString &key) const
{
    QJsonValue result(QJsonValue::Undefined);
    m_backend->withJournal([&](Journal &journal) { result = journal.value(key); });
    return result;
}

std::optional<Answer> Context::ask(Question question)
{
    if (question.stepId.isEmpty())
        question.stepId = m_stepId;
    std::optional<Answer> answer = m_backend->ask(question);
    if (answer) {
        AnswerRecord record{question.id,
                            answer->value,
                            answer->reason,
                            toString(answer->source),
                            question.stepId,
                            {},
                            {}};
        m_backend->withJournal([&](Journal &journal) { journal.addAnswer(record); });
    }
    return answer;
}

} // namespace upgrade
