#include "QtPdfRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace upgrade {

bool QtPdfRenderer::render(const QString &html, const QString &title, QIODevice &device,
                           QString *details) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (details)
            *details = u"PDF rendering needs a QGuiApplication"_s;
        return false;
    }
    QPdfWriter writer(&device);
    writer.setTitle(title);
    writer.setCreator(u"bpmsoft-upgrade "_s + QStringLiteral(UPGRADE_VERSION));
    // 72 dpi: a device pixel is a point, so the report's CSS pixels are points on paper. Text
    // stays vector; design metrics keep glyph positions exact at this resolution.
    writer.setResolution(72);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const double footer = 16;

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setUseDesignMetrics(true);
    document.setDocumentMargin(0);
    document.setPageSize(QSizeF(page.width(), page.height() - footer));
    document.setHtml(html);

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (details)
            *details =
                    u"QPainter could not start on the PDF writer (%1)"_s.arg(device.errorString());
        return false;
    }
    const int pages = document.pageCount();
    const QSizeF size = document.pageSize();
    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(7);
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -index * size.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, index * size.height(), size.width(), size.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x66, 0x66, 0x66));
        const QRectF line(0, size.height(), size.width(), footer);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignBottom, title);
        painter.drawText(line, Qt::AlignRight | Qt::AlignBottom,
                         u"%1 / %2"_s.arg(index + 1).arg(pages));
    }
    if (!painter.end()) {
        if (details)
            *details = device.errorString();
        return false;
    }
    return true;
}

void QtPdfRenderer::install()
{
    PdfRenderer::install(std::make_shared<QtPdfRenderer>());
}

void QtPdfRenderer::prepareEnvironment()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
}

} // namespace upgrade
