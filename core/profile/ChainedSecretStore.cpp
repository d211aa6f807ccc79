#include "ChainedSecretStore.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace upgrade {

void ChainedSecretStore::append(std::unique_ptr<SecretStore> store)
{
    m_stores.push_back(std::move(store));
}

std::optional<QString> ChainedSecretStore::read(const QString &key, QString *error)
{
    QStringList errors;
    for (const auto &store : m_stores) {
        QString storeError;
        if (auto value = store->get(key, &storeError))
            return value;
        if (!storeError.isEmpty())
            errors.append(storeError);
    }
    if (error && !errors.isEmpty())
        *error = errors.join(u' ');
    return std::nullopt;
}

bool ChainedSecretStore::write(const QString &key, const QString &value, QString *error)
{
    for (const auto &store : m_stores)
        if (store->isWritable())
            return store->write(key, value, error);
    if (error)
        *error = QCoreApplication::translate("upgrade::SecretStore",
                                             "No writable place for passwords is configured.");
    return false;
}

bool ChainedSecretStore::remove(const QString &key, QString *error)
{
    bool ok = true;
    for (const auto &store : m_stores)
        if (store->isWritable())
            ok = store->remove(key, error) && ok;
    return ok;
}

bool ChainedSecretStore::isWritable() const
{
    for (const auto &store : m_stores)
        if (store->isWritable())
            return true;
    return false;
}

QString ChainedSecretStore::describe() const
{
    QStringList parts;
    for (const auto &store : m_stores)
        parts.append(store->describe());
    return parts.join(u", "_s);
}

} // namespace upgrade
