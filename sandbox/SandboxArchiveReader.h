#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace upgrade::sandbox {

/// What the sandbox reads from an uploaded package archive: the packages' descriptors.
/// A deliberately minimal reader (the program's real one is core/package's, which the sandbox
/// should use once it exists): a .zip of .gz packages or one .gz, with size limits.
/// Stateless; thread-safe.
class SandboxArchiveReader
{
public:
    struct Package
    {
        QString name;
        QString uid;
        QString version;
        QString maintainer;
    };

    /// The packages, or nullopt and a reason (English: it goes into the simulated install log
    /// as the server's exception text).
    static std::optional<QList<Package>> read(const QString &path, QString *error);
    /// One package .gz held in memory.
    static std::optional<Package> readPackage(const QByteArray &gz, QString *error);
};

} // namespace upgrade::sandbox
