#include "Profile.h"

#include "ProfileValidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

const QStringList DayNames = {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};

void putString(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putInt(QJsonObject &o, const QString &key, int value, int unset)
{
    if (value != unset)
        o.insert(key, value);
}

DatabaseSettings databaseFromJson(const QJsonObject &o)
{
    DatabaseSettings d;
    d.kind = databaseKindFromString(o.value(u"kind"_s).toString())
                     .value_or(DatabaseKind::PostgreSql);
    d.host = o.value(u"host"_s).toString();
    d.port = o.value(u"port"_s).toInt(0);
    d.name = o.value(u"name"_s).toString();
    d.user = o.value(u"user"_s).toString();
    d.odbcDriver = o.value(u"odbcDriver"_s).toString();
    d.path = o.value(u"path"_s).toString();
    d.backupFolder = o.value(u"backupFolder"_s).toString();
    return d;
}

QJsonObject databaseToJson(const DatabaseSettings &d)
{
    QJsonObject o{{u"kind"_s, toString(d.kind)}};
    putString(o, u"host"_s, d.host);
    putInt(o, u"port"_s, d.port, 0);
    putString(o, u"name"_s, d.name);
    putString(o, u"user"_s, d.user);
    putString(o, u"odbcDriver"_s, d.odbcDriver);
    putString(o, u"path"_s, d.path);
    putString(o, u"backupFolder"_s, d.backupFolder);
    return o;
}

SiteSettings siteFromJson(const QJsonObject &o)
{
    SiteSettings s;
    s.folder = o.value(u"folder"_s).toString();
    s.iisSiteName = o.value(u"iisSiteName"_s).toString();
    s.appPoolName = o.value(u"appPoolName"_s).toString();
    s.hostName = o.value(u"hostName"_s).toString();
    s.port = o.value(u"port"_s).toInt(0);
    s.serviceName = o.value(u"serviceName"_s).toString();
    s.redisDb = o.value(u"redisDb"_s).toInt(-1);
    return s;
}

QJsonObject siteToJson(const SiteSettings &s)
{
    QJsonObject o;
    putString(o, u"folder"_s, s.folder);
    putString(o, u"iisSiteName"_s, s.iisSiteName);
    putString(o, u"appPoolName"_s, s.appPoolName);
    putString(o, u"hostName"_s, s.hostName);
    putInt(o, u"port"_s, s.port, 0);
    putString(o, u"serviceName"_s, s.serviceName);
    putInt(o, u"redisDb"_s, s.redisDb, -1);
    return o;
}

OneCSettings onecFromJson(const QJsonObject &o)
{
    OneCSettings c;
    c.filePath = o.value(u"filePath"_s).toString();
    c.server = o.value(u"server"_s).toString();
    c.infobaseName = o.value(u"infobaseName"_s).toString();
    c.tool = o.value(u"tool"_s).toString() == u"ibcmd"_s ? OneCTool::Ibcmd : OneCTool::Designer;
    c.executable = o.value(u"executable"_s).toString();
    c.user = o.value(u"user"_s).toString();
    c.odataUrl = o.value(u"odataUrl"_s).toString();
    c.odataUser = o.value(u"odataUser"_s).toString();
    c.rasAddress = o.value(u"rasAddress"_s).toString();
    c.clusterUser = o.value(u"clusterUser"_s).toString();
    return c;
}

QJsonObject onecToJson(const OneCSettings &c)
{
    QJsonObject o;
    putString(o, u"filePath"_s, c.filePath);
    putString(o, u"server"_s, c.server);
    putString(o, u"infobaseName"_s, c.infobaseName);
    o.insert(u"tool"_s, toString(c.tool));
    putString(o, u"executable"_s, c.executable);
    putString(o, u"user"_s, c.user);
    putString(o, u"odataUrl"_s, c.odataUrl);
    putString(o, u"odataUser"_s, c.odataUser);
    putString(o, u"rasAddress"_s, c.rasAddress);
    putString(o, u"clusterUser"_s, c.clusterUser);
    return o;
}

EnvironmentSettings environmentFromJson(const QJsonObject &o)
{
    EnvironmentSettings e;
    e.siteUrl = o.value(u"siteUrl"_s).toString();
    e.hosting =
            hostingFromString(o.value(u"hosting"_s).toString()).value_or(Hosting::IisNetFramework);
    e.userName = o.value(u"userName"_s).toString();
    e.tlsCertificateSha256 = o.value(u"tlsCertificateSha256"_s).toString();
    e.site = siteFromJson(o.value(u"site"_s).toObject());
    if (o.value(u"database"_s).isObject())
        e.database = databaseFromJson(o.value(u"database"_s).toObject());
    e.onec = onecFromJson(o.value(u"onec"_s).toObject());
    return e;
}

QJsonObject environmentToJson(const EnvironmentSettings &e)
{
    QJsonObject o{{u"siteUrl"_s, e.siteUrl},
                  {u"hosting"_s, toString(e.hosting)},
                  {u"userName"_s, e.userName}};
    putString(o, u"tlsCertificateSha256"_s, e.tlsCertificateSha256);
    const QJsonObject site = siteToJson(e.site);
    if (!site.isEmpty())
        o.insert(u"site"_s, site);
    if (e.database)
        o.insert(u"database"_s, databaseToJson(*e.database));
    if (e.onec.isConfigured())
        o.insert(u"onec"_s, onecToJson(e.onec));
    return o;
}

} // namespace

