#pragma once

#include "Cancellation.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace upgrade {

/// SHA-256 of a file, read in large blocks with progress and cancel (backups are gigabytes).
class FileHash
{
public:
    /// Lower-case hex digest, or nullopt (with a translated `error`) when the file cannot be
    /// read or the work was cancelled. `onProgress` gets bytes done and the total.
    static std::optional<QString> sha256(const QString &path, const Cancellation &cancel = {},
                                         const std::function<void(qint64, qint64)> &onProgress = {},
                                         QString *error = nullptr);
};

} // namespace upgrade
