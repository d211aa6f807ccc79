#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace upgrade::bench {

SandboxProcess::SandboxProcess(QString executable)
    : m_executable(std::move(executable))
{}

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList &arguments, QString *error, int timeoutMs)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(m_executable, arguments);
    if (!m_process.waitForStarted(30'000)) {
        *error = u"%1 did not start: %2"_s.arg(m_executable, m_process.errorString());
        return false;
    }
    // The first URL it prints is the site's (the text around it is translated).
    static const QRegularExpression url(u"(https?://127\\.0\\.0\\.1:\\d+)"_s);
    QByteArray output;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            *error = u"bpmsoft-sandbox exited (%1): %2"_s.arg(m_process.exitCode())
                             .arg(QString::fromLocal8Bit(m_process.readAllStandardError()));
            return false;
        }
        m_process.waitForReadyRead(200);
        output += m_process.readAllStandardOutput();
        const auto m = url.match(QString::fromUtf8(output));
        if (m.hasMatch()) {
            m_siteUrl = QUrl(m.captured(1));
            return true;
        }
    }
    *error = u"bpmsoft-sandbox printed no site URL in %1 s: %2"_s.arg(timeoutMs / 1000)
                     .arg(QString::fromUtf8(output));
    stop();
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(30'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

} // namespace upgrade::bench
