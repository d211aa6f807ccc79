#pragma once

#include "SecretStore.h"

#include <QHash>

namespace upgrade {

/// Secrets held in memory only: tests, and values typed for this run without saving them.
class MemorySecretStore : public SecretStore
{
public:
    MemorySecretStore() = default;
    explicit MemorySecretStore(QHash<QString, QString> values);

    bool write(const QString &key, const QString &value, QString *error) override;
    bool remove(const QString &key, QString *error) override;
    bool isWritable() const override { return true; }
    QString describe() const override;

protected:
    std::optional<QString> read(const QString &key, QString *error) override;

private:
    QHash<QString, QString> m_values;
};

} // namespace upgrade
