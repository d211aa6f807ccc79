#include "KeychainSecretStore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

/// Runs a QtKeychain job to completion on a local event loop; false on timeout.
bool runJob(QKeychain::Job &job, int timeoutMs)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
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
    QKeychain::ReadPasswordJob job(serviceName());
    job.setKey(qualified(key));
    if (!runJob(job, m_timeoutMs)) {
        if (error)
            *error = tr("The system keychain did not answer in time.");
        return std::nullopt;
    }
    if (job.error() == QKeychain::EntryNotFound)
        return std::nullopt;
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = tr("The system keychain cannot be read: %1").arg(job.errorString());
        return std::nullopt;
    }
    return job.textData();
}

bool KeychainSecretStore::write(const QString &key, const QString &value, QString *error)
{
    QKeychain::WritePasswordJob job(serviceName());
    job.setKey(qualified(key));
    job.setTextData(value);
    if (!runJob(job, m_timeoutMs) || job.error() != QKeychain::NoError) {
        if (error)
            *error = tr("The password could not be saved in the system keychain: %1")
                             .arg(job.errorString());
        return false;
    }
    return true;
}

bool KeychainSecretStore::remove(const QString &key, QString *error)
{
    QKeychain::DeletePasswordJob job(serviceName());
    job.setKey(qualified(key));
    if (!runJob(job, m_timeoutMs) ||
        (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)) {
        if (error)
            *error = tr("The password could not be removed from the system keychain: %1")
                             .arg(job.errorString());
        return false;
    }
    return true;
}

QString KeychainSecretStore::describe() const
{
    return tr("the system keychain");
}

} // namespace upgrade
