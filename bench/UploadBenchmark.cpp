#include "UploadBenchmark.h"

#include "QuietProgress.h"
#include "TimedCommand.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRandomGenerator>

#if UPGRADE_BENCH_HAVE_UPLOAD
#include "PackageArchiveBuilder.h"
#include "bpmsoft/BpmSoftClient.h"
#endif

using namespace Qt::StringLiterals;

namespace upgrade::bench {

UploadBenchmark::UploadBenchmark(QUrl siteUrl, QString password, QString workDir)
    : m_siteUrl(std::move(siteUrl))
    , m_password(std::move(password))
    , m_workDir(std::move(workDir))
{}

bool UploadBenchmark::available()
{
    return UPGRADE_BENCH_HAVE_UPLOAD != 0;
}

QString UploadBenchmark::uploadUrl() const
{
    // The sandbox runs as .NET Framework (IIS) by default: services under /0.
    return m_siteUrl.toString() + u"/0/ServiceModel/PackageInstallerService.svc/UploadPackage"_s;
}

QString UploadBenchmark::makeArchive(int megabytes, QString *error)
{
#if UPGRADE_BENCH_HAVE_UPLOAD
    // Ten packages of incompressible resources (compiled assemblies, images), fixed seed.
    PackageArchiveBuilder builder;
    QRandomGenerator random(20240901);
    const int packages = 10;
    const qsizetype perPackage = qsizetype(megabytes) * 1024 * 1024 / packages;
    for (int i = 0; i < packages; ++i) {
        PackageArchiveBuilder::Descriptor descriptor(u"SmrBenchPackage%1"_s.arg(i), u"2.4.0"_s);
        descriptor.maintainer = u"SamaraSoft"_s;
        QByteArray bytes(perPackage, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), perPackage / 4);
        builder.addPackage(descriptor, {{u"Files/Bin/SmrBench%1.dll"_s.arg(i), bytes}});
    }
    const QString path = QDir(m_workDir).filePath(u"SmrBench_%1MB.zip"_s.arg(megabytes));
    if (!builder.writeZip(path, error))
        return {};
    return path;
#else
    Q_UNUSED(megabytes);
    *error = u"the package archive builder is not on this branch"_s;
    return {};
#endif
}

UploadBenchmark::Run UploadBenchmark::client(const QString &archive)
{
    Run run;
#if UPGRADE_BENCH_HAVE_UPLOAD
    BpmSoftClientOptions options;
    options.siteUrl = m_siteUrl;
    BpmSoftClient client(options, m_password);
    QuietProgress progress;
    if (!client.login(progress)) {
        run.error = client.lastError().message;
        return run;
    }
    QElapsedTimer clock;
    clock.start();
    const auto name = client.uploadPackage(archive, progress);
    run.seconds = clock.nsecsElapsed() / 1e9;
    if (!name) {
        run.error = client.lastError().message;
        return run;
    }
    run.ok = true;
    run.megabytesPerSecond = QFileInfo(archive).size() / (1024.0 * 1024.0) / run.seconds;
#else
    Q_UNUSED(archive);
    run.error = u"BpmSoftClient is not on this branch"_s;
#endif
    return run;
}

UploadBenchmark::Run UploadBenchmark::plainQt(const QString &archive)
{
    Run run;
    QNetworkAccessManager manager;
    manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    auto wait = [](QNetworkReply *reply) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    };
    QNetworkRequest login(QUrl(m_siteUrl.toString() + u"/ServiceModel/AuthService.svc/Login"_s));
    login.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *loginReply =
            manager.post(login, QJsonDocument(QJsonObject{{u"UserName"_s, u"Supervisor"_s},
                                                          {u"UserPassword"_s, m_password}})
                                        .toJson(QJsonDocument::Compact));
    wait(loginReply);
    loginReply->deleteLater();
    QByteArray csrf;
    for (const QNetworkCookie &c : manager.cookieJar()->cookiesForUrl(m_siteUrl))
        if (c.name() == "BPMCSRF")
            csrf = c.value();
    if (loginReply->error() != QNetworkReply::NoError || csrf.isEmpty()) {
        run.error = u"plain Qt login: "_s + loginReply->errorString();
        return run;
    }
    auto *file = new QFile(archive);
    if (!file->open(QIODevice::ReadOnly)) {
        run.error = file->errorString();
        delete file;
        return run;
    }
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(
            QNetworkRequest::ContentDispositionHeader,
            u"form-data; name=\"files\"; filename=\"%1\""_s.arg(QFileInfo(archive).fileName()));
    part.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-zip-compressed"_s);
    part.setBodyDevice(file);
    file->setParent(multi);
    multi->append(part);
    QNetworkRequest upload{QUrl(uploadUrl())};
    upload.setRawHeader("BPMCSRF", csrf);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = manager.post(upload, multi);
    multi->setParent(reply);
    wait(reply);
    run.seconds = clock.nsecsElapsed() / 1e9;
    const QByteArray text = reply->readAll();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError ||
        !QJsonDocument::fromJson(text).object().value(u"success"_s).toBool()) {
        run.error = u"plain Qt upload: %1 %2"_s.arg(reply->errorString(),
                                                    QString::fromUtf8(text.left(300)));
        return run;
    }
    run.ok = true;
    run.megabytesPerSecond = QFileInfo(archive).size() / (1024.0 * 1024.0) / run.seconds;
    return run;
}

