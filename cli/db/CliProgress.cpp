#include "CliProgress.h"

#include "util/Log.h"

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace upgrade::cli {

namespace {

std::atomic<const Cancellation *> current{nullptr};
void (*previousHandler)(int) = SIG_DFL;

extern "C" void onInterrupt(int)
{
    if (const Cancellation *c = current.load())
        c->cancel(); // an atomic store: safe in a signal handler
}

} // namespace

CliProgress::CliProgress(QTextStream &err)
    : m_err(err)
{
    current.store(&m_cancel);
    previousHandler = std::signal(SIGINT, onInterrupt);
}

CliProgress::~CliProgress()
{
    std::signal(SIGINT, previousHandler == SIG_ERR ? SIG_DFL : previousHandler);
    current.store(nullptr);
}

void CliProgress::setFraction(double fraction)
{
    if (fraction < 0)
        return;
    const int percent = qBound(0, int(fraction * 100), 100);
    QMutexLocker lock(&m_mutex);
    if (percent / 5 == m_lastPercent / 5 || percent < m_lastPercent)
        return;
    m_lastPercent = percent;
    m_err << u"  %1%"_s.arg(percent) << Qt::endl;
}

void CliProgress::setStatus(const QString &text)
{
    logInfo(text);
    QMutexLocker lock(&m_mutex);
    if (text == m_status)
        return;
    m_status = text;
    m_err << text << Qt::endl;
}

void CliProgress::log(const QString &line)
{
    logInfo(line);
}

} // namespace upgrade::cli
