#pragma once

#include <QString>
#include <QUrl>

namespace upgrade::bench {

/// Measurement (d) of issue 9: uploading a package archive to a sandbox site's
/// PackageInstallerService.svc/UploadPackage (multipart, field "files") — through the
/// program's BpmSoftClient, and through curl with the same session cookies and BPMCSRF header.
/// Both log in first, outside the measured time. Synchronous on the calling thread.
class UploadBenchmark
{
public:
    struct Run
    {
        bool ok = false;
        QString error;
        double seconds = 0;
        double megabytesPerSecond = 0;
    };

    UploadBenchmark(QUrl siteUrl, QString password, QString workDir);

    /// Writes a real-format package archive (zip of .gz packages) of about `megabytes`, its
    /// content incompressible; the path, or empty and `error`.
    QString makeArchive(int megabytes, QString *error);

    Run client(const QString &archive);
    Run curl(const QString &archive);
    /// The same multipart POST with nothing but QNetworkAccessManager and QHttpMultiPart (no
    /// BpmSoftClient): tells Qt's own cost from the client's.
    Run plainQt(const QString &archive);
    /// The curl command line of the measured upload, for the report.
    QString curlLine(const QString &archive) const;

    static bool available();

private:
    QString uploadUrl() const;

    QUrl m_siteUrl;
    QString m_password;
    QString m_workDir;
};

} // namespace upgrade::bench
