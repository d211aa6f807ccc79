#include "MemorySecretStore.h"

#include <QCoreApplication>

namespace upgrade {

MemorySecretStore::MemorySecretStore(QHash<QString, QString> values)
    : m_values(std::move(values))
{}

bool MemorySecretStore::write(const QString &key, const QString &value, QString *)
{
    m_values.insert(key, value);
    return true;
}

bool MemorySecretStore::remove(const QString &key, QString *)
{
    m_values.remove(key);
    return true;
}

QString MemorySecretStore::describe() const
{
    return QCoreApplication::translate("upgrade::SecretStore", "this session's memory");
}

std::optional<QString> MemorySecretStore::read(const QString &key, QString *)
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace upgrade
