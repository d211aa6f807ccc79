#include "TimedCommand.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace upgrade::bench {

TimedCommand::Result TimedCommand::run(const QString &program, const QStringList &arguments,
                                       const QProcessEnvironment &extraEnvironment,
                                       const QString &standardOutputFile)
{
    Result result;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : extraEnvironment.keys())
        env.insert(key, extraEnvironment.value(key));
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(standardOutputFile.isEmpty() ? QProcess::nullDevice()
                                                               : standardOutputFile);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForStarted(-1)) {
        result.error = u"%1 did not start: %2"_s.arg(program, process.errorString());
        return result;
    }
    process.waitForFinished(-1);
    result.seconds = clock.nsecsElapsed() / 1e9;
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!result.ok) {
        const QString tail = QString::fromLocal8Bit(process.readAllStandardError()).right(600);
        result.error = u"%1 exited with %2: %3"_s.arg(QFileInfo(program).fileName())
                               .arg(process.exitCode())
                               .arg(tail.trimmed());
    }
    return result;
}

QString TimedCommand::shellLine(const QString &program, const QStringList &arguments)
{
    QStringList parts{QFileInfo(program).fileName()};
    for (const QString &a : arguments)
        parts.append(a.contains(u' ') ? u'\'' + a + u'\'' : a);
    return parts.join(u' ');
}

} // namespace upgrade::bench
