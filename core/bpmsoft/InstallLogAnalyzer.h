#pragma once

#include "BpmSoftTypes.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace upgrade {

/// Decides whether InstallPackage succeeded from the server's response AND the installation
/// log (bpmsoft-http-api.md §3.5): a success response with errors in the log is a failure; a
/// failure response is downgraded to "succeeded with warnings" only in the GH-1299 case
/// (finished, schemas "modified locally", the generic message, no compiler error). Without a
/// response (the connection was lost) only a log that says it finished cleanly counts, and
/// still with a warning. The markers are the English log phrases; easy to extend. Pure
/// functions, thread-safe.
class InstallLogAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::InstallLogAnalyzer)
public:
    struct Input
    {
        std::optional<QJsonObject> response; ///< the parsed JSON; none when lost or not JSON
        QString responseDetails;             ///< raw status/body for the outcome's details
        bool logAvailable = false;           ///< the log could be read after the install
        QString log;
    };

    static InstallOutcome analyse(const Input &input);

    static QStringList errorLines(const QString &log);
    static QStringList modifiedLocallyLines(const QString &log);
    static bool hasFinished(const QString &log);
    static bool hasSuccessLine(const QString &log);
    static bool hasCompilerError(const QString &log);
    /// The lines of `current` that are new since `previous` was read; `restarted` is set when
    /// `current` does not continue `previous` (a new log was started on the server).
    static QStringList newLines(const QString &previous, const QString &current, bool *restarted);
};

} // namespace upgrade
