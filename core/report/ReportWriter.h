#pragma once

#include "RunReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace upgrade {

enum class ReportFormat { Json, Html, Pdf };

/// Writes a run's report to a file in one of the formats: JSON (JsonReport), HTML (HtmlReport)
/// or PDF (HtmlReport's print variant through the installed PdfRenderer). The file is written
/// whole or not at all (QSaveFile). Stateless; call from the main thread for PDF.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::ReportWriter)
public:
    static QString toString(ReportFormat format); ///< "json" | "html" | "pdf"
    static std::optional<ReportFormat> formatFromString(const QString &text);
    /// The format a file name implies (".json", ".html"/".htm", ".pdf"), if any.
    static std::optional<ReportFormat> formatOfFile(const QString &path);

    /// The report's bytes; nullopt and a translated reason when the format cannot be made
    /// (PDF without a renderer, or the renderer failed).
    static std::optional<QByteArray> render(const RunReport &report, ReportFormat format,
                                            QString *error);
    /// Writes the report to `path` (folders are created). False and a translated reason.
    static bool write(const RunReport &report, ReportFormat format, const QString &path,
                      QString *error);

    /// After a stage (run, resume, rollback — CLI and wizard): reads the run's journal and writes
    /// report.json and report.html into the run folder, and report.pdf when a PdfRenderer is
    /// installed (then call from its thread). Returns the files written; `error` gets the
    /// reasons for any that could not be (the journal could not be read, a file not written).
    static QStringList writeRunReports(const QString &runDirectory, QString *error);
};

} // namespace upgrade
