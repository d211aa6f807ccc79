#pragma once

#include "SecretStore.h"

namespace upgrade {

/// Read-only secrets from environment variables (SecretKeys::environmentVariable), for
/// unattended runs.
class EnvSecretStore : public SecretStore
{
public:
    bool write(const QString &key, const QString &value, QString *error) override;
    bool remove(const QString &key, QString *error) override;
    bool isWritable() const override { return false; }
    QString describe() const override;

protected:
    std::optional<QString> read(const QString &key, QString *error) override;
};

} // namespace upgrade
