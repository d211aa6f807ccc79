#pragma once

#include <QString>
#include <QStringList>

namespace upgrade::wizard {

/// The profiles opened lately, newest first, kept in the data folder
/// (AppPaths::dataDir()/recent-profiles.json) so a portable or test home keeps its own.
/// Plain file functions: call them on a worker thread (runInBackground).
class RecentProfiles
{
public:
    static constexpr int MaxEntries = 8;
    static QString filePath();
    /// The list; files that no longer exist are left out.
    static QStringList load();
    /// Puts `profilePath` (absolute) first; false when the list cannot be written.
    static bool add(const QString &profilePath);
};

} // namespace upgrade::wizard
