#include "ProfileValidator.h"

#include "Profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTimeZone>
#include <QUrl>

#include <functional>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return ProfileValidator::tr("null");
    case QJsonValue::Bool:
        return ProfileValidator::tr("boolean");
    case QJsonValue::Double:
        return ProfileValidator::tr("number");
    case QJsonValue::String:
        return ProfileValidator::tr("string");
    case QJsonValue::Array:
        return ProfileValidator::tr("list");
    case QJsonValue::Object:
        return ProfileValidator::tr("object");
    default:
        return ProfileValidator::tr("nothing");
    }
}

/// scheme://host:port/path in a comparable form: case, default ports and trailing slashes
/// do not make two addresses of one site different.
QString comparableSiteUrl(const QString &text)
{
    const QUrl u(text.trimmed());
    if (!u.isValid() || u.host().isEmpty())
        return {};
    const QString scheme = u.scheme().toLower();
    const int port = u.port(scheme == u"https"_s ? 443 : 80);
    QString path = u.path(QUrl::FullyDecoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    return u"%1://%2:%3%4"_s.arg(scheme, u.host().toLower()).arg(port).arg(path.toLower());
}

bool looksSecretKey(const QString &key)
{
    static const QRegularExpression re(u"pass|pwd|secret|token|cookie"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(key).hasMatch();
}

/// Walks the object tree, collecting problems with their paths.
class Checker
{
public:
    ValidationProblems problems;

    void add(const QString &path, const QString &message) { problems.append({path, message}); }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }

    /// Reports fields that are not in `known` (typos would otherwise be silently ignored).
    void onlyKnown(const QJsonObject &o, const QString &path, const QStringList &known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (looksSecretKey(it.key()))
                continue; // reported by the secret scan, with a better message
            if (!known.contains(it.key()))
                add(join(path, it.key()),
                    ProfileValidator::tr(
                            "Unknown field. Check the spelling; the known fields here are: %1.")
                            .arg(known.join(u", "_s)));
        }
    }

    std::optional<QJsonObject> object(const QJsonObject &o, const QString &path, const QString &key,
                                      bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                add(join(path, key), ProfileValidator::tr("Required section is missing."));
            return std::nullopt;
        }
        if (!v.isObject()) {
            add(join(path, key),
                ProfileValidator::tr("Must be an object, not a %1.").arg(typeName(v)));
            return std::nullopt;
        }
        return v.toObject();
    }

    std::optional<QString> string(const QJsonObject &o, const QString &path, const QString &key,
                                  bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
            if (required)
                add(join(path, key), ProfileValidator::tr("Required field is missing or empty."));
            return std::nullopt;
        }
        if (!v.isString()) {
            add(join(path, key),
                ProfileValidator::tr("Must be a string, not a %1.").arg(typeName(v)));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<int> integer(const QJsonObject &o, const QString &path, const QString &key,
                               int min, int max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d))) {
            add(join(path, key),
                ProfileValidator::tr("Must be a whole number, not a %1.").arg(typeName(v)));
            return std::nullopt;
        }
        if (d < min || d > max) {
            add(join(path, key),
                ProfileValidator::tr("Must be between %1 and %2.").arg(min).arg(max));
            return std::nullopt;
        }
        return int(d);
    }

    void oneOf(const QJsonObject &o, const QString &path, const QString &key,
               const QStringList &allowed, bool required)
    {
        const auto value = string(o, path, key, required);
        if (value && !allowed.contains(*value))
            add(join(path, key), ProfileValidator::tr("Unknown value \"%1\"; expected one of: %2.")
                                         .arg(*value, allowed.join(u", "_s)));
    }

    void url(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const auto value = string(o, path, key, required);
        if (!value)
            return;
        const QUrl u(*value, QUrl::StrictMode);
        const QString scheme = u.scheme().toLower();
        if (!u.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || u.host().isEmpty())
            add(join(path, key),
                ProfileValidator::tr("\"%1\" is not a valid http:// or https:// address.")
                        .arg(*value));
        else if (!u.userInfo().isEmpty())
            add(join(path, key),
                ProfileValidator::tr("The address must not contain a user name or password; "
                                     "use the user fields and the keychain."));
    }

    void time(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const auto value = string(o, path, key, required);
        if (value && !QTime::fromString(*value, u"HH:mm"_s).isValid())
            add(join(path, key),
                ProfileValidator::tr("\"%1\" is not a time of day in the form HH:MM.").arg(*value));
    }

    void stringList(const QJsonObject &o, const QString &path, const QString &key, bool required,
                    const std::function<void(const QString &, const QString &)> &each = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                add(join(path, key), ProfileValidator::tr("Required list is missing."));
            return;
        }
        if (!v.isArray()) {
            add(join(path, key),
                ProfileValidator::tr("Must be a list, not a %1.").arg(typeName(v)));
            return;
        }
        const QJsonArray a = v.toArray();
        if (required && a.isEmpty())
            add(join(path, key), ProfileValidator::tr("The list must not be empty."));
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString itemPath = join(path, key) + u"[%1]"_s.arg(i);
            if (!a.at(i).isString() || a.at(i).toString().trimmed().isEmpty())
                add(itemPath, ProfileValidator::tr("Must be a non-empty string."));
            else if (each)
                each(itemPath, a.at(i).toString());
        }
    }

    /// BPMSoft entity and column names: letters, digits and underscores only, so that they
    /// can be quoted safely in SQL and used in DataService queries.
    void identifier(const QJsonObject &o, const QString &path, const QString &key)
    {
        const auto value = string(o, path, key, false);
        if (value)
            identifierValue(join(path, key), *value);
    }
    void identifierValue(const QString &path, const QString &value)
    {
        static const QRegularExpression re(u"^[A-Za-z_][A-Za-z0-9_]{0,127}$"_s);
        if (!re.match(value).hasMatch())
            add(path,
                ProfileValidator::tr("\"%1\" is not a valid entity name (Latin letters, digits and "
                                     "underscores, starting with a letter).")
                        .arg(value));
    }

    /// Any non-empty value under a secret-looking key, or Password= inside a string, is an
    /// error: secrets live in the keychain, the environment or a secrets file.
    void scanSecrets(const QJsonValue &v, const QString &path)
    {
        static const QRegularExpression inline_(u"(password|pwd)\\s*=\\s*[^;\\s]"_s,
                                                QRegularExpression::CaseInsensitiveOption);
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QString p = join(path, it.key());
                if (looksSecretKey(it.key())) {
                    add(p, ProfileValidator::tr(
                                   "Passwords and other secrets must not be written in the "
                                   "profile. Remove this field: the program asks for the password "
                                   "and keeps it in the system keychain; for unattended runs use "
                                   "the BPMSOFT_UPGRADE_SECRET_* environment variables or "
                                   "--secrets-file (see docs/profile.md)."));
                    continue;
                }
                scanSecrets(it.value(), p);
            }
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                scanSecrets(a.at(i), path + u"[%1]"_s.arg(i));
        } else if (v.isString() && inline_.match(v.toString()).hasMatch()) {
            add(path, ProfileValidator::tr(
                              "This value contains a password. Secrets must not be written in "
                              "the profile; the program keeps them in the system keychain."));
        }
    }

    void database(const QJsonObject &env, const QString &envPath, bool required)
    {
        const auto db = object(env, envPath, u"database"_s, required);
        if (!db)
            return;
        const QString path = join(envPath, u"database"_s);
        onlyKnown(*db, path,
                  {u"kind"_s, u"host"_s, u"port"_s, u"name"_s, u"user"_s, u"odbcDriver"_s,
                   u"path"_s, u"backupFolder"_s});
        oneOf(*db, path, u"kind"_s, {u"postgresql"_s, u"mssql"_s, u"sqlite"_s}, true);
        const QString kind = db->value(u"kind"_s).toString();
        integer(*db, path, u"port"_s, 1, 65535);
        string(*db, path, u"backupFolder"_s, false);
        if (kind == u"sqlite"_s) {
            string(*db, path, u"path"_s, true);
        } else if (kind == u"postgresql"_s || kind == u"mssql"_s) {
            string(*db, path, u"host"_s, true);
            string(*db, path, u"name"_s, true);
            string(*db, path, u"user"_s, kind == u"postgresql"_s);
            string(*db, path, u"odbcDriver"_s, false);
        }
    }

    void site(const QJsonObject &env, const QString &envPath, const QString &hosting)
    {
        const bool needed = hosting == u"iis-netframework"_s || hosting == u"netcore-linux"_s;
        const auto site = object(env, envPath, u"site"_s, needed);
        if (!site)
            return;
        const QString path = join(envPath, u"site"_s);
        onlyKnown(*site, path,
                  {u"folder"_s, u"iisSiteName"_s, u"appPoolName"_s, u"hostName"_s, u"port"_s,
                   u"serviceName"_s, u"redisDb"_s});
        string(*site, path, u"folder"_s, needed);
        string(*site, path, u"iisSiteName"_s, hosting == u"iis-netframework"_s);
        string(*site, path, u"appPoolName"_s, false);
        string(*site, path, u"hostName"_s, false);
        string(*site, path, u"serviceName"_s, false);
        integer(*site, path, u"port"_s, 1, 65535);
        integer(*site, path, u"redisDb"_s, 0, 1023);
    }

    void onec(const QJsonObject &env, const QString &envPath, bool required)
    {
        const auto onec = object(env, envPath, u"onec"_s, required);
        if (!onec)
            return;
        const QString path = join(envPath, u"onec"_s);
        onlyKnown(*onec, path,
                  {u"filePath"_s, u"server"_s, u"infobaseName"_s, u"tool"_s, u"executable"_s,
                   u"user"_s, u"odataUrl"_s, u"odataUser"_s, u"rasAddress"_s, u"clusterUser"_s});
        const auto file = string(*onec, path, u"filePath"_s, false);
        const auto server = string(*onec, path, u"server"_s, false);
        const auto name = string(*onec, path, u"infobaseName"_s, false);
        if (file && server)
            add(path, ProfileValidator::tr(
                              "Give either filePath (a file infobase) or server and infobaseName "
                              "(a server infobase), not both."));
        else if (!file && !server)
            add(path, ProfileValidator::tr(
                              "The 1C infobase is not set: give filePath (a file infobase) or "
                              "server and infobaseName (a server infobase)."));
        else if (server && !name)
            add(join(path, u"infobaseName"_s),
                ProfileValidator::tr("A server infobase needs its name in the cluster."));
        oneOf(*onec, path, u"tool"_s, {u"designer"_s, u"ibcmd"_s}, false);
        string(*onec, path, u"executable"_s, false);
        string(*onec, path, u"user"_s, false);
        url(*onec, path, u"odataUrl"_s, false);
        string(*onec, path, u"odataUser"_s, false);
        string(*onec, path, u"rasAddress"_s, false);
        string(*onec, path, u"clusterUser"_s, false);
    }

    void environment(const QJsonObject &root, const QString &name)
    {
        const auto env = object(root, u"environments"_s, name, true);
        if (!env)
            return;
        const QString path = u"environments."_s + name;
        onlyKnown(*env, path,
                  {u"siteUrl"_s, u"hosting"_s, u"userName"_s, u"tlsCertificateSha256"_s, u"site"_s,
                   u"database"_s, u"onec"_s});
        url(*env, path, u"siteUrl"_s, true);
        oneOf(*env, path, u"hosting"_s,
              {u"iis-netframework"_s, u"netcore-linux"_s, u"cloud"_s, u"sandbox"_s}, true);
        string(*env, path, u"userName"_s, true);
        if (const auto pin = string(*env, path, u"tlsCertificateSha256"_s, false)) {
            QString hex = *pin;
            hex.remove(u':');
            static const QRegularExpression re(u"^[0-9A-Fa-f]{64}$"_s);
            if (!re.match(hex).hasMatch())
                add(join(path, u"tlsCertificateSha256"_s),
                    ProfileValidator::tr(
                            "Must be a SHA-256 fingerprint: 64 hexadecimal digits, colons "
                            "allowed."));
        }
        const QString hosting = env->value(u"hosting"_s).toString();
        const bool cloud = hosting == u"cloud"_s;
        site(*env, path, hosting);
        database(*env, path, !cloud);
        onec(*env, path, false);
    }

    void connector(const QJsonObject &root)
    {
        const auto c = object(root, {}, u"connector"_s, false);
        if (!c)
            return;
        const QString path = u"connector"_s;
        onlyKnown(*c, path,
                  {u"syncHistoryTable"_s, u"integrationObjectTable"_s, u"deduplicationColumn"_s,
                   u"integrationLogTable"_s, u"oneCSettingsTable"_s, u"integrationProcesses"_s});
        for (const QString &key :
             {u"syncHistoryTable"_s, u"integrationObjectTable"_s, u"deduplicationColumn"_s,
              u"integrationLogTable"_s, u"oneCSettingsTable"_s})
            identifier(*c, path, key);
        stringList(*c, path, u"integrationProcesses"_s, false,
                   [this](const QString &p, const QString &v) { identifierValue(p, v); });
    }

    void maintenanceWindow(const QJsonObject &root)
    {
        const auto w = object(root, {}, u"maintenanceWindow"_s, false);
        if (!w)
            return;
        const QString path = u"maintenanceWindow"_s;
        onlyKnown(*w, path, {u"days"_s, u"from"_s, u"to"_s, u"timeZone"_s, u"mode"_s});
        static const QStringList dayNames = {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s,
                                             u"fri"_s, u"sat"_s, u"sun"_s};
        stringList(*w, path, u"days"_s, false, [this](const QString &p, const QString &v) {
            if (!dayNames.contains(v))
                add(p, ProfileValidator::tr("Unknown day \"%1\"; expected one of: %2.")
                               .arg(v, dayNames.join(u", "_s)));
        });
        time(*w, path, u"from"_s, true);
        time(*w, path, u"to"_s, true);
        if (const auto tz = string(*w, path, u"timeZone"_s, false)) {
            if (!QTimeZone(tz->toUtf8()).isValid())
                add(join(path, u"timeZone"_s),
                    ProfileValidator::tr(
                            "Unknown time zone \"%1\"; use an IANA name such as Europe/Moscow.")
                            .arg(*tz));
        }
        oneOf(*w, path, u"mode"_s, {u"warn"_s, u"block"_s}, false);
    }
};

} // namespace

