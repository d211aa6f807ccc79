#pragma once

#include <QString>

namespace upgrade {

/// Where the program keeps its files. All under one data folder: QStandardPaths'
/// AppLocalDataLocation, or $BPMSOFT_UPGRADE_HOME when set (tests and portable use).
/// Thread-safe: pure functions of the environment.
class AppPaths
{
public:
    static QString dataDir();
    static QString logDir();     ///< dataDir()/logs: one log file per run
    static QString journalDir(); ///< dataDir()/runs: one folder per upgrade run
    /// Creates `path` with parents; false and a translated reason in `error` when it cannot.
    static bool ensureDir(const QString &path, QString *error);
};

} // namespace upgrade
