#pragma once

#include "SecretStore.h"

#include <QCoreApplication>

namespace upgrade {

/// Secrets in the operating system's keychain through QtKeychain (Windows Credential Manager,
/// macOS Keychain, the Secret Service on Linux), under the service "bpmsoft-upgrade" and a
/// scope (one per profile) so that two customers' profiles never share a password.
/// Calls block until the keychain answers (at most `timeoutMs`); the QtKeychain jobs themselves
/// all run on one keychain thread of the process (QtKeychain's executor must stay on one
/// living thread), so any thread may call — the worker thread, or the UI thread only in answer
/// to a click. Needs a QCoreApplication; reports "did not answer" without one.
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::KeychainSecretStore)
public:
    explicit KeychainSecretStore(QString scope, int timeoutMs = 30000);

    bool write(const QString &key, const QString &value, QString *error) override;
    bool remove(const QString &key, QString *error) override;
    bool isWritable() const override { return true; }
    QString describe() const override;

    static QString serviceName();

protected:
    std::optional<QString> read(const QString &key, QString *error) override;

private:
    QString qualified(const QString &key) const;

    QString m_scope;
    int m_timeoutMs;
};

} // namespace upgrade
