#include "SandboxHost.h"

#include <QMetaObject>

namespace upgrade::sandbox {

SandboxHost::SandboxHost()
    : m_thread(std::make_unique<QThread>())
    , m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("sandbox"));
    m_context->moveToThread(m_thread.get());
    m_thread->start();
}

SandboxHost::~SandboxHost()
{
    // Servers are deleted where they live, then the thread ends.
    call([this]() {
        const QObjectList children = m_context->children();
        for (QObject *child : children)
            delete child;
    });
    m_thread->quit();
    m_thread->wait();
    delete m_context;
}

void SandboxHost::call(const std::function<void()> &work)
{
    if (QThread::currentThread() == m_thread.get()) {
        work();
        return;
    }
    QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
}

} // namespace upgrade::sandbox
