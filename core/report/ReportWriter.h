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
    /// Writes rendered report bytes to `path` whole or not at all (folders are created): for a
    /// caller that renders on one thread and writes on another. False and a translated reason.
    static bool writeFile(const QByteArray &bytes, const QString &path, QString *error);

    /// Where writeRunReports() puts the report in `format`: report.<json|html|pdf> in the run
    /// folder.
    static QString runReportFile(const QString &runDirectory, ReportFormat format);
    /// After a stage (the CLI's run, resume, rollback): reads the run's journal and writes
    /// report.json and report.html into the run folder, and report.pdf when a PdfRenderer is
    /// installed (then call from its thread). Returns the files written; `error` gets the
    /// reasons for any that could not be (the journal could not be read, a file not written).
    /// The wizard does the same split between threads (wizard/RunReports).
    static QStringList writeRunReports(const QString &runDirectory, QString *error);
};

} // namespace upgrade
