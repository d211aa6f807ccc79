#include "FileUploadExchange.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

/// Reads an HTTP/1.1 response as it arrives: status line, headers, then the body by
/// Content-Length, chunked transfer coding, or until the connection closes. 1xx answers are
/// skipped.
class ResponseReader
{
public:
    enum class State { StatusLine, Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, Done };

    /// Feeds received bytes; false when the response is malformed.
    bool feed(const QByteArray &bytes)
    {
        m_in.append(bytes);
        for (;;) {
            switch (m_state) {
            case State::StatusLine: {
                QByteArray line;
                if (!takeLine(&line))
                    return true;
                if (!line.startsWith("HTTP/1."))
                    return false;
                const QList<QByteArray> parts = line.split(' ');
                bool ok = false;
                m_status = parts.size() >= 2 ? parts[1].toInt(&ok) : 0;
                if (!ok || m_status < 100 || m_status > 999)
                    return false;
                m_headers.clear();
                m_length = -1;
                m_chunked = false;
                m_state = State::Headers;
                break;
            }
            case State::Headers: {
                QByteArray line;
                if (!takeLine(&line))
                    return true;
                if (!line.isEmpty()) {
                    const qsizetype colon = line.indexOf(':');
                    if (colon <= 0)
                        return false;
                    const QByteArray name = line.left(colon).trimmed();
                    const QByteArray value = line.mid(colon + 1).trimmed();
                    m_headers.append({name, value});
                    if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
                        bool ok = false;
                        m_length = value.toLongLong(&ok);
                        if (!ok || m_length < 0)
                            return false;
                    } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
                        m_chunked = value.toLower().contains("chunked");
                    }
                    break;
                }
                if (m_status < 200) { // 100 Continue, 102 Processing: the real answer follows
                    m_state = State::StatusLine;
                    break;
                }
                if (m_status == 204 || m_status == 304)
                    m_state = State::Done;
                else if (m_chunked)
                    m_state = State::ChunkSize;
                else if (m_length == 0)
                    m_state = State::Done;
                else
                    m_state = State::Body;
                break;
            }
            case State::Body: {
                if (m_length < 0) { // until the connection closes
                    m_body.append(m_in);
                    m_in.clear();
                    return true;
                }
                const qint64 want = m_length - m_body.size();
                m_body.append(m_in.left(want));
                m_in.remove(0, qMin<qint64>(want, m_in.size()));
                if (m_body.size() < m_length)
                    return true;
                m_state = State::Done;
                break;
            }
            case State::ChunkSize: {
                QByteArray line;
                if (!takeLine(&line))
                    return true;
                const qsizetype semicolon = line.indexOf(';'); // chunk extensions
                bool ok = false;
                m_chunkLeft = line.left(semicolon < 0 ? line.size() : semicolon)
                                      .trimmed()
                                      .toLongLong(&ok, 16);
                if (!ok || m_chunkLeft < 0)
                    return false;
                m_state = m_chunkLeft == 0 ? State::Trailers : State::ChunkData;
                break;
            }
            case State::ChunkData: {
                const qint64 n = qMin<qint64>(m_chunkLeft, m_in.size());
                m_body.append(m_in.left(n));
                m_in.remove(0, n);
                m_chunkLeft -= n;
                if (m_chunkLeft > 0)
                    return true;
                m_state = State::ChunkEnd;
                break;
            }
            case State::ChunkEnd: {
                QByteArray line;
                if (!takeLine(&line))
                    return true;
                if (!line.isEmpty())
                    return false;
                m_state = State::ChunkSize;
                break;
            }
            case State::Trailers: {
                QByteArray line;
                if (!takeLine(&line))
                    return true;
                if (line.isEmpty())
                    m_state = State::Done;
                break;
            }
            case State::Done:
                return true;
            }
        }
    }

    /// The connection closed: a body "until close" is complete now.
    void closed()
    {
        if (m_state == State::Body && m_length < 0)
            m_state = State::Done;
    }

    bool isDone() const { return m_state == State::Done; }
    bool hasStatus() const { return m_state != State::StatusLine || m_status >= 200; }
    int status() const { return m_status; }
    const QList<QNetworkReply::RawHeaderPair> &headers() const { return m_headers; }
    const QByteArray &body() const { return m_body; }

