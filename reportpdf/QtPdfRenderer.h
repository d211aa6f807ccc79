#pragma once

#include "report/PdfRenderer.h"

namespace upgrade {

/// The PdfRenderer on Qt's own PDF writer: QTextDocument lays the report's HTML out on A4
/// pages (QPdfWriter, 72 dpi so CSS pixels are points, page numbers in the footer). Needs a
/// QGuiApplication (fonts): programs without a window create one for the PDF path only, after
/// prepareEnvironment(). Threading: render() on the QGuiApplication's thread. Stateless otherwise.
class QtPdfRenderer : public PdfRenderer
{
public:
    bool render(const QString &html, const QString &title, QIODevice &device,
                QString *details) const override;

    /// Installs a QtPdfRenderer as PdfRenderer::installed().
    static void install();
    /// Before creating the QGuiApplication of a program that shows no window: on Linux and
    /// other X11/Wayland systems use the "offscreen" platform unless QT_QPA_PLATFORM says
    /// otherwise, so no display is needed.
    static void prepareEnvironment();
};

} // namespace upgrade
