#include "LogBus.h"

#include <QCoreApplication>
#include <QMutex>

#include <spdlog/sinks/base_sink.h>

#include <deque>

namespace upgrade {

namespace {

constexpr size_t MaxRecentLines = 5000;
QMutex recentMutex;
std::deque<QString> recent;

class LogBusSink final : public spdlog::sinks::base_sink<std::mutex>
{
protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        spdlog::memory_buf_t formatted;
        formatter_->format(msg, formatted);
        QString line = QString::fromUtf8(formatted.data(), qsizetype(formatted.size()));
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        LogBus::instance()->publish(int(msg.level), line);
    }
    void flush_() override {}
};

} // namespace

LogBus *LogBus::instance()
{
    // Deliberately never deleted: worker threads may still log while the program exits.
    static LogBus *bus = [] {
        auto *b = new LogBus;
        if (QCoreApplication::instance())
            b->moveToThread(QCoreApplication::instance()->thread());
        return b;
    }();
    return bus;
}

std::shared_ptr<spdlog::sinks::sink> LogBus::makeSink()
{
    return std::make_shared<LogBusSink>();
}

QStringList LogBus::recentLines() const
{
    QMutexLocker lock(&recentMutex);
    return QStringList(recent.begin(), recent.end());
}

void LogBus::publish(int level, const QString &line)
{
    {
        QMutexLocker lock(&recentMutex);
        recent.push_back(line);
        if (recent.size() > MaxRecentLines)
            recent.pop_front();
    }
    emit lineLogged(level, line);
}

} // namespace upgrade
