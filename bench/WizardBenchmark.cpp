#include "WizardBenchmark.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace upgrade::bench {

WizardBenchmark::WizardBenchmark(QString executable, QString workDir, double speed)
    : m_executable(std::move(executable))
    , m_workDir(std::move(workDir))
    , m_speed(speed)
{}

bool WizardBenchmark::available()
{
    return UPGRADE_BENCH_HAVE_WIZARD != 0;
}

WizardBenchmark::Run WizardBenchmark::run(int index)
{
    Run run;
    if (!QFileInfo(m_executable).isExecutable()) {
        run.error = u"%1 is not built"_s.arg(m_executable);
        return run;
    }
    const QString home = QDir(m_workDir).filePath(u"wizard-home-%1"_s.arg(index));
    QDir(home).removeRecursively();
    QDir().mkpath(home);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"BPMSOFT_UPGRADE_HOME"_s, home);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(m_executable, {u"--speed"_s, QString::number(m_speed)});
    QByteArray pending;
    QJsonObject result;
    const QDeadlineTimer deadline(15 * 60 * 1000);
    while (!deadline.hasExpired() && result.isEmpty()) {
        if (!process.waitForReadyRead(100) && process.state() == QProcess::NotRunning)
            break;
        pending += process.readAllStandardOutput();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end).trimmed();
            pending.remove(0, end + 1);
            if (line == "first-page" && run.firstPageSeconds == 0)
                run.firstPageSeconds = clock.nsecsElapsed() / 1e9;
            else if (line.startsWith('{'))
                result = QJsonDocument::fromJson(line).object();
        }
    }
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished(5'000);
    }
    if (result.isEmpty()) {
        run.error = u"the wizard gave no result (exit %1): %2"_s.arg(process.exitCode())
                            .arg(QString::fromLocal8Bit(process.readAllStandardError().right(800)));
        return run;
    }
    run.ok = result.value(u"ok"_s).toBool();
    run.error = result.value(u"error"_s).toString();
    run.firstPaintInProcessSeconds = result.value(u"firstPaintMs"_s).toDouble() / 1000.0;
    run.longestStallMs = result.value(u"longestStallMs"_s).toDouble();
    run.peakMegabytes = result.value(u"peakResidentBytes"_s).toDouble() / (1024.0 * 1024.0);
    run.upgradeSeconds = result.value(u"upgradeSeconds"_s).toDouble();
    for (const QJsonValue &p : result.value(u"pages"_s).toArray())
        run.pages.append(p.toString());
    QDir(home).removeRecursively();
    return run;
}

} // namespace upgrade::bench
