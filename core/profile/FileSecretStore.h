#pragma once

#include "SecretStore.h"

#include <QCoreApplication>
#include <QHash>

namespace upgrade {

/// Read-only secrets from a file given with --secrets-file, for unattended runs: lines
/// `key=value` (SecretKeys keys), `#` comments. The file must be readable by its owner only;
/// open() refuses it otherwise (on Windows, where POSIX modes do not apply, it is not checked).
class FileSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::FileSecretStore)
public:
    /// Reads the file; false and a translated reason when it is missing, readable by others,
    /// too large or malformed.
    bool open(const QString &path, QString *error);
    /// Writes `values` to a new owner-only file (the sandbox writes its secrets this way).
    static bool writeFile(const QString &path, const QHash<QString, QString> &values,
                          QString *error);

    bool write(const QString &key, const QString &value, QString *error) override;
    bool remove(const QString &key, QString *error) override;
    bool isWritable() const override { return false; }
    QString describe() const override;

protected:
    std::optional<QString> read(const QString &key, QString *error) override;

private:
    QString m_path;
    QHash<QString, QString> m_values;
};

} // namespace upgrade
