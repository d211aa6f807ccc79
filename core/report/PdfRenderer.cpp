#include "PdfRenderer.h"

#include <QMutex>

namespace upgrade {

namespace {

QMutex rendererMutex;
std::shared_ptr<const PdfRenderer> theRenderer;

} // namespace

void PdfRenderer::install(std::shared_ptr<const PdfRenderer> renderer)
{
    QMutexLocker lock(&rendererMutex);
    theRenderer = std::move(renderer);
}

std::shared_ptr<const PdfRenderer> PdfRenderer::installed()
{
    QMutexLocker lock(&rendererMutex);
    return theRenderer;
}

} // namespace upgrade
