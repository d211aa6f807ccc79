#include "Log.h"

#include "AppPaths.h"
#include "LogBus.h"
#include "RedactingSink.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QMutex>

#include <spdlog/sinks/ansicolor_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

QMutex logMutex;
std::shared_ptr<spdlog::logger> theLogger;
QString theFilePath;

constexpr char Pattern[] = "%Y-%m-%d %H:%M:%S.%e [%l] [t%t] %v";

std::shared_ptr<spdlog::logger> makeLogger(std::shared_ptr<RedactingSink> root)
{
    auto logger = std::make_shared<spdlog::logger>("bpmsoft-upgrade", std::move(root));
    logger->set_pattern(Pattern);
    logger->flush_on(spdlog::level::warn);
    return logger;
}

std::shared_ptr<spdlog::logger> defaultLogger()
{
    auto root = std::make_shared<RedactingSink>();
    root->add_sink(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    auto logger = makeLogger(root);
    logger->set_level(spdlog::level::warn);
    return logger;
}

void pruneOldRunLogs(const QString &directory, const QString &baseName, int keep)
{
    QDir dir(directory);
    const QFileInfoList files =
            dir.entryInfoList({baseName + u"-*.log*"_s}, QDir::Files, QDir::Time);
    for (qsizetype i = keep; i < files.size(); ++i)
        QFile::remove(files.at(i).absoluteFilePath());
}

} // namespace

bool Log::init(const LogOptions &options, QString *error)
{
    auto root = std::make_shared<RedactingSink>();
    if (options.console)
        root->add_sink(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    if (options.bus)
        root->add_sink(LogBus::makeSink());

    const QString directory = options.directory.isEmpty() ? AppPaths::logDir() : options.directory;
    QString filePath;
    bool ok = AppPaths::ensureDir(directory, error);
    if (ok) {
        pruneOldRunLogs(directory, options.baseName, options.keepRunLogs);
        const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
        filePath = QDir(directory).filePath(u"%1-%2-%3.log"_s.arg(
                options.baseName, stamp, QString::number(QCoreApplication::applicationPid())));
        try {
            root->add_sink(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    QDir::toNativeSeparators(filePath).toStdString(), options.maxFileBytes,
                    options.maxRotatedFiles));
        } catch (const spdlog::spdlog_ex &e) {
            ok = false;
            filePath.clear();
            if (error)
                *error = QCoreApplication::translate("upgrade::Log", "Cannot open the log file: %1")
                                 .arg(QString::fromLocal8Bit(e.what()));
        }
    }

    auto logger = makeLogger(root);
    logger->set_level(options.level);
    QMutexLocker lock(&logMutex);
    theLogger = std::move(logger);
    theFilePath = filePath;
    return ok;
}

QString Log::filePath()
{
    QMutexLocker lock(&logMutex);
    return theFilePath;
}

std::shared_ptr<spdlog::logger> Log::logger()
{
    QMutexLocker lock(&logMutex);
    if (!theLogger)
        theLogger = defaultLogger();
    return theLogger;
}

void Log::flush()
{
    logger()->flush();
}

void Log::shutdown()
{
    QMutexLocker lock(&logMutex);
    if (theLogger)
        theLogger->flush();
    theLogger.reset();
    theFilePath.clear();
}

} // namespace upgrade
