// ProcessRunner with real child processes (POSIX shell): output, exit codes, timeouts,
// cancel, large output, standard input, a program that does not exist, a crash.
#include "util/ProcessRunner.h"
#include "QtPrinters.h"
#include "util/FileHash.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace upgrade;

namespace {

#ifndef Q_OS_WIN

ProcessSpec shell(const QString &script, int timeoutMs = 30000)
{
    ProcessSpec spec;
    spec.program = u"/bin/sh"_s;
    spec.arguments = {u"-c"_s, script};
    spec.timeoutMs = timeoutMs;
    return spec;
}

TEST(ProcessRunner, StreamsLinesAndCapturesBothStreams)
{
    QStringList out, err;
    ProcessSpec spec = shell(u"echo one; echo two >&2; printf 'three\\r\\nfour'"_s);
    spec.onLine = [&](const QString &line, bool isErr) { (isErr ? err : out).append(line); };
    const ProcessResult r = ProcessRunner().run(spec);
    EXPECT_TRUE(r.succeeded()) << r.describe().toStdString();
    EXPECT_EQ(out, (QStringList{u"one"_s, u"three"_s, u"four"_s}));
    EXPECT_EQ(err, QStringList{u"two"_s});
    EXPECT_EQ(r.standardOutput, QByteArray("one\nthree\r\nfour"));
}

TEST(ProcessRunner, NonZeroExitKeepsTheErrorText)
{
    const ProcessResult r =
            ProcessRunner().run(shell(u"echo 'pg_dump: error: permission denied' >&2; exit 3"_s));
    EXPECT_TRUE(r.started);
    EXPECT_FALSE(r.succeeded());
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.standardError.contains("permission denied"));
    EXPECT_TRUE(r.describe().contains(u"3"_s));
}

TEST(ProcessRunner, TimeoutKillsTheChild)
{
    QElapsedTimer clock;
    clock.start();
    const ProcessResult r = ProcessRunner().run(shell(u"echo started; exec sleep 30"_s, 300));
    EXPECT_TRUE(r.timedOut);
    EXPECT_FALSE(r.succeeded());
    EXPECT_LT(clock.elapsed(), 10000);
    EXPECT_TRUE(r.standardOutput.contains("started"));
}

TEST(ProcessRunner, ChildIgnoringTerminateIsKilled)
{
    QElapsedTimer clock;
    clock.start();
    const ProcessResult r = ProcessRunner().run(
            shell(u"trap '' TERM; echo ready; while :; do sleep 1; done"_s, 300));
    EXPECT_TRUE(r.timedOut);
    EXPECT_LT(clock.elapsed(), 15000);
}

TEST(ProcessRunner, CancelFromAnotherThreadStopsIt)
{
    Cancellation cancel;
    std::atomic_bool sawLine = false;
    ProcessSpec spec = shell(u"echo working; exec sleep 30"_s, -1);
    spec.onLine = [&](const QString &, bool) { sawLine = true; };
    std::thread canceller([&] {
        while (!sawLine)
            std::this_thread::yield();
        cancel.cancel();
    });
    QElapsedTimer clock;
    clock.start();
    const ProcessResult r = ProcessRunner().run(spec, cancel);
    canceller.join();
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.timedOut);
    EXPECT_FALSE(r.succeeded());
    EXPECT_LT(clock.elapsed(), 10000);
}

TEST(ProcessRunner, LargeOutputIsBoundedButEveryLineIsSeen)
{
    qint64 lines = 0;
    ProcessSpec spec = shell(
            u"i=0; while [ $i -lt 200000 ]; do echo \"line $i of a long tool output\"; i=$((i+1)); done"_s,
            120000);
    spec.maxCapturedBytes = 64 * 1024;
    spec.onLine = [&](const QString &, bool) { ++lines; };
    const ProcessResult r = ProcessRunner().run(spec);
    EXPECT_TRUE(r.succeeded()) << r.describe().toStdString();
    EXPECT_EQ(lines, 200000);
    EXPECT_TRUE(r.truncated);
    EXPECT_LE(r.standardOutput.size(), 64 * 1024);
    EXPECT_TRUE(r.standardOutput.endsWith("line 199999 of a long tool output\n"));
}

TEST(ProcessRunner, WritesStandardInput)
{
    ProcessSpec spec = shell(u"tr a-z A-Z"_s);
    spec.standardInput = "secret-free input\n";
    const ProcessResult r = ProcessRunner().run(spec);
    EXPECT_EQ(r.standardOutput, QByteArray("SECRET-FREE INPUT\n"));
}

TEST(ProcessRunner, ExtraEnvironmentReachesTheChild)
{
    ProcessSpec spec = shell(u"printf %s \"$UPGRADE_TEST_VALUE\""_s);
    spec.extraEnvironment.insert(u"UPGRADE_TEST_VALUE"_s, u"from parent"_s);
    EXPECT_EQ(ProcessRunner().run(spec).standardOutput, QByteArray("from parent"));
}

TEST(ProcessRunner, MissingProgramIsNotStarted)
{
    ProcessSpec spec;
    spec.program = u"/nonexistent/1cv8"_s;
    const ProcessResult r = ProcessRunner().run(spec);
    EXPECT_FALSE(r.started);
    EXPECT_FALSE(r.succeeded());
    EXPECT_FALSE(r.errorString.isEmpty());
    EXPECT_TRUE(r.describe().contains(r.errorString));
}

TEST(ProcessRunner, CrashIsReported)
{
    const ProcessResult r = ProcessRunner().run(shell(u"kill -SEGV $$"_s));
    EXPECT_TRUE(r.crashed);
    EXPECT_FALSE(r.succeeded());
}

TEST(ProcessRunner, CommandLineForLogsIsQuotedAndRedacted)
{
    ProcessSpec spec;
    spec.program = u"1cv8"_s;
    spec.arguments = {u"DESIGNER"_s, u"/F"_s, u"C:/1C/My Base"_s, u"/P\"pw123\""_s};
    const QString line = ProcessRunner::commandLine(spec);
    EXPECT_TRUE(line.contains(u"\"C:/1C/My Base\""_s)) << line.toStdString();
    EXPECT_FALSE(line.contains(u"pw123"_s)) << line.toStdString();
}

#endif

TEST(FileHash, Sha256WithProgressAndCancel)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"data"_s));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("abc");
    f.close();
    EXPECT_EQ(FileHash::sha256(f.fileName()),
              u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);

    QFile big(dir.filePath(u"big"_s));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(10 * 1024 * 1024, 'x'));
    big.close();
    Cancellation cancel;
    qint64 lastDone = 0;
    QString error;
    const auto digest = FileHash::sha256(
            big.fileName(), cancel,
            [&](qint64 done, qint64) {
                lastDone = done;
                cancel.cancel();
            },
            &error);
    EXPECT_FALSE(digest.has_value());
    EXPECT_LT(lastDone, 10 * 1024 * 1024);
    EXPECT_FALSE(FileHash::sha256(dir.filePath(u"missing"_s), {}, {}, &error).has_value());
    EXPECT_FALSE(error.isEmpty());
}

} // namespace
