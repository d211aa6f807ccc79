#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace upgrade::sandbox {

/// A thread with an event loop for sandbox servers, so that they keep serving while the
/// caller's thread blocks (the wizard's worker, a test calling the client synchronously).
/// Create the servers inside call() with context() as their parent; they are deleted on the
/// host thread when the host is destroyed. call() is thread-safe.
class SandboxHost
{
public:
    SandboxHost();
    ~SandboxHost();
    SandboxHost(const SandboxHost &) = delete;
    SandboxHost &operator=(const SandboxHost &) = delete;

    /// Runs `work` on the host thread and waits for it (runs it directly when called there).
    void call(const std::function<void()> &work);
    /// An object living on the host thread: the parent for servers made in call().
    QObject *context() const { return m_context; }
    QThread *thread() const { return m_thread.get(); }

private:
    std::unique_ptr<QThread> m_thread;
    QObject *m_context = nullptr;
};

} // namespace upgrade::sandbox
