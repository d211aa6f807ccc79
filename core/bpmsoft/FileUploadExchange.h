#pragma once

#include "SyncHttpClient.h"

#include <QByteArray>
#include <QString>

QT_BEGIN_NAMESPACE
class QNetworkCookieJar;
QT_END_NAMESPACE

namespace upgrade {

/// One HTTP/1.1 request whose body is a multipart form with one file (HttpRequest::formFile),
/// streamed from disk on a QTcpSocket / QSslSocket on the calling thread, in large writes.
///
/// Why not QNetworkAccessManager: QNAM moves every request body from the caller's thread to its
/// own HTTP thread 16 KiB at a time, one queued round trip (three thread wake-ups) per piece; a
/// 200 MB package costs ~13 000 round trips, six times curl's CPU time and ~40 % of its
/// throughput on a fast link (bench (d), docs/benchmarks.md). Here the file goes to the socket
/// in 256 KiB reads with up to 1 MiB queued, as curl does.
///
/// Scope, deliberately narrow: one request, `Connection: close`, never repeated by itself (a
/// failure is reported; the caller decides), no proxy (SyncHttpClient uses QNAM when a proxy
/// applies), no compression asked for. The answer is read as HTTP/1.1 has it (Content-Length,
/// chunked or until close; 1xx skipped), its Set-Cookie headers go to the cookie jar, an answer
/// that comes before the body is sent (413, 401) ends the exchange. TLS trusts the system store
/// plus the pinned certificate exactly as SyncHttpClient does (SyncHttpClient::judgeTlsErrors).
/// Cancellation, the total timeout and the idle timeout behave as in SyncHttpClient::send().
///
/// Threading: construct, run() and destroy on one thread; run() spins a local event loop.
class FileUploadExchange
{
public:
    FileUploadExchange(QNetworkCookieJar *cookieJar, QString pinnedSha256);

    /// Sends `request` (formFile set, method POST or PUT) and waits for the answer.
    HttpResponse run(const HttpRequest &request, const Cancellation &cancel);

    /// `form-data; name="files"; filename="…"` for the form's one part.
    static QByteArray contentDisposition(const HttpRequest::FormFile &form);
    /// The multipart framing around the file's bytes: (prefix, suffix), for `boundary`.
    static QPair<QByteArray, QByteArray> framing(const HttpRequest::FormFile &form,
                                                 const QByteArray &boundary);

    static constexpr qint64 ReadChunkBytes = 256 * 1024;
    static constexpr qint64 QueuedBytesLimit = 1024 * 1024;

private:
    QNetworkCookieJar *m_jar;
    QString m_pin;
};

} // namespace upgrade
