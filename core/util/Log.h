#pragma once

#include <QString>

#include <spdlog/spdlog.h>

namespace upgrade {

struct LogOptions
{
    QString directory; ///< empty: AppPaths::logDir()
    QString baseName = QStringLiteral("bpmsoft-upgrade");
    bool console = false; ///< also to stderr (the CLI without --json)
    bool bus = true;      ///< also to LogBus (the wizard's live log, --json)
    spdlog::level::level_enum level = spdlog::level::info;
    size_t maxFileBytes = 20 * 1024 * 1024; ///< rotate the run's file past this size
    size_t maxRotatedFiles = 3;
    int keepRunLogs = 30; ///< older run logs in the folder are deleted
};

/// The program's one logger: spdlog, one file per run (rotated by size), optional console and
/// LogBus sinks, all below a RedactingSink. Call init() once at start-up; before it (and in
/// tests that skip it) log lines go to a redacted stderr sink. Thread-safe after init().
class Log
{
public:
    /// False and a translated reason when the log file cannot be created; the logger then
    /// still works without the file.
    static bool init(const LogOptions &options, QString *error = nullptr);
    static QString filePath(); ///< the current run's log file, empty without one
    static std::shared_ptr<spdlog::logger> logger();
    static void flush();
    static void shutdown();
};

inline void logInfo(const QString &text)
{
    Log::logger()->info(text.toStdString());
}
inline void logWarning(const QString &text)
{
    Log::logger()->warn(text.toStdString());
}
inline void logError(const QString &text)
{
    Log::logger()->error(text.toStdString());
}
inline void logDebug(const QString &text)
{
    Log::logger()->debug(text.toStdString());
}

} // namespace upgrade
