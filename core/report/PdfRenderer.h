#pragma once

#include <QIODevice>
#include <QString>

#include <memory>

namespace upgrade {

/// Turns a report's HTML into a PDF. core/ may not link QtGui (LinkGuard), and Qt's PDF writer
/// (QPdfWriter, QTextDocument) is QtGui: so the implementation lives outside core
/// (reportpdf/QtPdfRenderer, library upgradereport_pdf) and the program that can render PDF
/// installs it at start-up (the bpmsoft-upgrade and wizard mains). ReportWriter uses what is
/// installed; without one, PDF output is refused with a clear message.
/// Threading: install() from the main thread before use; render() on the thread the
/// implementation allows (QtPdfRenderer: the thread of the QGuiApplication).
class PdfRenderer
{
public:
    virtual ~PdfRenderer() = default;
    /// Writes `html` (Qt's rich-text subset, HtmlReport::Flavor::Print) as a PDF to `device`
    /// (open for writing). False and raw details on failure.
    virtual bool render(const QString &html, const QString &title, QIODevice &device,
                        QString *details) const = 0;

    static void install(std::shared_ptr<const PdfRenderer> renderer);
    /// The installed renderer, or nullptr.
    static std::shared_ptr<const PdfRenderer> installed();
};

} // namespace upgrade
