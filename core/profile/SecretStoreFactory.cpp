#include "SecretStoreFactory.h"

#include "EnvSecretStore.h"
#include "FileSecretStore.h"
#include "KeychainSecretStore.h"

#include <QFileInfo>

namespace upgrade {

std::unique_ptr<ChainedSecretStore>
SecretStoreFactory::create(const Profile &profile, const QString &secretsFile, QString *error)
{
    auto chain = std::make_unique<ChainedSecretStore>();
    if (!secretsFile.isEmpty()) {
        auto file = std::make_unique<FileSecretStore>();
        if (!file->open(secretsFile, error))
            return nullptr;
        chain->append(std::move(file));
    }
    chain->append(std::make_unique<EnvSecretStore>());
    chain->append(std::make_unique<KeychainSecretStore>(keychainScope(profile)));
    return chain;
}

QString SecretStoreFactory::keychainScope(const Profile &profile)
{
    if (!profile.name.isEmpty())
        return profile.name;
    return QFileInfo(profile.filePath).completeBaseName();
}

} // namespace upgrade
