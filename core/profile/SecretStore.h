#pragma once

#include <QString>

#include <optional>

namespace upgrade {

/// Where passwords live: never in the profile, a log, the journal or a report. Keys are
/// SecretKeys strings ("production.site", "test.database", ...). Every value read through
/// get() is registered with the Redactor, so it is masked in any text that later contains it.
/// Implementations are not required to be thread-safe; use one store per thread or guard it.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    /// The secret, or nullopt when there is none; `error` says why when it could not be read
    /// (as opposed to simply not being there).
    std::optional<QString> get(const QString &key, QString *error = nullptr);

    virtual bool write(const QString &key, const QString &value, QString *error) = 0;
    virtual bool remove(const QString &key, QString *error) = 0;
    virtual bool isWritable() const = 0;
    /// Where the secrets come from, for messages: "the system keychain", "the file X", ...
    virtual QString describe() const = 0;

protected:
    virtual std::optional<QString> read(const QString &key, QString *error) = 0;
};

} // namespace upgrade
