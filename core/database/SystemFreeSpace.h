#pragma once

#include "FreeSpaceProvider.h"

namespace upgrade {

/// FreeSpaceProvider on QStorageInfo (the volume of the directory, or of its nearest existing
/// parent). Stateless; thread-safe.
class SystemFreeSpace : public FreeSpaceProvider
{
public:
    std::optional<qint64> availableBytes(const QString &directory) const override;
};

} // namespace upgrade
