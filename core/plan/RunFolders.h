#pragma once

#include "profile/Profile.h"

#include <QString>
#include <QStringList>

namespace upgrade {

/// Where runs live: one folder per upgrade run (its journal, backups, reports), under
/// `<base>/<profile>/<yyyyMMdd-HHmmss>`, base being the profile's workFolder or
/// AppPaths::journalDir(). Stateless; thread-safe.
class RunFolders
{
public:
    /// The folder holding the runs of this profile.
    static QString profileFolder(const Profile &profile);
    /// A new, not yet existing run folder for the profile.
    static QString newRunDirectory(const Profile &profile);
    /// Run folders of the profile that hold a journal, newest first.
    static QStringList runDirectories(const Profile &profile);
    /// A new run id: "20250101-120000-1a2b".
    static QString newRunId();
};

} // namespace upgrade
