#include "ReportWriter.h"

#include "HtmlReport.h"
#include "JsonReport.h"
#include "PdfRenderer.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace upgrade {

QString ReportWriter::toString(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Json:
        return u"json"_s;
    case ReportFormat::Html:
        return u"html"_s;
    case ReportFormat::Pdf:
        return u"pdf"_s;
    }
    return {};
}

std::optional<ReportFormat> ReportWriter::formatFromString(const QString &text)
{
    for (ReportFormat f : {ReportFormat::Json, ReportFormat::Html, ReportFormat::Pdf})
        if (toString(f) == text.toLower())
            return f;
    return std::nullopt;
}

std::optional<ReportFormat> ReportWriter::formatOfFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"htm"_s)
        return ReportFormat::Html;
    return formatFromString(suffix);
}

std::optional<QByteArray> ReportWriter::render(const RunReport &report, ReportFormat format,
                                               QString *error)
{
    switch (format) {
    case ReportFormat::Json:
        return JsonReport::render(report);
    case ReportFormat::Html:
        return HtmlReport::render(report, HtmlReport::Flavor::Browser).toUtf8();
    case ReportFormat::Pdf: {
        const auto renderer = PdfRenderer::installed();
        if (!renderer) {
            if (error)
                *error = tr("This program cannot write PDF files. Write the report as HTML "
                            "and print it to PDF from a browser.");
            return std::nullopt;
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QString details;
        if (!renderer->render(HtmlReport::render(report, HtmlReport::Flavor::Print),
                              HtmlReport::title(report), buffer, &details)) {
            if (error)
                *error = tr("The PDF report could not be made: %1").arg(details);
            return std::nullopt;
        }
        return bytes;
    }
    }
    return std::nullopt;
}

bool ReportWriter::write(const RunReport &report, ReportFormat format, const QString &path,
                         QString *error)
{
    const std::optional<QByteArray> bytes = render(report, format, error);
    return bytes && writeFile(*bytes, path, error);
}

bool ReportWriter::writeFile(const QByteArray &bytes, const QString &path, QString *error)
{
    const QFileInfo info(path);
    QSaveFile file(info.absoluteFilePath());
    if (!QDir().mkpath(info.absolutePath()) || !file.open(QIODevice::WriteOnly) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write the report %1: %2. Check that the folder exists and "
                        "that you may write there.")
                             .arg(QDir::toNativeSeparators(info.absoluteFilePath()),
                                  file.errorString());
        return false;
    }
    return true;
}

QString ReportWriter::runReportFile(const QString &runDirectory, ReportFormat format)
{
    return QDir(runDirectory).filePath(u"report."_s + toString(format));
}

QStringList ReportWriter::writeRunReports(const QString &runDirectory, QString *error)
{
    QStringList written;
    QStringList problems;
    QString reason;
    const std::optional<RunReport> report = RunReport::load(runDirectory, &reason);
    if (!report) {
        if (error)
            *error = reason;
        return written;
    }
    QList<ReportFormat> formats{ReportFormat::Json, ReportFormat::Html};
    if (PdfRenderer::installed())
        formats << ReportFormat::Pdf;
    for (const ReportFormat format : formats) {
        const QString path = runReportFile(runDirectory, format);
        if (write(*report, format, path, &reason))
            written << path;
        else
            problems << reason;
    }
    if (error)
        *error = problems.join(u'\n');
    return written;
}

} // namespace upgrade
