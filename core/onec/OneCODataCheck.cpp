#include "OneCODataCheck.h"

#include "util/Log.h"
#include "util/Redactor.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace upgrade {

QString OneCODataCheck::metadataUrl(const QString &odataUrl)
{
    QString url = odataUrl.trimmed();
    if (url.endsWith(u"$metadata"_s))
        return url;
    while (url.endsWith(u'/'))
        url.chop(1);
    return url + u"/$metadata"_s;
}

ODataCheckResult OneCODataCheck::check(const QString &odataUrl, const QString &user,
                                       const QString &password, const Cancellation &cancel,
                                       int timeoutMs)
{
    ODataCheckResult result;
    if (odataUrl.trimmed().isEmpty()) {
        result.message =
                tr("No OData address of the 1C publication is configured (onec.odataUrl).");
        return result;
    }
    Redactor::addSecret(password);
    result.url = metadataUrl(odataUrl);
    const QUrl url(result.url);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        result.status = ODataCheckResult::Status::Unexpected;
        result.message = tr("%1 is not an http(s) address.").arg(result.url);
        return result;
    }

    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Authorization", "Basic " + (user + u':' + password).toUtf8().toBase64());
    request.setRawHeader("Accept", "application/xml, */*");
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    bool timedOut = false, cancelled = false;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel.isCancelled()) {
            cancelled = true;
            reply->abort();
        } else if (clock.elapsed() > timeoutMs) {
            timedOut = true;
            reply->abort();
        }
    });
    poll.start(50);
    if (!reply->isFinished())
        loop.exec();
    poll.stop();
    result.elapsedMs = clock.elapsed();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(64 * 1024);
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    result.details = Redactor::redact(u"GET %1 -> %2 %3; %4\n%5"_s.arg(
            result.url, QString::number(result.httpStatus), reason, reply->errorString(),
            QString::fromUtf8(body.left(2000))));
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    const QString location = reply->header(QNetworkRequest::LocationHeader).toString();

    using S = ODataCheckResult::Status;
    const int code = result.httpStatus;
    if (cancelled) {
        result.status = S::Cancelled;
        result.message = tr("The check of 1C at %1 was cancelled.").arg(result.url);
    } else if (timedOut) {
        result.status = S::TimedOut;
        result.message = tr("1C at %1 did not answer within %2 s. Check that the web server and "
                            "the 1C server run.")
                                 .arg(result.url)
                                 .arg(timeoutMs / 1000);
    } else if (code == 200) {
        if (body.contains("Edmx") || body.contains("edmx") || body.contains("\"odata.")) {
            result.status = S::Ok;
            result.message = tr("1C answers at %1 (OData metadata, HTTP 200).").arg(result.url);
        } else {
            result.status = S::Unexpected;
            result.message = tr("%1 answers HTTP 200 but not with OData metadata: the address "
                                "probably points at another page (a proxy or a login page).")
                                     .arg(result.url);
        }
    } else if (code == 401) {
        result.status = S::WrongCredentials;
        result.message = tr("1C at %1 refused the user \"%2\" (HTTP 401): wrong user name or "
                            "password. Check the OData user and its password.")
                                 .arg(result.url, user);
    } else if (code == 403) {
        result.status = S::Forbidden;
        result.message = tr("1C at %1 let the user \"%2\" in but forbids OData (HTTP 403): give "
                            "the user the right to use the standard OData interface.")
                                 .arg(result.url, user);
    } else if (code == 404) {
        result.status = S::NotFound;
        result.message = tr("There is no OData at %1 (HTTP 404): the publication path is wrong, "
                            "or the infobase was published without \"Publish standard OData "
                            "interface\".")
                                 .arg(result.url);
    } else if (code >= 300 && code < 400) {
        result.status = S::Redirected;
        result.message = tr("%1 redirects to %2 (HTTP %3): use that address (often https or "
                            "another publication path).")
                                 .arg(result.url, location)
                                 .arg(code);
    } else if (code >= 500) {
        result.status = S::ServerError;
        result.message = tr("The 1C web server at %1 failed (HTTP %2 %3): the publication or the "
                            "1C server has a problem; see the web server's and 1C's logs.")
                                 .arg(result.url)
                                 .arg(code)
                                 .arg(reason);
    } else if (code > 0) {
        result.status = S::Unexpected;
        result.message = tr("%1 answered HTTP %2 %3, which the check does not expect.")
                                 .arg(result.url)
                                 .arg(code)
                                 .arg(reason);
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        result.status = S::TlsError;
        result.message = tr("The secure connection to %1 failed: %2. Is the certificate trusted on "
                            "this computer?")
                                 .arg(result.url, errorText);
    } else {
        result.status = S::Unreachable;
        result.message = tr("Cannot reach 1C at %1: %2. Check the address, that the web server "
                            "runs, and the firewall.")
                                 .arg(result.url, errorText);
    }
    (result.ok() ? logInfo(result.message) : logWarning(result.message));
    return result;
}

} // namespace upgrade
