#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace upgrade::bench {

/// A bpmsoft-sandbox process (the simulated BPMSoft site, docs/sandbox.md) for the benchmarks
/// that need a site: started with given arguments, its site URL read from what it prints,
/// stopped with SIGTERM. Lives on the calling thread; not thread-safe.
class SandboxProcess
{
public:
    explicit SandboxProcess(QString executable);
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    /// Starts it and waits (up to `timeoutMs`) for the site URL; false and `error` otherwise.
    bool start(const QStringList &arguments, QString *error, int timeoutMs = 120'000);
    void stop();
    QUrl siteUrl() const { return m_siteUrl; }

private:
    QString m_executable;
    QProcess m_process;
    QUrl m_siteUrl;
};

} // namespace upgrade::bench
