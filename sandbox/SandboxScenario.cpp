#include "SandboxScenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace upgrade::sandbox {

QString toString(SiteRole role)
{
    return role == SiteRole::Production ? u"production"_s : u"test"_s;
}

namespace {

const QList<QPair<Fault::Kind, QString>> &kindNames()
{
    using K = Fault::Kind;
    static const QList<QPair<K, QString>> names = {
            {K::Delay, u"delay"_s},
            {K::Http500, u"http500"_s},
            {K::Http503, u"http503"_s},
            {K::Drop, u"drop"_s},
            {K::DropAfter, u"drop-after"_s},
            {K::Hang, u"hang"_s},
            {K::ExpireSession, u"expire-session"_s},
            {K::RedirectToLogin, u"redirect-to-login"_s},
            {K::LoginPage200, u"login-page-200"_s},
            {K::NoCsrfCookie, u"no-csrf-cookie"_s},
            {K::NotFound, u"not-found"_s},
            {K::PayloadTooLarge, u"payload-too-large"_s},
            {K::InstallFailure, u"install-failure"_s},
            {K::InstallModifiedLocally, u"install-modified-locally"_s},
            {K::CompileErrors, u"compile-errors"_s},
            {K::IntegrationErrors, u"integration-errors"_s},
    };
    return names;
}

Fault make(const QString &endpoint, Fault::Kind kind)
{
    Fault f;
    f.endpoint = endpoint;
    f.kind = kind;
    return f;
}

/// `*` matches any text (also across '/'), `?` one character; case-insensitive.
bool globMatches(const QString &glob, const QString &text)
{
    QString pattern;
    for (QChar c : glob) {
        if (c == u'*')
            pattern += u".*"_s;
        else if (c == u'?')
            pattern += u'.';
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    const QRegularExpression re(u"\\A(?:"_s + pattern + u")\\z"_s,
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

} // namespace

QString Fault::kindName(Kind kind)
{
    for (const auto &p : kindNames())
        if (p.first == kind)
            return p.second;
    return {};
}

std::optional<Fault::Kind> Fault::kindFromName(const QString &name)
{
    for (const auto &p : kindNames())
        if (p.second.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p.first;
    return std::nullopt;
}

SandboxScenario::SandboxScenario(const SandboxScenario &other)
{
    QMutexLocker lock(&other.m_mutex);
    m_name = other.m_name;
    m_entries = other.m_entries;
}

SandboxScenario &SandboxScenario::operator=(const SandboxScenario &other)
{
    if (this != &other) {
        QList<Entry> entries;
        QString name;
        {
            QMutexLocker lock(&other.m_mutex);
            entries = other.m_entries;
            name = other.m_name;
        }
        QMutexLocker lock(&m_mutex);
        m_entries = entries;
        m_name = name;
    }
    return *this;
}

QStringList SandboxScenario::names()
{
    return {u"happy"_s, u"compile-errors"_s, u"production-install-fails"_s, u"integration-errors"_s,
            u"flaky-network"_s};
}

std::optional<SandboxScenario> SandboxScenario::named(const QString &name, QString *error)
{
    using K = Fault::Kind;
    SandboxScenario s;
    s.m_name = name;
    if (name == u"happy"_s)
        return s;
    if (name == u"compile-errors"_s) {
        s.add(make(u"ServiceModel/WorkspaceExplorerService.svc/Rebuild"_s, K::CompileErrors));
        s.add(make(u"ServiceModel/WorkspaceExplorerService.svc/Build"_s, K::CompileErrors));
        return s;
    }
    if (name == u"production-install-fails"_s) {
        Fault f = make(u"ServiceModel/PackageInstallerService.svc/InstallPackage"_s,
                       K::InstallFailure);
        f.role = u"production"_s;
        s.add(f);
        f.endpoint = u"ServiceModel/AppInstallerService.svc/InstallAppFromFile"_s;
        s.add(f);
        return s;
    }
    if (name == u"integration-errors"_s) {
        s.add(make(u"onec/*/Catalog_Номенклатура*"_s, K::Http500));
        return s;
    }
    if (name == u"flaky-network"_s) {
        Fault drop = make(u"DataService/json/SyncReply/SelectQuery"_s, K::Drop);
        drop.every = 4;
        s.add(drop);
        Fault unavailable = make(u"ServiceModel/PackageService.svc/GetPackages"_s, K::Http503);
        unavailable.times = 1;
        s.add(unavailable);
        Fault logDrop = make(u"ServiceModel/PackageInstallerService.svc/GetLogFile"_s, K::Drop);
        logDrop.every = 3;
        s.add(logDrop);
        Fault uploadDrop =
                make(u"ServiceModel/PackageInstallerService.svc/UploadPackage"_s, K::Drop);
        uploadDrop.times = 1;
        s.add(uploadDrop);
        Fault expire = make(u"DataService/json/SyncReply/UpdateQuery"_s, K::ExpireSession);
        expire.times = 1;
        s.add(expire);
        Fault slow = make(u"*"_s, K::Delay);
        slow.ms = 150;
        slow.every = 5;
        s.add(slow);
        Fault slowPing = make(u"api/HealthCheck/Ping"_s, K::Delay);
        slowPing.ms = 300;
        s.add(slowPing);
        Fault slowOneC = make(u"onec/*"_s, K::Delay);
        slowOneC.ms = 50;
        slowOneC.every = 10;
        s.add(slowOneC);
        return s;
    }
    if (error)
        *error = tr("Unknown scenario \"%1\"; the named scenarios are: %2.")
                         .arg(name, names().join(u", "_s));
    return std::nullopt;
}

std::optional<Fault> SandboxScenario::parseFault(const QString &text, QString *error)
{
    const qsizetype eq = text.indexOf(u'=');
    if (eq <= 0) {
        if (error)
            *error = tr("A fault is written ENDPOINT=KIND[,ms=N][,skip=N][,times=N][,every=N]"
                        "[,role=production|test][,method=GET|POST], not \"%1\".")
                             .arg(text);
        return std::nullopt;
    }
    Fault f;
    f.endpoint = text.left(eq).trimmed();
    const QStringList parts = text.mid(eq + 1).split(u',');
    const auto kind = Fault::kindFromName(parts.value(0));
    if (!kind) {
        if (error) {
            QStringList known;
            for (const auto &p : kindNames())
                known.append(p.second);
            *error = tr("Unknown fault kind \"%1\"; known kinds: %2.")
                             .arg(parts.value(0), known.join(u", "_s));
        }
        return std::nullopt;
    }
    f.kind = *kind;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString key = parts.at(i).section(u'=', 0, 0).trimmed();
        const QString value = parts.at(i).section(u'=', 1).trimmed();
        bool ok = true;
        if (key == u"ms"_s)
            f.ms = value.toInt(&ok);
        else if (key == u"skip"_s)
            f.skip = value.toInt(&ok);
        else if (key == u"times"_s)
            f.times = value.toInt(&ok);
        else if (key == u"every"_s)
            f.every = qMax(1, value.toInt(&ok));
        else if (key == u"role"_s && (value == u"production"_s || value == u"test"_s))
            f.role = value;
        else if (key == u"method"_s)
            f.method = value.toUpper();
        else
            ok = false;
        if (!ok) {
            if (error)
                *error = tr("Bad fault option \"%1\" in \"%2\".").arg(parts.at(i), text);
            return std::nullopt;
        }
    }
    return f;
}

std::optional<SandboxScenario> SandboxScenario::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = tr("The scenario file is not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    SandboxScenario s;
    if (o.contains(u"base"_s)) {
        const auto base = named(o.value(u"base"_s).toString(), error);
        if (!base)
            return std::nullopt;
        s = *base;
    }
    s.m_name = o.value(u"name"_s).toString(u"custom"_s);
    for (const QJsonValue &v : o.value(u"faults"_s).toArray()) {
        const QJsonObject f = v.toObject();
        const auto kind = Fault::kindFromName(f.value(u"kind"_s).toString());
        if (!kind) {
            if (error)
                *error = tr("Unknown fault kind \"%1\" in the scenario file.")
                                 .arg(f.value(u"kind"_s).toString());
            return std::nullopt;
        }
        Fault fault;
        fault.kind = *kind;
        fault.endpoint = f.value(u"endpoint"_s).toString(u"*"_s);
        fault.ms = f.value(u"ms"_s).toInt();
        fault.skip = f.value(u"skip"_s).toInt();
        fault.times = f.value(u"times"_s).toInt();
        fault.every = qMax(1, f.value(u"every"_s).toInt(1));
        fault.role = f.value(u"role"_s).toString();
        fault.method = f.value(u"method"_s).toString().toUpper();
        s.add(fault);
    }
    return s;
}

std::optional<SandboxScenario> SandboxScenario::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024) {
        if (error)
            *error = tr("Cannot read the scenario file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

QString SandboxScenario::name() const
{
    QMutexLocker lock(&m_mutex);
    return m_name;
}

void SandboxScenario::setName(const QString &name)
{
    QMutexLocker lock(&m_mutex);
    m_name = name;
}

void SandboxScenario::add(const Fault &fault)
{
    QMutexLocker lock(&m_mutex);
    m_entries.append({fault, 0, 0});
}

QList<Fault> SandboxScenario::faults() const
{
    QMutexLocker lock(&m_mutex);
    QList<Fault> out;
    for (const Entry &e : m_entries)
        out.append(e.fault);
    return out;
}

QList<Fault> SandboxScenario::match(const QString &endpoint, const QString &method, SiteRole role)
{
    QMutexLocker lock(&m_mutex);
    QList<Fault> out;
    for (Entry &e : m_entries) {
        const Fault &f = e.fault;
        if (!f.role.isEmpty() && f.role != toString(role))
            continue;
        if (!f.method.isEmpty() && f.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!globMatches(f.endpoint, endpoint))
            continue;
        ++e.seen;
        if (e.seen <= f.skip)
            continue;
        if (f.every > 1 && (e.seen - f.skip) % f.every != 0)
            continue;
        if (f.times > 0 && e.applied >= f.times)
            continue;
        ++e.applied;
        out.append(f);
    }
    return out;
}

} // namespace upgrade::sandbox
