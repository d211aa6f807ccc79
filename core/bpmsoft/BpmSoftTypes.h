#pragma once

#include "package/PackageComparison.h"

// Plain values that BpmSoftClient returns. Copy freely; no behaviour here.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace upgrade {

/// How the site is hosted, as far as the HTTP API is concerned (bpmsoft-http-api.md §0.1).
enum class BpmSoftFlavour {
    Auto,         ///< not known yet: the client probes the login pages
    NetFramework, ///< IIS, .NET Framework: services under /0, restart = UnloadAppDomain
    NetCore,      ///< .NET 8 / Kestrel: services at the root (and /0), restart = RestartApp
};

QString toString(BpmSoftFlavour flavour); ///< "auto" | "netframework" | "netcore"

/// The anonymous health ping's verdict (a redirect means the login page: not healthy).
struct HealthStatus
{
    enum class State {
        Healthy,           ///< 200 from the ping (or, where there is none, the login page)
        RedirectedToLogin, ///< 3xx: the application is not serving (or the ping is not public)
        Unavailable,       ///< 503 and the like: starting, restarting or stopped by IIS
        Unreachable,       ///< no HTTP answer: refused, reset, timed out, TLS refused
        Error,             ///< another HTTP status
    };
    State state = State::Unreachable;
    int httpStatus = 0;
    QString message; ///< translated, for people
    QString details; ///< raw: URL, status, error text
    bool isHealthy() const { return state == State::Healthy; }
};

/// The platform version and where it was read from.
struct PlatformVersion
{
    enum class Source { ApplicationInfo, LoginPage, BasePackage };
    QString version; ///< "1.6.0.190"
    Source source = Source::ApplicationInfo;
};

// One installed package (PackageService.svc/GetPackages or SysPackage): the one definition
// is core/package's InstalledPackage, so the client's result feeds PackageComparison as is.

/// One compiler message of "Compile all".
struct CompileMessage
{
    QString fileName;
    int line = 0;
    int column = 0;
    QString code; ///< "CS1002"
    QString text;
    bool warning = false;
};

/// The outcome of GenerateAllSchemasSources or Rebuild (the HTTP call itself succeeded).
struct CompileResult
{
    bool success = false;
    int buildResult = -1;         ///< the server's buildResult; -1 when absent
    QList<CompileMessage> errors; ///< non-warnings
    QList<CompileMessage> warnings;
    QString message; ///< errorInfo.message or message, when the server gave one
};

/// The outcome of InstallPackage, judged from the server's response and the installation log.
struct InstallOutcome
{
    enum class Status {
        Succeeded,             ///< response success and a clean log
        SucceededWithWarnings, ///< installed; read `warnings` (e.g. schemas "modified locally")
        Failed,                ///< the response or the log shows a failure
        Unknown,   ///< no usable answer: the install may or may not have happened; check
        Cancelled, ///< the wait was cancelled; the server may still be installing
    };
    Status status = Status::Unknown;
    QString message;         ///< translated summary for people
    QStringList errors;      ///< error lines from the response and the log
    QStringList warnings;    ///< warning lines
    QString log;             ///< the whole installation log as last read
    QString responseDetails; ///< the raw response (status and body), for the details view
    bool isSuccess() const
    {
        return status == Status::Succeeded || status == Status::SucceededWithWarnings;
    }
};

/// A business process run as VwSysProcessLog shows it.
struct ProcessLogEntry
{
    enum class Status { Running, Completed, Error, Cancelled, Other };
    QString id;
    QString name;
    Status status = Status::Other;
    QString statusId;
    QDateTime startDate; ///< UTC as the server reports it
    QDateTime completeDate;
    QString errorDescription;
    bool isFinished() const { return status != Status::Running && status != Status::Other; }
};

/// What ProcessEngineService Execute answered.
struct ProcessStart
{
    QDateTime requestedAt;  ///< UTC, just before the call (to find the run in the log)
    bool hasResult = false; ///< the call waited for ResultParameterName
    QString resultValue;    ///< its value, unwrapped from the XML <string> envelope
};

} // namespace upgrade
