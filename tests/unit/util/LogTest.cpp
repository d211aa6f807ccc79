#include "util/Log.h"
#include "QtPrinters.h"
#include "WaitUntil.h"
#include "util/LogBus.h"
#include "util/Redactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <thread>

using namespace Qt::StringLiterals;
using namespace upgrade;

namespace {

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

TEST(Log, WritesOneRedactedFilePerRun)
{
    QTemporaryDir dir;
    LogOptions options;
    options.directory = dir.path();
    QString error;
    ASSERT_TRUE(Log::init(options, &error)) << error.toStdString();
    const QString file = Log::filePath();
    ASSERT_TRUE(file.startsWith(dir.path()));

    logInfo(u"connect Server=db;Password=hunter2;Database=bpm"_s);
    logWarning(u"Set-Cookie: .ASPXAUTH=AUTHCOOKIE; BPMCSRF=CSRFTOKEN"_s);
    Log::flush();
    const QString text = readAll(file);
    EXPECT_TRUE(text.contains(u"Database=bpm"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"hunter2"_s));
    EXPECT_FALSE(text.contains(u"AUTHCOOKIE"_s));
    EXPECT_FALSE(text.contains(u"CSRFTOKEN"_s));
    Log::shutdown();
}

TEST(Log, BusReceivesRedactedLinesAcrossThreads)
{
    QTemporaryDir dir;
    LogOptions options;
    options.directory = dir.path();
    ASSERT_TRUE(Log::init(options));

    QStringList received;
    auto connection = QObject::connect(LogBus::instance(), &LogBus::lineLogged,
                                       [&](int, const QString &line) { received.append(line); });
    std::thread worker([] { logInfo(u"from worker: Authorization: Basic c2VjcmV0"_s); });
    worker.join();
    ASSERT_TRUE(test::waitUntil([&] { return !received.isEmpty(); }, 5000));
    EXPECT_TRUE(received.last().contains(u"from worker"_s));
    EXPECT_FALSE(received.last().contains(u"c2VjcmV0"_s));
    EXPECT_TRUE(LogBus::instance()->recentLines().last().contains(u"from worker"_s));
    QObject::disconnect(connection);
    Log::shutdown();
}

TEST(Log, KeepsOnlyTheNewestRunLogs)
{
    QTemporaryDir dir;
    for (int i = 0; i < 5; ++i) {
        QFile f(dir.filePath(u"bpmsoft-upgrade-2020010%1-000000-1.log"_s.arg(i)));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.setFileTime(QDateTime::currentDateTime().addDays(-10 + i),
                      QFileDevice::FileModificationTime);
    }
    LogOptions options;
    options.directory = dir.path();
    options.keepRunLogs = 2;
    ASSERT_TRUE(Log::init(options));
    Log::shutdown();
    const QStringList left = QDir(dir.path()).entryList({u"*.log"_s}, QDir::Files);
    // Two old ones kept plus the new run's file.
    EXPECT_EQ(left.size(), 3) << left.join(u' ').toStdString();
    EXPECT_TRUE(left.contains(u"bpmsoft-upgrade-20200104-000000-1.log"_s));
    EXPECT_FALSE(left.contains(u"bpmsoft-upgrade-20200100-000000-1.log"_s));
}

TEST(Log, UnwritableFolderIsReportedAndLoggingStillWorks)
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"file"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    LogOptions options;
    options.directory = dir.filePath(u"file/logs"_s); // a folder inside a file: impossible
    QString error;
    EXPECT_FALSE(Log::init(options, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(Log::filePath().isEmpty());
    logInfo(u"still fine"_s); // must not crash
    Log::shutdown();
}

} // namespace
