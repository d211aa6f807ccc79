#include "LinuxSiteProvisioner.h"

#include "util/Log.h"
#include "util/Progress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTcpServer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

/// The end (index after '}') of the JSON object whose '{' is at `open`; strings and comments
/// skipped. -1 when unbalanced.
qsizetype objectEnd(const QString &text, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            for (++i; i < text.size() && text.at(i) != u'"'; ++i) {
                if (text.at(i) == u'\\')
                    ++i;
            }
        } else if (c == u'/' && i + 1 < text.size() && text.at(i + 1) == u'/') {
            i = text.indexOf(u'\n', i);
            if (i < 0)
                return -1;
        } else if (c == u'/' && i + 1 < text.size() && text.at(i + 1) == u'*') {
            i = text.indexOf(u"*/"_s, i + 2);
            if (i < 0)
                return -1;
            ++i;
        } else if (c == u'{') {
            ++depth;
        } else if (c == u'}') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return -1;
}

const QRegularExpression &urlPattern()
{
    // "Url": "http://[::]:5000"  (the port is the digits before the closing quote)
    static const QRegularExpression re(uR"re("Url"\s*:\s*"(https?)://([^"]*?):(\d+)(/?)")re"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

int urlPort(const QUrl &url)
{
    return url.port(url.scheme() == u"https"_s ? 443 : 80);
}

int portOf(const EnvironmentSettings &e)
{
    return e.site.port > 0 ? e.site.port : urlPort(QUrl(e.siteUrl));
}

bool looksUnpermitted(const ProcessResult &r)
{
    const QString text = QString::fromLocal8Bit(r.standardOutput + r.standardError);
    return r.exitCode != 0 && (text.contains(u"Access denied"_s, Qt::CaseInsensitive) ||
                               text.contains(u"Permission denied"_s, Qt::CaseInsensitive) ||
                               text.contains(u"authentication"_s, Qt::CaseInsensitive) ||
                               text.contains(u"must be root"_s, Qt::CaseInsensitive));
}

QString replaceFolder(QString text, const QString &from, const QString &to)
{
    QString base = QDir::cleanPath(from);
    if (base.isEmpty() || base == u"/"_s)
        return text;
    const QRegularExpression re(QRegularExpression::escape(base) + uR"((?=[/\s"';:]|$))"_s,
                                QRegularExpression::MultilineOption);
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last) + QDir::cleanPath(to);
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

} // namespace

LinuxSiteProvisioner::LinuxSiteProvisioner(CommandRunner &runner, Options options)
    : m_runner(runner)
    , m_options(std::move(options))
{}

QList<int> LinuxSiteProvisioner::kestrelPorts(const QString &json)
{
    QList<int> ports;
    static const QRegularExpression kestrel(uR"("Kestrel"\s*:\s*\{)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const auto k = kestrel.match(json);
    if (!k.hasMatch())
        return ports;
    const qsizetype open = k.capturedEnd() - 1;
    const qsizetype end = objectEnd(json, open);
    auto it = urlPattern().globalMatch(json.left(end < 0 ? json.size() : end), open);
    while (it.hasNext())
        ports.append(it.next().captured(3).toInt());
    return ports;
}

std::optional<QString> LinuxSiteProvisioner::withKestrelPort(const QString &json, int port,
                                                             const QString &scheme, QString *error)
{
    QString text = json;
    static const QRegularExpression kestrel(uR"("Kestrel"\s*:\s*\{)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression urls(uR"re("Urls"\s*:\s*"([^"]*)")re"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const auto k = kestrel.match(text);
    if (k.hasMatch()) {
        const qsizetype open = k.capturedEnd() - 1;
        const qsizetype end = objectEnd(text, open);
        if (end < 0) {
            *error = tr("appsettings.json: the Kestrel section is not closed.");
            return std::nullopt;
        }
        QList<QRegularExpressionMatch> matches;
        auto it = urlPattern().globalMatch(text.left(end), open);
        while (it.hasNext())
            matches.append(it.next());
        QStringList others;
        int replaced = 0;
        for (auto m = matches.crbegin(); m != matches.crend(); ++m) {
            if (m->captured(1).compare(scheme, Qt::CaseInsensitive) != 0) {
                others.append(u"%1://%2:%3"_s.arg(m->captured(1), m->captured(2), m->captured(3)));
                continue;
            }
            text.replace(m->capturedStart(3), m->capturedLength(3), QString::number(port));
            ++replaced;
        }
        if (!others.isEmpty()) {
            *error = tr("appsettings.json also has the endpoint %1, which would stay on the "
                        "production site's port. Remove it from the test copy or give it "
                        "another port.")
                             .arg(others.join(u", "_s));
            return std::nullopt;
        }
        if (replaced == 0) {
            *error = tr("appsettings.json has a Kestrel section without an %1 endpoint URL.")
                             .arg(scheme);
            return std::nullopt;
        }
        return text;
    }
    const auto u = urls.match(text);
    if (u.hasMatch()) {
        QStringList parts = u.captured(1).split(u';');
        for (QString &part : parts) {
            QUrl url(part.trimmed().replace(u'*', u'0').replace(u'+', u'0'));
            if (url.scheme().compare(scheme, Qt::CaseInsensitive) != 0) {
                *error = tr("appsettings.json also listens on %1, which would stay on the "
                            "production site's port.")
                                 .arg(part);
                return std::nullopt;
            }
            static const QRegularExpression portAtEnd(uR"(:(\d+)(/?)$)"_s);
            part.replace(portAtEnd, u":%1\\2"_s.arg(port));
        }
        text.replace(u.capturedStart(1), u.capturedLength(1), parts.join(u';'));
        return text;
    }
    // No endpoint configured (Kestrel's default 5000 would clash): add one.
    const qsizetype brace = text.indexOf(u'{');
    if (brace < 0) {
        *error = tr("appsettings.json is not a JSON object.");
        return std::nullopt;
    }
    const QString newline = text.contains(u"\r\n"_s) ? u"\r\n"_s : u"\n"_s;
    qsizetype next = brace + 1;
    while (next < text.size() && text.at(next).isSpace())
        ++next;
    const bool empty = next < text.size() && text.at(next) == u'}';
    text.insert(brace + 1, newline +
                                   u"  \"Kestrel\": { \"Endpoints\": { \"%1\": { \"Url\": "
                                   u"\"%2://0.0.0.0:%3\" } } }"_s.arg(
                                           scheme == u"https"_s ? u"Https"_s : u"Http"_s, scheme,
                                           QString::number(port)) +
                                   (empty ? newline : u","_s));
    return text;
}

QString LinuxSiteProvisioner::unitFileName(const QString &serviceName)
{
    return serviceName.endsWith(u".service"_s) ? serviceName : serviceName + u".service"_s;
}

QString LinuxSiteProvisioner::makeUnit(const QString &productionUnit,
                                       const QString &productionFolder, const QString &testFolder,
                                       const QString &serviceName, const QString &user)
{
    const QString name = unitFileName(serviceName).chopped(8);
    const QString header = QString::fromUtf16(UnitMarker) +
                           u" for the test site %1 (a copy of %2).\n"_s.arg(
                                   QDir::cleanPath(testFolder), QDir::cleanPath(productionFolder));
    if (productionUnit.trimmed().isEmpty()) {
        // The reference's unit (bpmsoft_infra_deploy), for the test folder.
        return header + uR"([Unit]
Description=BPMSoft test site %1 (bpmsoft-upgrade)
After=network.target

[Service]
WorkingDirectory=%2
ExecStart=/usr/bin/dotnet BPMSoft.WebHost.dll
Environment="COMPlus_ThreadPool_ForceMinWorkerThreads=100"
Restart=always
RestartSec=10
SyslogIdentifier=%1
%3
[Install]
WantedBy=multi-user.target
)"_s.arg(name, QDir::cleanPath(testFolder), user.isEmpty() ? QString() : u"User=%1\n"_s.arg(user));
    }
    QStringList lines;
    bool sawDescription = false;
    for (const QString &line : productionUnit.split(u'\n')) {
        if (line.startsWith(u"# /"_s) || line.startsWith(QString::fromUtf16(UnitMarker)))
            continue; // systemctl cat's header, or an older marker
        if (line.startsWith(u"Description="_s)) {
            lines.append(line.trimmed() + u" — test copy (bpmsoft-upgrade)"_s);
            sawDescription = true;
        } else if (line.startsWith(u"SyslogIdentifier="_s)) {
            lines.append(u"SyslogIdentifier=%1"_s.arg(name));
        } else {
            lines.append(line);
        }
    }
    QString unit = replaceFolder(lines.join(u'\n'), productionFolder, testFolder);
    if (!sawDescription)
        unit.replace(u"[Unit]\n"_s,
                     u"[Unit]\nDescription=BPMSoft test site %1 (bpmsoft-upgrade)\n"_s.arg(name));
    return header + unit;
}

bool LinuxSiteProvisioner::isPortFree(int port)
{
    QTcpServer v4, v6;
    const bool freeV4 = v4.listen(QHostAddress::AnyIPv4, quint16(port));
    v4.close();
    // Some hosts have no IPv6; only an "address in use" there counts.
    const bool freeV6 = v6.listen(QHostAddress::AnyIPv6, quint16(port)) ||
                        v6.serverError() != QAbstractSocket::AddressInUseError;
    return freeV4 && freeV6;
}

ProcessResult LinuxSiteProvisioner::systemctl(const QStringList &arguments, Progress &progress)
{
    ProcessSpec spec;
    spec.program = m_options.systemctl;
    spec.arguments = arguments;
    spec.timeoutMs = m_options.timeoutMs;
    const QString line = ProcessRunner::commandLine(spec);
    logInfo(line);
    progress.log(line);
    return m_runner.run(spec, progress.cancellation());
}

QString LinuxSiteProvisioner::check(const EnvironmentSettings &production,
                                    const EnvironmentSettings &test) const
{
    const QString service = test.site.serviceName;
    const int port = portOf(test);
    const QString unitPath = QDir(m_options.unitDirectory).filePath(unitFileName(service));
    if (service.isEmpty() || test.site.folder.isEmpty()) {
        return tr("The test environment needs site.serviceName and site.folder.");
    }
    if (unitFileName(service) == unitFileName(production.site.serviceName)) {
        return tr("The test site's service must not be the production service (%1).")
                .arg(production.site.serviceName);
    }
    if (port <= 0 || port == portOf(production)) {
        return tr("The test site needs a port of its own (site.port); %1 is the "
                  "production site's.")
                .arg(port);
    }
    if (!isPortFree(port)) {
        return tr("Port %1 is already in use on this computer; choose another port "
                  "for the test site (site.port).")
                .arg(port);
    }
    {
        QFile existing(unitPath);
        if (existing.open(QIODevice::ReadOnly) &&
            !existing.readAll().startsWith(QString::fromUtf16(UnitMarker).toUtf8())) {
            return tr("A systemd unit %1 exists that this program did not write; it is "
                      "left alone. Choose another site.serviceName.")
                    .arg(unitPath);
        }
    }

    return {};
}

LinuxSiteProvisioner::Result LinuxSiteProvisioner::provision(const EnvironmentSettings &production,
                                                             const EnvironmentSettings &test,
                                                             Progress &progress)
{
    Result result;
    const QString service = test.site.serviceName;
    const int port = portOf(test);
    const QString scheme = QUrl(test.siteUrl).scheme().isEmpty()
                                   ? u"http"_s
                                   : QUrl(test.siteUrl).scheme().toLower();
    result.message = check(production, test);
    if (!result.message.isEmpty())
        return result;
    const QString unitPath = QDir(m_options.unitDirectory).filePath(unitFileName(service));

    // 1. The Kestrel port.
    const QString settingsPath = QDir(test.site.folder).filePath(u"appsettings.json"_s);
    QString json = u"{\n}\n"_s;
    QFile settingsFile(settingsPath);
    if (settingsFile.open(QIODevice::ReadOnly)) {
        QByteArray bytes = settingsFile.readAll();
        const bool bom = bytes.startsWith("\xEF\xBB\xBF");
        json = QString::fromUtf8(bom ? bytes.mid(3) : bytes);
        settingsFile.close();
        QString error;
        const auto edited = withKestrelPort(json, port, scheme, &error);
        if (!edited) {
            result.message = error;
            return result;
        }
        QSaveFile out(settingsPath);
        if (!out.open(QIODevice::WriteOnly) ||
            out.write((bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + edited->toUtf8()) < 0 ||
            !out.commit()) {
            result.message = tr("Cannot write %1: %2.").arg(settingsPath, out.errorString());
            return result;
        }
    } else {
        QString error;
        const auto created = withKestrelPort(json, port, scheme, &error);
        QSaveFile out(settingsPath);
        if (!created || !out.open(QIODevice::WriteOnly) || out.write(created->toUtf8()) < 0 ||
            !out.commit()) {
            result.message = tr("Cannot write %1.").arg(settingsPath);
            return result;
        }
    }
    progress.log(tr("Kestrel port of the test site: %1 (%2).").arg(port).arg(settingsPath));

    // 2. The unit: from production's, else the template.
    QString productionUnit;
    if (!production.site.serviceName.isEmpty()) {
        QFile f(QDir(m_options.unitDirectory).filePath(unitFileName(production.site.serviceName)));
        if (f.open(QIODevice::ReadOnly)) {
            productionUnit = QString::fromUtf8(f.readAll());
        } else {
            const ProcessResult cat =
                    systemctl({u"cat"_s, unitFileName(production.site.serviceName)}, progress);
            if (cat.succeeded())
                productionUnit = QString::fromUtf8(cat.standardOutput);
        }
    }
    QString owner = QFileInfo(production.site.folder).owner();
    if (owner == u"root"_s)
        owner.clear();
    result.unitText =
            makeUnit(productionUnit, production.site.folder, test.site.folder, service, owner);

    // 3. Write and start it, or say how.
    const QString name = unitFileName(service);
    const QStringList startCommands = {u"systemctl daemon-reload"_s,
                                       u"systemctl enable --now %1"_s.arg(name)};
    auto manual = [&](const QString &why, const QString &staged) {
        result.outcome = Result::Outcome::ManualStepsNeeded;
        result.unitPath = staged;
        result.manualCommands.clear();
        if (staged != unitPath)
            result.manualCommands.append(u"install -m 0644 %1 %2"_s.arg(staged, unitPath));
        result.manualCommands += startCommands;
        result.message = tr("%1 Run as root:\n%2").arg(why, result.manualCommands.join(u'\n'));
        progress.log(result.message);
        return result;
    };
    QSaveFile unit(unitPath);
    if (!QDir().mkpath(m_options.unitDirectory) || !unit.open(QIODevice::WriteOnly) ||
        unit.write(result.unitText.toUtf8()) < 0 || !unit.commit()) {
        const QString staging = m_options.stagingDirectory.isEmpty() ? QDir::tempPath()
                                                                     : m_options.stagingDirectory;
        const QString staged = QDir(staging).filePath(name);
        QSaveFile copy(staged);
        if (!QDir().mkpath(staging) || !copy.open(QIODevice::WriteOnly) ||
            copy.write(result.unitText.toUtf8()) < 0 || !copy.commit()) {
            result.message = tr("Cannot write the systemd unit to %1 or %2.").arg(unitPath, staged);
            return result;
        }
        return manual(tr("This program may not write %1.").arg(unitPath), staged);
    }
    result.unitPath = unitPath;
    for (const QStringList &args :
         {QStringList{u"daemon-reload"_s}, QStringList{u"enable"_s, u"--now"_s, name}}) {
        const ProcessResult r = systemctl(args, progress);
        if (looksUnpermitted(r))
            return manual(tr("systemd did not let this program start the service."), unitPath);
        if (!r.succeeded()) {
            result.message = tr("systemctl %1 %2: %3. See: journalctl -u %4")
                                     .arg(args.join(u' '), r.describe(),
                                          QString::fromLocal8Bit(r.standardError).trimmed(), name);
            return result;
        }
    }
    result.outcome = Result::Outcome::Done;
    result.message =
            tr("The test site runs as the systemd service %1 on port %2.").arg(name).arg(port);
    progress.log(result.message);
    return result;
}

bool LinuxSiteProvisioner::controlService(const EnvironmentSettings &environment, bool start,
                                          Progress &progress, QString *error)
{
    if (environment.site.serviceName.isEmpty()) {
        *error = tr("The environment has no systemd service (site.serviceName).");
        return false;
    }
    const ProcessResult r = systemctl(
            {start ? u"start"_s : u"stop"_s, unitFileName(environment.site.serviceName)}, progress);
    if (!r.succeeded()) {
        *error = tr("systemctl %1 %2 %3: %4")
                         .arg(start ? u"start"_s : u"stop"_s, environment.site.serviceName,
                              r.describe(), QString::fromLocal8Bit(r.standardError).trimmed());
        return false;
    }
    return true;
}

} // namespace upgrade
