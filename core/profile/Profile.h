#pragma once

#include "ValidationProblem.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace upgrade {

enum class EnvironmentKind { Production, Test };
enum class Hosting { IisNetFramework, NetCoreLinux, Cloud, Sandbox };
enum class DatabaseKind { PostgreSql, MsSql, Sqlite };
enum class OneCTool { Designer, Ibcmd };
enum class WindowMode { Warn, Block };

QString toString(EnvironmentKind kind); ///< "production" | "test"
QString toString(Hosting hosting);   ///< "iis-netframework" | "netcore-linux" | "cloud" | "sandbox"
QString toString(DatabaseKind kind); ///< "postgresql" | "mssql" | "sqlite"
QString toString(OneCTool tool);     ///< "designer" | "ibcmd"
std::optional<Hosting> hostingFromString(const QString &text);
std::optional<DatabaseKind> databaseKindFromString(const QString &text);

/// The BPMSoft database of one environment. Passwords are never here (SecretStore).
struct DatabaseSettings
{
    DatabaseKind kind = DatabaseKind::PostgreSql;
    QString host;
    int port = 0; ///< 0: the DBMS default
    QString name;
    QString user;
    QString odbcDriver;   ///< MS SQL only: the ODBC driver name
    QString path;         ///< SQLite only: the database file
    QString backupFolder; ///< where backups go; for MS SQL a folder on the SQL Server host
};

/// Where and how the site is hosted (which fields matter depends on the hosting kind).
struct SiteSettings
{
    QString folder;      ///< the site's root folder (IIS physical path, Linux WorkingDirectory)
    QString iisSiteName; ///< IIS
    QString appPoolName; ///< IIS
    QString hostName;    ///< IIS binding host name
    int port = 0;        ///< IIS binding port or Kestrel port
    QString serviceName; ///< systemd unit (.NET 8 on Linux)
    int redisDb = -1;    ///< ConnectionStrings.config redis db number; -1: keep / choose
};

/// The 1C infobase the connector exchanges with.
struct OneCSettings
{
    QString filePath;     ///< a file infobase; or
    QString server;       ///< a server infobase: "host[:port]" of the 1C cluster
    QString infobaseName; ///< ... and its name in the cluster
    OneCTool tool = OneCTool::Designer;
    QString executable; ///< 1cv8 / ibcmd; empty: search the usual install folders
    QString user;
    QString odataUrl;   ///< base URL of the publication's standard OData
    QString odataUser;  ///< empty: the same as `user`
    QString rasAddress; ///< "host:1545" to lock sessions with rac; empty: no locking
    QString clusterUser;

    bool isConfigured() const { return !filePath.isEmpty() || !server.isEmpty(); }
    bool isServer() const { return !server.isEmpty(); }
};

/// One environment: the production site or the test site made from a copy of it.
struct EnvironmentSettings
{
    QString siteUrl;
    Hosting hosting = Hosting::IisNetFramework;
    QString userName;
    QString tlsCertificateSha256; ///< pin for a self-signed certificate; empty: system trust
    SiteSettings site;
    std::optional<DatabaseSettings> database; ///< none in cloud mode
    OneCSettings onec;

    bool isNetCore() const { return hosting == Hosting::NetCoreLinux; }
};

/// Names of the connector's entities; not publicly documented, hence settings with defaults.
struct ConnectorSettings
{
    QString syncHistoryTable = QStringLiteral("SmrSyncHistory");
    QString integrationObjectTable = QStringLiteral("SmrIntegrationObject");
    QString deduplicationColumn = QStringLiteral("SmrUseForDeduplication");
    QString integrationLogTable = QStringLiteral("SmrIntegrationLog");
    QString oneCSettingsTable = QStringLiteral("SmrOneCConnection");
    QStringList integrationProcesses = {QStringLiteral("SmrRunIntegration")};
};

/// When production may be touched (the vendor: not in business hours).
struct MaintenanceWindow
{
    QList<int> days;  ///< 1 = Monday ... 7 = Sunday; empty: every day
    QTime from;       ///< window start, local to timeZone
    QTime to;         ///< window end; before `from` means it ends the next day
    QString timeZone; ///< IANA id; empty: the system's
    WindowMode mode = WindowMode::Warn;
    bool enabled = false;
};

struct ProfileLoadResult;

/// The whole upgrade as the administrator described it: a validated, secret-free JSON file
/// (docs/profile.md). A plain value type; copy freely, share across threads read-only.
class Profile
{
public:
    static constexpr int SchemaVersion = 1;

    using LoadResult = ProfileLoadResult;

    /// Reads, validates (ProfileValidator) and converts a profile file. Never writes.
    static LoadResult load(const QString &filePath);
    /// Validates and converts JSON text.
    static LoadResult fromJsonText(const QByteArray &json);
    /// Converts an already validated object.
    static Profile fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    /// Writes the profile atomically (QSaveFile); false and a translated reason on failure.
    bool save(const QString &filePath, QString *error) const;

    QString name;
    QString filePath; ///< where it was loaded from; not serialised
    QString packageArchive;
    QString workFolder; ///< backups, journals, reports; empty: AppPaths::journalDir()
    EnvironmentSettings production;
    EnvironmentSettings test;
    ConnectorSettings connector;
    MaintenanceWindow maintenanceWindow;

    const EnvironmentSettings &environment(EnvironmentKind kind) const
    {
        return kind == EnvironmentKind::Production ? production : test;
    }
    EnvironmentSettings &environment(EnvironmentKind kind)
    {
        return kind == EnvironmentKind::Production ? production : test;
    }
};

/// What Profile::load() found: the profile, or every problem with it.
struct ProfileLoadResult
{
    std::optional<Profile> profile; ///< set only when there are no problems
    ValidationProblems problems;
};

} // namespace upgrade
