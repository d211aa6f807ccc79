#include "EnvSecretStore.h"

#include "SecretKeys.h"

#include <QCoreApplication>

namespace upgrade {

bool EnvSecretStore::write(const QString &, const QString &, QString *error)
{
    if (error)
        *error = QCoreApplication::translate("upgrade::SecretStore",
                                             "Environment variables cannot be written.");
    return false;
}

bool EnvSecretStore::remove(const QString &key, QString *error)
{
    return write(key, {}, error);
}

QString EnvSecretStore::describe() const
{
    return QCoreApplication::translate("upgrade::SecretStore",
                                       "the BPMSOFT_UPGRADE_SECRET_* environment variables");
}

std::optional<QString> EnvSecretStore::read(const QString &key, QString *)
{
    const QByteArray name = SecretKeys::environmentVariable(key).toLatin1();
    if (!qEnvironmentVariableIsSet(name.constData()))
        return std::nullopt;
    return qEnvironmentVariable(name.constData());
}

} // namespace upgrade
