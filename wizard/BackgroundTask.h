#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace upgrade::wizard {

/// Runs `work()` on a thread of the global QThreadPool and then `done(result)` on the main
/// thread, but only while `receiver` (a main-thread object) still exists. For everything that
/// must not run on the UI thread: files, journals, the keychain, the network, processes.
/// `work` must not touch widgets or `receiver`; it should honour a Cancellation it captured.
/// QCoreApplication waits for the pool's tasks when it is destroyed.
template<class Work, class Done>
void runInBackground(QObject *receiver, Work work, Done done)
{
    QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start(
            [guard, work = std::move(work), done = std::move(done)]() mutable {
                using Result = decltype(work());
                auto result = std::make_shared<Result>(work());
                QCoreApplication *app = QCoreApplication::instance();
                if (!app)
                    return;
                QMetaObject::invokeMethod(
                        app,
                        [guard, done = std::move(done), result]() mutable {
                            if (guard)
                                done(std::move(*result));
                        },
                        Qt::QueuedConnection);
            });
}

} // namespace upgrade::wizard
