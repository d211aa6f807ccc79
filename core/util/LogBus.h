#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

namespace spdlog::sinks {
class sink;
}

namespace upgrade {

/// The log as a stream of Qt signals, for the wizard's live log and the CLI's --json events.
/// A process-wide singleton living in the main thread; lines arrive already redacted, from any
/// thread, and reach receivers through queued connections. Keeps the most recent lines so a
/// view opened later can show what came before.
class LogBus : public QObject
{
    Q_OBJECT
public:
    enum Level { Trace, Debug, Info, Warning, Error, Critical };
    Q_ENUM(Level)

    static LogBus *instance();
    /// A spdlog sink that publishes to this bus.
    static std::shared_ptr<spdlog::sinks::sink> makeSink();

    QStringList recentLines() const;
    void publish(int level, const QString &line);

signals:
    void lineLogged(int level, const QString &line);

private:
    LogBus() = default;
};

} // namespace upgrade