QString toString(EnvironmentKind kind)
{
    return kind == EnvironmentKind::Production ? u"production"_s : u"test"_s;
}

QString toString(Hosting hosting)
{
    switch (hosting) {
    case Hosting::IisNetFramework:
        return u"iis-netframework"_s;
    case Hosting::NetCoreLinux:
        return u"netcore-linux"_s;
    case Hosting::Cloud:
        return u"cloud"_s;
    case Hosting::Sandbox:
        return u"sandbox"_s;
    }
    return {};
}

QString toString(DatabaseKind kind)
{
    switch (kind) {
    case DatabaseKind::PostgreSql:
        return u"postgresql"_s;
    case DatabaseKind::MsSql:
        return u"mssql"_s;
    case DatabaseKind::Sqlite:
        return u"sqlite"_s;
    }
    return {};
}

QString toString(OneCTool tool)
{
    return tool == OneCTool::Ibcmd ? u"ibcmd"_s : u"designer"_s;
}

std::optional<Hosting> hostingFromString(const QString &text)
{
    for (Hosting h :
         {Hosting::IisNetFramework, Hosting::NetCoreLinux, Hosting::Cloud, Hosting::Sandbox})
        if (toString(h) == text)
            return h;
    return std::nullopt;
}

std::optional<DatabaseKind> databaseKindFromString(const QString &text)
{
    for (DatabaseKind k : {DatabaseKind::PostgreSql, DatabaseKind::MsSql, DatabaseKind::Sqlite})
        if (toString(k) == text)
            return k;
    return std::nullopt;
}

Profile::LoadResult Profile::load(const QString &filePath)
{
    QFile file(filePath);
    const QFileInfo info(filePath);
    if (!info.exists())
        return {std::nullopt,
                {{{},
                  ProfileValidator::tr("The profile %1 does not exist.")
                          .arg(QDir::toNativeSeparators(filePath))}}};
    if (info.size() > ProfileValidator::MaxFileSize)
        return {std::nullopt,
                {{{},
                  ProfileValidator::tr("The file is too large for a profile "
                                       "(%1 bytes; at most %2).")
                          .arg(info.size())
                          .arg(ProfileValidator::MaxFileSize)}}};
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt,
                {{{},
                  ProfileValidator::tr("Cannot read the profile %1: %2.")
                          .arg(QDir::toNativeSeparators(filePath), file.errorString())}}};
    LoadResult result = fromJsonText(file.read(ProfileValidator::MaxFileSize + 1));
    if (result.profile)
        result.profile->filePath = info.absoluteFilePath();
    return result;
}

Profile::LoadResult Profile::fromJsonText(const QByteArray &json)
{
    QJsonObject object;
    LoadResult result;
    result.problems = ProfileValidator::validateText(json, &object);
    if (result.problems.isEmpty())
        result.profile = fromJson(object);
    return result;
}

