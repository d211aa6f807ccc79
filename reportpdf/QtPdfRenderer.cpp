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
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 18), QPageLayout::Millimeter));

    // Lay the document out in points on a page of the printable size, then scale to the
    // writer's resolution: fonts keep their point sizes.
    const QRectF pagePoints = writer.pageLayout().paintRect(QPageLayout::Point);
    const double footerPoints = 14;
    QTextDocument document;
    document.setDocumentMargin(0);
    document.setPageSize(QSizeF(pagePoints.width(), pagePoints.height() - footerPoints));
    document.setHtml(html);

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (details)
            *details =
                    u"QPainter could not start on the PDF writer (%1)"_s.arg(device.errorString());
        return false;
    }
    const double scale = writer.resolution() / 72.0;
    painter.scale(scale, scale);
    const int pages = document.pageCount();
    const QSizeF size = document.pageSize();
    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(7.5);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page * size.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * size.height(), size.width(), size.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x66, 0x66, 0x66));
        painter.drawText(QRectF(0, size.height() + 2, size.width(), footerPoints - 2),
                         Qt::AlignLeft | Qt::AlignBottom, title);
        painter.drawText(QRectF(0, size.height() + 2, size.width(), footerPoints - 2),
                         Qt::AlignRight | Qt::AlignBottom, u"%1 / %2"_s.arg(page + 1).arg(pages));
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