QString UploadBenchmark::curlLine(const QString &archive) const
{
    return TimedCommand::shellLine(
            u"curl"_s,
            {u"-sS"_s, u"-f"_s, u"-b"_s, u"cookies.txt"_s, u"-H"_s, u"BPMCSRF: …"_s, u"-H"_s,
             u"Expect:"_s, u"-F"_s,
             u"files=@%1;type=application/x-zip-compressed"_s.arg(QFileInfo(archive).fileName()),
             u"-o"_s, u"/dev/null"_s, uploadUrl()});
}

UploadBenchmark::Run UploadBenchmark::curl(const QString &archive)
{
    Run run;
    const QString jar = QDir(m_workDir).filePath(u"curl-cookies.txt"_s);
    const QString body = QDir(m_workDir).filePath(u"curl-login.json"_s);
    QFile::remove(jar);
    {
        QFile f(body);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            run.error = f.errorString();
            return run;
        }
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        f.write(QJsonDocument(QJsonObject{{u"UserName"_s, u"Supervisor"_s},
                                          {u"UserPassword"_s, m_password}})
                        .toJson(QJsonDocument::Compact));
    }
    const auto login = TimedCommand::run(
            u"curl"_s,
            {u"-sS"_s, u"-f"_s, u"-c"_s, jar, u"-H"_s, u"Content-Type: application/json"_s, u"-H"_s,
             u"ForceUseSession: true"_s, u"--data-binary"_s, u'@' + body,
             m_siteUrl.toString() + u"/ServiceModel/AuthService.svc/Login"_s});
    QFile::remove(body);
    if (!login.ok) {
        run.error = u"curl login: "_s + login.error;
        return run;
    }
    QString csrf;
    QFile cookies(jar);
    if (cookies.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cookies.readAll().split('\n')) {
            const QList<QByteArray> f = line.split('\t');
            if (f.size() >= 7 && f[5] == "BPMCSRF")
                csrf = QString::fromUtf8(f[6].trimmed());
        }
    }
    if (csrf.isEmpty()) {
        run.error = u"curl login: no BPMCSRF cookie"_s;
        return run;
    }
    const QString response = QDir(m_workDir).filePath(u"curl-upload.json"_s);
    const auto r = TimedCommand::run(u"curl"_s,
                                     {u"-sS"_s, u"-f"_s, u"-b"_s, jar, u"-H"_s,
                                      u"BPMCSRF: "_s + csrf, u"-H"_s, u"Expect:"_s, u"-F"_s,
                                      u"files=@%1;type=application/x-zip-compressed"_s.arg(archive),
                                      u"-o"_s, response, uploadUrl()});
    QFile answer(response);
    const QByteArray text = answer.open(QIODevice::ReadOnly) ? answer.readAll() : QByteArray();
    QFile::remove(response);
    QFile::remove(jar);
    if (!r.ok) {
        run.error = u"curl upload: "_s + r.error;
        return run;
    }
    if (!QJsonDocument::fromJson(text).object().value(u"success"_s).toBool()) {
        run.error = u"curl upload: the site answered "_s + QString::fromUtf8(text.left(300));
        return run;
    }
    run.ok = true;
    run.seconds = r.seconds;
    run.megabytesPerSecond = QFileInfo(archive).size() / (1024.0 * 1024.0) / run.seconds;
    return run;
}

} // namespace upgrade::bench