Profile Profile::fromJson(const QJsonObject &o)
{
    Profile p;
    p.name = o.value(u"name"_s).toString();
    p.packageArchive = o.value(u"packageArchive"_s).toString();
    p.workFolder = o.value(u"workFolder"_s).toString();
    const QJsonObject envs = o.value(u"environments"_s).toObject();
    p.production = environmentFromJson(envs.value(u"production"_s).toObject());
    p.test = environmentFromJson(envs.value(u"test"_s).toObject());

    const QJsonObject c = o.value(u"connector"_s).toObject();
    auto text = [&c](const QString &key, QString &field) {
        if (c.value(key).isString())
            field = c.value(key).toString();
    };
    text(u"syncHistoryTable"_s, p.connector.syncHistoryTable);
    text(u"integrationObjectTable"_s, p.connector.integrationObjectTable);
    text(u"deduplicationColumn"_s, p.connector.deduplicationColumn);
    text(u"integrationLogTable"_s, p.connector.integrationLogTable);
    text(u"oneCSettingsTable"_s, p.connector.oneCSettingsTable);
    if (c.value(u"integrationProcesses"_s).isArray()) {
        p.connector.integrationProcesses.clear();
        for (const QJsonValue &v : c.value(u"integrationProcesses"_s).toArray())
            p.connector.integrationProcesses.append(v.toString());
    }

    const QJsonObject w = o.value(u"maintenanceWindow"_s).toObject();
    if (!w.isEmpty()) {
        MaintenanceWindow &m = p.maintenanceWindow;
        m.enabled = true;
        for (const QJsonValue &d : w.value(u"days"_s).toArray())
            m.days.append(int(DayNames.indexOf(d.toString())) + 1);
        m.from = QTime::fromString(w.value(u"from"_s).toString(), u"HH:mm"_s);
        m.to = QTime::fromString(w.value(u"to"_s).toString(), u"HH:mm"_s);
        m.timeZone = w.value(u"timeZone"_s).toString();
        m.mode = w.value(u"mode"_s).toString() == u"block"_s ? WindowMode::Block : WindowMode::Warn;
    }
    return p;
}

QJsonObject Profile::toJson() const
{
    QJsonObject o{{u"schemaVersion"_s, SchemaVersion}};
    putString(o, u"name"_s, name);
    o.insert(u"packageArchive"_s, packageArchive);
    putString(o, u"workFolder"_s, workFolder);
    o.insert(u"environments"_s, QJsonObject{{u"production"_s, environmentToJson(production)},
                                            {u"test"_s, environmentToJson(test)}});
    o.insert(u"connector"_s,
             QJsonObject{{u"syncHistoryTable"_s, connector.syncHistoryTable},
                         {u"integrationObjectTable"_s, connector.integrationObjectTable},
                         {u"deduplicationColumn"_s, connector.deduplicationColumn},
                         {u"integrationLogTable"_s, connector.integrationLogTable},
                         {u"oneCSettingsTable"_s, connector.oneCSettingsTable},
                         {u"integrationProcesses"_s,
                          QJsonArray::fromStringList(connector.integrationProcesses)}});
    if (maintenanceWindow.enabled) {
        QJsonArray days;
        for (int d : maintenanceWindow.days)
            days.append(DayNames.value(d - 1));
        QJsonObject w{
                {u"days"_s, days},
                {u"from"_s, maintenanceWindow.from.toString(u"HH:mm"_s)},
                {u"to"_s, maintenanceWindow.to.toString(u"HH:mm"_s)},
                {u"mode"_s, maintenanceWindow.mode == WindowMode::Block ? u"block"_s : u"warn"_s}};
        putString(w, u"timeZone"_s, maintenanceWindow.timeZone);
        o.insert(u"maintenanceWindow"_s, w);
    }
    return o;
}

bool Profile::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) &&
        file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) >= 0 && file.commit())
        return true;
    if (error)
        *error = ProfileValidator::tr("Cannot write the profile %1: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace upgrade