private:
    bool takeLine(QByteArray *line)
    {
        const qsizetype end = m_in.indexOf("\r\n");
        if (end < 0)
            return false;
        *line = m_in.left(end);
        m_in.remove(0, end + 2);
        return true;
    }

    State m_state = State::StatusLine;
    QByteArray m_in;
    int m_status = 0;
    QList<QNetworkReply::RawHeaderPair> m_headers;
    qint64 m_length = -1;
    bool m_chunked = false;
    qint64 m_chunkLeft = 0;
    QByteArray m_body;
};

QNetworkReply::NetworkError networkErrorFor(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
        return QNetworkReply::SslHandshakeFailedError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

QByteArray quotedFileName(const QString &name)
{
    // As browsers do: the name in UTF-8, quotes and line breaks percent-encoded.
    QByteArray out;
    for (const char c : name.toUtf8()) {
        if (c == '"')
            out += "%22";
        else if (c == '\r')
            out += "%0D";
        else if (c == '\n')
            out += "%0A";
        else
            out += c;
    }
    return out;
}

} // namespace

FileUploadExchange::FileUploadExchange(QNetworkCookieJar *cookieJar, QString pinnedSha256)
    : m_jar(cookieJar)
    , m_pin(std::move(pinnedSha256))
{}

QByteArray FileUploadExchange::contentDisposition(const HttpRequest::FormFile &form)
{
    return "form-data; name=\"" + form.field + "\"; filename=\"" + quotedFileName(form.fileName) +
           '"';
}

QPair<QByteArray, QByteArray> FileUploadExchange::framing(const HttpRequest::FormFile &form,
                                                          const QByteArray &boundary)
{
    QByteArray prefix =
            "--" + boundary + "\r\nContent-Disposition: " + contentDisposition(form) + "\r\n";
    if (!form.contentType.isEmpty())
        prefix += "Content-Type: " + form.contentType + "\r\n";
    prefix += "\r\n";
    return {prefix, "\r\n--" + boundary + "--\r\n"};
}

