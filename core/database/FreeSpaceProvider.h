#pragma once

#include <QString>

#include <optional>

namespace upgrade {

/// How much space is free where a backup is written. An interface so that tests can set a
/// limit; SystemFreeSpace is the real one. Implementations are thread-safe.
class FreeSpaceProvider
{
public:
    virtual ~FreeSpaceProvider() = default;
    /// Bytes available to this user on the volume holding `directory`; nullopt when unknown.
    virtual std::optional<qint64> availableBytes(const QString &directory) const = 0;
};

} // namespace upgrade
