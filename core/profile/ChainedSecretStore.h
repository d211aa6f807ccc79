#pragma once

#include "SecretStore.h"

#include <memory>
#include <vector>

namespace upgrade {

/// Looks a secret up in several stores in order (e.g. --secrets-file, then the environment,
/// then the keychain) and writes to the first writable one. Owns its stores.
class ChainedSecretStore : public SecretStore
{
public:
    void append(std::unique_ptr<SecretStore> store);
    bool isEmpty() const { return m_stores.empty(); }

    bool write(const QString &key, const QString &value, QString *error) override;
    bool remove(const QString &key, QString *error) override;
    bool isWritable() const override;
    QString describe() const override;

protected:
    std::optional<QString> read(const QString &key, QString *error) override;

private:
    std::vector<std::unique_ptr<SecretStore>> m_stores;
};

} // namespace upgrade
