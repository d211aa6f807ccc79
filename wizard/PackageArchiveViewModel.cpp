#include "PackageArchiveViewModel.h"

#include "BackgroundTask.h"
#include "InstalledPackagesSource.h"

#include "package/PackageArchiveReader.h"
#include "profile/ChainedSecretStore.h"
#include "profile/MemorySecretStore.h"
#include "util/Progress.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

PackageArchiveViewModel::PackageArchiveViewModel(WizardServices services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(350);
    connect(&m_debounce, &QTimer::timeout, this, &PackageArchiveViewModel::startRead);
}

PackageArchiveViewModel::~PackageArchiveViewModel()
{
    m_cancel.cancel();
}

void PackageArchiveViewModel::setPath(const QString &path)
{
    if (path == m_path && m_state != State::Empty)
        return;
    m_path = path;
    m_debounce.start();
}

void PackageArchiveViewModel::reload()
{
    m_debounce.stop();
    startRead();
}

void PackageArchiveViewModel::startRead()
{
    m_cancel.cancel();
    m_cancel = Cancellation();
    const quint64 generation = ++m_generation;
    m_archive.reset();
    m_error.clear();
    m_details.clear();
    if (m_path.isEmpty()) {
        m_state = State::Empty;
        emit changed();
        return;
    }
    m_state = State::Reading;
    emit changed();
    const QString path = m_path;
    const Cancellation cancel = m_cancel;
    runInBackground(
            this,
            [path, cancel] {
                LogProgress progress(cancel);
                return PackageArchiveReader().read(path, progress);
            },
            [this, generation](PackageArchiveReader::Result result) {
                if (generation != m_generation)
                    return; // a newer path is being read
                if (result.ok()) {
                    m_archive = result.archive;
                    m_state = State::Ready;
                } else {
                    m_state = State::Failed;
                    m_error = result.error.message;
                    m_details = result.error.details;
                }
                emit changed();
            });
}

void PackageArchiveViewModel::readInstalled(const Profile &profile,
                                            const QHash<QString, QString> &typedSecrets,
                                            const QString &secretsFile)
{
    if (!m_services.installedPackages || m_readingInstalled)
        return;
    m_readingInstalled = true;
    m_installedError.clear();
    emit changed();
    auto source = m_services.installedPackages;
    auto reader = m_services.secretReader;
    const Cancellation cancel = m_cancel;
    struct Result
    {
        std::optional<QList<InstalledPackage>> packages;
        QString error;
    };
    runInBackground(
            this,
            [=] {
                Result r;
                ChainedSecretStore secrets;
                secrets.append(std::make_unique<MemorySecretStore>(typedSecrets));
                if (reader) {
                    QString error;
                    if (auto store = reader(profile, secretsFile, &error))
                        secrets.append(std::move(store));
                }
                LogProgress progress(cancel);
                r.packages = source->installedPackages(profile, EnvironmentKind::Production,
                                                       secrets, progress, &r.error);
                return r;
            },
            [this](Result r) {
                m_readingInstalled = false;
                m_installed = r.packages;
                m_installedError = r.error;
                emit changed();
            });
}

QList<PackageChange> PackageArchiveViewModel::changes() const
{
    if (!m_archive)
        return {};
    return PackageComparison::compare(m_archive->packages,
                                      m_installed.value_or(QList<InstalledPackage>{}));
}

void PackageArchiveViewModel::showSample(const PackageArchive &archive,
                                         const QList<InstalledPackage> &installed)
{
    m_debounce.stop();
    ++m_generation;
    m_path = archive.path;
    m_archive = archive;
    m_state = State::Ready;
    m_installed = installed;
    emit changed();
}

} // namespace upgrade::wizard
