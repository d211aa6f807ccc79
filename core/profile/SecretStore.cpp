#include "SecretStore.h"

#include "util/Redactor.h"

namespace upgrade {

std::optional<QString> SecretStore::get(const QString &key, QString *error)
{
    std::optional<QString> value = read(key, error);
    if (value)
        Redactor::addSecret(*value);
    return value;
}

} // namespace upgrade