HttpResponse FileUploadExchange::run(const HttpRequest &request, const Cancellation &cancel)
{
    HttpResponse response;
    response.url = request.url;
    const HttpRequest::FormFile &form = *request.formFile;
    auto fail = [&response](QNetworkReply::NetworkError error, const QString &text) {
        response.networkError = error;
        response.errorString = text;
        return response;
    };
    if (cancel.isCancelled()) {
        response.cancelled = true;
        return fail(QNetworkReply::OperationCanceledError, u"Operation canceled"_s);
    }
    QFile file(form.path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QNetworkReply::ContentAccessDenied,
                    u"cannot read %1: %2"_s.arg(form.path, file.errorString()));
    const qint64 fileSize = file.size();

    const QByteArray boundary =
            "bpmsoft-upgrade-" + QByteArray::number(QRandomGenerator::system()->generate64(), 16)
                                         .rightJustified(16, '0');
    const QPair<QByteArray, QByteArray> frame = framing(form, boundary);
    const QByteArray &prefix = frame.first;
    const QByteArray &suffix = frame.second;
    const qint64 bodySize = prefix.size() + fileSize + suffix.size();

    const QUrl &url = request.url;
    const bool tls = url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    const int port = url.port(tls ? 443 : 80);
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (QHostAddress(url.host()).protocol() == QAbstractSocket::IPv6Protocol)
        host = '[' + host + ']';
    if (url.port() > 0)
        host += ':' + QByteArray::number(port);

    QByteArray head = request.method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    static const QList<QByteArray> ours{"host",       "content-type",      "content-length",
                                        "connection", "transfer-encoding", "expect",
                                        "cookie"};
    bool userAgent = false;
    for (const auto &h : request.headers) {
        if (ours.contains(h.first.toLower()))
            continue;
        userAgent = userAgent || h.first.compare("User-Agent", Qt::CaseInsensitive) == 0;
        head += h.first + ": " + h.second + "\r\n";
    }
    if (!userAgent)
        head += "User-Agent: Mozilla/5.0\r\n"; // what QNetworkAccessManager sends
    if (m_jar) {
        QByteArray cookies;
        for (const QNetworkCookie &c : m_jar->cookiesForUrl(url)) {
            if (!cookies.isEmpty())
                cookies += "; ";
            cookies += c.toRawForm(QNetworkCookie::NameAndValueOnly);
        }
        if (!cookies.isEmpty())
            head += "Cookie: " + cookies + "\r\n";
    }
    head += "Content-Type: multipart/form-data; boundary=" + boundary +
            "\r\nContent-Length: " + QByteArray::number(bodySize) + "\r\nConnection: close\r\n\r\n";

    std::unique_ptr<QTcpSocket> socket;
    QSslSocket *ssl = nullptr;
    if (tls) {
        auto s = std::make_unique<QSslSocket>();
        ssl = s.get();
        socket = std::move(s);
    } else {
        socket = std::make_unique<QTcpSocket>();
    }
    socket->setProxy(QNetworkProxy::NoProxy); // SyncHttpClient sends proxied uploads with QNAM

    QEventLoop loop;
    ResponseReader reader;
    bool malformed = false;
    bool finished = false;
    QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
    QString socketErrorText;
    bool socketFailed = false;

    QTimer idle;
    idle.setSingleShot(true);
    QTimer total;
    total.setSingleShot(true);
    QTimer watch;
    watch.setInterval(100);
    const auto finish = [&]() {
        finished = true;
        loop.quit();
    };
    const auto activity = [&]() {
        if (request.idleTimeoutMs > 0)
            idle.start(request.idleTimeoutMs);
    };

    // Writing: the head and the form's prefix, then the file in ReadChunkBytes pieces while less
    // than QueuedBytesLimit waits in the socket, then the suffix.
    QByteArray buffer(ReadChunkBytes, Qt::Uninitialized);
    qint64 fileQueued = 0;
    bool headQueued = false;
    bool bodyQueued = false;
    qint64 written = 0; // bytes the socket reported written, head included
    QElapsedTimer progressChoke;
    const auto queued = [&]() {
        return socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
    };
    const auto pump = [&]() {
        if (finished || reader.isDone())
            return;
        while (!bodyQueued && queued() < QueuedBytesLimit) {
            if (!headQueued) {
                socket->write(head + prefix);
                headQueued = true;
                continue;
            }
            if (fileQueued < fileSize) {
                const qint64 n =
                        file.read(buffer.data(), qMin(ReadChunkBytes, fileSize - fileQueued));
                if (n <= 0) {
                    fail(QNetworkReply::UnknownContentError,
                         u"reading %1 failed after %2 bytes: %3"_s.arg(form.path)
                                 .arg(fileQueued)
                                 .arg(n < 0 ? file.errorString() : u"the file got shorter"_s));
                    socket->abort();
                    finish();
                    return;
                }
                socket->write(buffer.constData(), n);
                fileQueued += n;
                continue;
            }
            socket->write(suffix);
            bodyQueued = true;
        }
    };
    const qint64 headSize = head.size();
    QObject::connect(socket.get(), &QAbstractSocket::bytesWritten, &loop, [&](qint64 n) {
        written += n;
        activity();
        const qint64 sent = qBound<qint64>(0, written - headSize, bodySize);
        if (sent >= bodySize)
            response.uploadCompleted = true;
        if (request.onUploadProgress &&
            (sent >= bodySize || !progressChoke.isValid() || progressChoke.elapsed() >= 100)) {
            progressChoke.start();
            request.onUploadProgress(sent, bodySize);
        }
        pump();
    });
    QObject::connect(socket.get(), &QIODevice::readyRead, &loop, [&]() {
        activity();
        if (!reader.feed(socket->readAll())) {
            malformed = true;
            finish();
            return;
        }
        if (reader.isDone())
            finish(); // also when the answer came before the whole body (413, 401)
    });
    // The connection ended or failed: what the server answered before may be complete (an
    // early 413 or 401 while the body was still being sent, or a body "until close").
    const auto drain = [&]() {
        if (socket->bytesAvailable() > 0 && !reader.feed(socket->readAll()))
            malformed = true;
    };
    QObject::connect(socket.get(), &QAbstractSocket::errorOccurred, &loop,
                     [&](QAbstractSocket::SocketError error) {
                         if (finished)
                             return;
                         drain();
                         if (error == QAbstractSocket::RemoteHostClosedError)
                             reader.closed();
                         if (reader.isDone() || malformed) {
                             finish();
                             return;
                         }
                         socketFailed = true;
                         socketError = error;
                         socketErrorText = socket->errorString();
                         finish();
                     });
    QObject::connect(socket.get(), &QAbstractSocket::disconnected, &loop, [&]() {
        if (finished)
            return;
        drain();
        reader.closed();
        if (!reader.isDone() && !malformed && !socketFailed) {
            socketFailed = true;
            socketError = QAbstractSocket::RemoteHostClosedError;
            socketErrorText = u"Connection closed"_s;
        }
        finish();
    });
    if (ssl) {
        QObject::connect(ssl, &QSslSocket::sslErrors, &loop, [&](const QList<QSslError> &errors) {
            if (SyncHttpClient::judgeTlsErrors(m_pin, errors, ssl->peerCertificate(), &response))
                ssl->ignoreSslErrors(errors);
        });
        QObject::connect(ssl, &QSslSocket::encrypted, &loop, [&]() {
            activity();
            pump();
        });
    } else {
        QObject::connect(socket.get(), &QAbstractSocket::connected, &loop, [&]() {
            activity();
            pump();
        });
    }
    QObject::connect(&idle, &QTimer::timeout, &loop, [&]() {
        response.timedOut = true;
        socket->abort();
        finish();
    });
    QObject::connect(&total, &QTimer::timeout, &loop, [&]() {
        response.timedOut = true;
        socket->abort();
        finish();
    });
    QObject::connect(&watch, &QTimer::timeout, &loop, [&]() {
        if (cancel.isCancelled()) {
            response.cancelled = true;
            socket->abort();
            finish();
        }
    });

    watch.start();
    activity();
    if (request.timeoutMs >= 0)
        total.start(request.timeoutMs);
    if (ssl) {
        ssl->setPeerVerifyName(url.host());
        ssl->connectToHostEncrypted(url.host(), quint16(port));
    } else {
        socket->connectToHost(url.host(), quint16(port));
    }
    if (!finished)
        loop.exec();
    socket->abort(); // Connection: close; nothing is reused

    if (response.networkError != QNetworkReply::NoError)
        return response; // the file could not be read
    if (reader.hasStatus())
        response.status = reader.status();
    response.headers = reader.headers();
    response.body = reader.body();
    if (m_jar) {
        for (const auto &h : std::as_const(response.headers))
            if (h.first.compare("Set-Cookie", Qt::CaseInsensitive) == 0)
                m_jar->setCookiesFromUrl(QNetworkCookie::parseCookies(h.second), url);
    }
    if (response.cancelled || response.timedOut)
        return fail(QNetworkReply::OperationCanceledError, u"Operation canceled"_s);
    if (malformed) {
        response.status = 0;
        return fail(QNetworkReply::ProtocolFailure, u"the server's answer is not valid HTTP"_s);
    }
    if (!reader.isDone()) {
        if (response.tlsRejected || socketError == QAbstractSocket::SslHandshakeFailedError)
            response.tlsRejected = true;
        fail(networkErrorFor(socketError),
             socketErrorText.isEmpty() ? u"Connection closed"_s : socketErrorText);
    }
    return response;
}

} // namespace upgrade
