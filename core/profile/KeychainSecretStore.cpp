#include "KeychainSecretStore.h"

#include <QThread>

#include <condition_variable>
#include <functional>
#include <mutex>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

// QtKeychain runs one job at a time through a process-wide executor that lives in the thread
// of the first job and waits for each job's finished(). Jobs started from worker threads that
// end (the thread pool's, a Runner's), or a job destroyed when its caller gave up waiting,
// leave every later job waiting forever — on Linux without a Secret Service each call then
// took the whole timeout. So every job runs on one thread of its own that lives until the
// application object is destroyed, and a job that outlives its caller's timeout still
// finishes (and deletes itself) there.
std::mutex threadMutex;
QThread *keychainThread = nullptr;
QObject *keychainContext = nullptr;
bool keychainStopped = false;

void stopKeychainThread()
{
    QThread *thread = nullptr;
    {
        std::lock_guard lock(threadMutex);
        keychainStopped = true;
        thread = std::exchange(keychainThread, nullptr);
        keychainContext = nullptr;
    }
    if (!thread)
        return;
    thread->quit();
    if (thread->wait(5000))
        delete thread; // else a job is stuck in the OS keychain: left behind at exit
}

/// An object living on the keychain thread, started on first use; nullptr without an
/// application object or after it was destroyed.
QObject *keychainThreadContext()
{
    std::lock_guard lock(threadMutex);
    if (keychainStopped || !QCoreApplication::instance())
        return nullptr;
    if (!keychainThread) {
        keychainThread = new QThread;
        keychainThread->setObjectName(u"keychain"_s);
        QObject *context = new QObject;
        context->moveToThread(keychainThread);
        QObject::connect(
                keychainThread, &QThread::finished, context, [context] { delete context; },
                Qt::DirectConnection);
        keychainContext = context;
        keychainThread->start();
        qAddPostRoutine(stopKeychainThread);
    }
    return keychainContext;
}

/// How a job ended; `finished` false when it did not end in time (or could not start).
struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text; ///< a read job's data
};

/// Creates the job with `make` on the keychain thread, starts it there and waits for its end,
/// at most `timeoutMs`. Never call it from the keychain thread.
JobOutcome runJob(std::function<QKeychain::Job *()> make, int timeoutMs)
{
    struct Shared
    {
        std::mutex mutex;
        std::condition_variable done;
        JobOutcome outcome;
    };
    auto shared = std::make_shared<Shared>();
    QObject *context = keychainThreadContext();
    if (!context)
        return {};
    QMetaObject::invokeMethod(
            context,
            [shared, make = std::move(make)] {
                QKeychain::Job *job = make();
                job->setAutoDelete(true); // after finished(), even when nobody waits any more
                QObject::connect(
                        job, &QKeychain::Job::finished, job, [shared](QKeychain::Job *finished) {
                            std::lock_guard lock(shared->mutex);
                            shared->outcome.finished = true;
                            shared->outcome.error = finished->error();
                            shared->outcome.errorString = finished->errorString();
                            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                                shared->outcome.text = read->textData();
                            shared->done.notify_all();
                        });
                job->start();
            },
            Qt::QueuedConnection);
    std::unique_lock lock(shared->mutex);
    shared->done.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                          [&] { return shared->outcome.finished; });
    return shared->outcome;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString scope, int timeoutMs)
    : m_scope(std::move(scope))
    , m_timeoutMs(timeoutMs)
{}

QString KeychainSecretStore::serviceName()
{
    return u"bpmsoft-upgrade"_s;
}

QString KeychainSecretStore::qualified(const QString &key) const
{
    return m_scope.isEmpty() ? key : m_scope + u'/' + key;
}

std::optional<QString> KeychainSecretStore::read(const QString &key, QString *error)
{
    const QString service = serviceName();
    const QString qualifiedKey = qualified(key);
    const JobOutcome outcome = runJob(
            [service, qualifiedKey] {
                auto *job = new QKeychain::ReadPasswordJob(service);
                job->setKey(qualifiedKey);
                return job;
            },
            m_timeoutMs);
    if (!outcome.finished) {
        if (error)
            *error = tr("The system keychain did not answer in time.");
        return std::nullopt;
    }
    if (outcome.error == QKeychain::EntryNotFound)
        return std::nullopt;
    if (outcome.error != QKeychain::NoError) {
        if (error)
            *error = tr("The system keychain cannot be read: %1").arg(outcome.errorString);
        return std::nullopt;
    }
    return outcome.text;
}

bool KeychainSecretStore::write(const QString &key, const QString &value, QString *error)
{
    const QString service = serviceName();
    const QString qualifiedKey = qualified(key);
    const JobOutcome outcome = runJob(
            [service, qualifiedKey, value] {
                auto *job = new QKeychain::WritePasswordJob(service);
                job->setKey(qualifiedKey);
                job->setTextData(value);
                return job;
            },
            m_timeoutMs);
    if (!outcome.finished || outcome.error != QKeychain::NoError) {
        if (error)
            *error = tr("The password could not be saved in the system keychain: %1")
                             .arg(outcome.finished
                                          ? outcome.errorString
                                          : tr("The system keychain did not answer in time."));
        return false;
    }
    return true;
}

bool KeychainSecretStore::remove(const QString &key, QString *error)
{
    const QString service = serviceName();
    const QString qualifiedKey = qualified(key);
    const JobOutcome outcome = runJob(
            [service, qualifiedKey] {
                auto *job = new QKeychain::DeletePasswordJob(service);
                job->setKey(qualifiedKey);
                return job;
            },
            m_timeoutMs);
    if (!outcome.finished ||
        (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound)) {
        if (error)
            *error = tr("The password could not be removed from the system keychain: %1")
                             .arg(outcome.finished
                                          ? outcome.errorString
                                          : tr("The system keychain did not answer in time."));
        return false;
    }
    return true;
}

QString KeychainSecretStore::describe() const
{
    return tr("the system keychain");
}

} // namespace upgrade