ValidationProblems ProfileValidator::validateText(const QByteArray &text, QJsonObject *object)
{
    if (text.size() > MaxFileSize)
        return {{{},
                 tr("The file is too large for a profile (%1 bytes; at most %2).")
                         .arg(text.size())
                         .arg(MaxFileSize)}};
    if (text.trimmed().isEmpty())
        return {{{}, tr("The file is empty.")}};
    // Binary data: NUL bytes or invalid UTF-8 (JSON must be UTF-8).
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(text);
    if (text.contains('\0') || decoder.hasError())
        return {{{}, tr("The file is not a text file in UTF-8; it cannot be a profile.")}};
    Q_UNUSED(decoded)

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = text.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return {{{},
                 tr("The file is not valid JSON (line %1, column %2): %3. Was it cut "
                    "short or edited by hand?")
                         .arg(line)
                         .arg(column)
                         .arg(error.errorString())}};
    }
    if (!doc.isObject())
        return {{{}, tr("A profile must be a JSON object ({ ... }).")}};
    const ValidationProblems problems = validate(doc.object());
    if (problems.isEmpty() && object)
        *object = doc.object();
    return problems;
}

ValidationProblems ProfileValidator::validate(const QJsonObject &root)
{
    Checker c;
    const QJsonValue version = root.value(u"schemaVersion"_s);
    if (version.isUndefined()) {
        c.add(u"schemaVersion"_s, tr("Required field is missing."));
    } else if (!version.isDouble() || version.toDouble() != double(Profile::SchemaVersion)) {
        c.add(u"schemaVersion"_s,
              tr("Unknown schema version %1; this program reads version %2. A newer program may "
                 "have written this profile.")
                      .arg(version.isDouble() ? QString::number(version.toDouble())
                                              : typeName(version))
                      .arg(Profile::SchemaVersion));
        return c.problems; // the rest is meaningless under another schema
    }
    c.scanSecrets(root, {});
    c.onlyKnown(root, {},
                {u"schemaVersion"_s, u"name"_s, u"packageArchive"_s, u"workFolder"_s,
                 u"environments"_s, u"connector"_s, u"maintenanceWindow"_s});
    c.string(root, {}, u"name"_s, false);
    c.string(root, {}, u"packageArchive"_s, true);
    c.string(root, {}, u"workFolder"_s, false);
    if (const auto envs = c.object(root, {}, u"environments"_s, true)) {
        c.onlyKnown(*envs, u"environments"_s, {u"production"_s, u"test"_s});
        c.environment(*envs, u"production"_s);
        c.environment(*envs, u"test"_s);
        // The test site must be another site than production (DESIGN.md safety rule 2).
        const QJsonObject prod = envs->value(u"production"_s).toObject();
        const QJsonObject test = envs->value(u"test"_s).toObject();
        const QString prodUrl = comparableSiteUrl(prod.value(u"siteUrl"_s).toString());
        if (!prodUrl.isEmpty() && prodUrl == comparableSiteUrl(test.value(u"siteUrl"_s).toString()))
            c.add(u"environments.test.siteUrl"_s,
                  tr("The test site must not be the production site."));
        const QJsonObject prodDb = prod.value(u"database"_s).toObject();
        const QJsonObject testDb = test.value(u"database"_s).toObject();
        if (!prodDb.isEmpty() && prodDb.value(u"kind"_s) == testDb.value(u"kind"_s) &&
            prodDb.value(u"host"_s) == testDb.value(u"host"_s) &&
            prodDb.value(u"port"_s) == testDb.value(u"port"_s) &&
            prodDb.value(u"name"_s) == testDb.value(u"name"_s) &&
            prodDb.value(u"path"_s) == testDb.value(u"path"_s))
            c.add(u"environments.test.database"_s,
                  tr("The test database must not be the production database."));
    }
    c.connector(root);
    c.maintenanceWindow(root);
    return c.problems;
}

} // namespace upgrade
