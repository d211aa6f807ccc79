#include "SupportRequestsViewModel.h"

#include "BackgroundTask.h"
#include "PackageArchiveViewModel.h"
#include "ProfileViewModel.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

SupportRequestsViewModel::SupportRequestsViewModel(ProfileViewModel *profile,
                                                   PackageArchiveViewModel *packages,
                                                   QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_packages(packages)
{
    connect(m_packages, &PackageArchiveViewModel::changed, this,
            &SupportRequestsViewModel::changed);
}

QList<SupportRequest> SupportRequestsViewModel::requests() const
{
    CloudSupportRequests::Input input;
    input.profile = m_profile->currentProfile();
    input.contact = m_contact.trimmed();
    if (const auto &archive = m_packages->archive()) {
        input.archive = *archive;
        for (const PackageChange &change : m_packages->changes())
            if (change.installed)
                input.installed << *change.installed;
    } else {
        input.archive.path = m_profile->resolvedArchivePath();
    }
    return CloudSupportRequests::generate(input);
}

QString SupportRequestsViewModel::title(const SupportRequest &request)
{
    if (request.id == u"test-environment"_s)
        return tr("1. A test environment with a copy of production");
    if (request.id == u"production-plan"_s)
        return tr("2. Agreement of the production plan");
    return request.subject;
}

QString SupportRequestsViewModel::archiveNote() const
{
    switch (m_packages->state()) {
    case PackageArchiveViewModel::State::Ready:
        return {};
    case PackageArchiveViewModel::State::Reading:
        return tr("Reading the package archive: its packages and versions appear in the "
                  "requests in a moment.");
    case PackageArchiveViewModel::State::Failed:
        return tr("The package archive cannot be read (%1), so the requests name its file only. "
                  "Fix it on the Connections page.")
                .arg(m_packages->errorMessage());
    case PackageArchiveViewModel::State::Empty:
        break;
    }
    return tr("No package archive is chosen: choose it on the Connections page, so the requests "
              "name the packages and versions.");
}

void SupportRequestsViewModel::setContact(const QString &contact)
{
    if (contact == m_contact)
        return;
    m_contact = contact;
    emit changed();
}

void SupportRequestsViewModel::save(int index, const QString &path)
{
    const QList<SupportRequest> all = requests();
    if (index < 0 || index >= all.size())
        return;
    const QByteArray text = all.at(index).body.toUtf8();
    runInBackground(
            this,
            [path, text] {
                QSaveFile file(path);
                const bool ok = file.open(QIODevice::WriteOnly) &&
                                file.write(text) == text.size() && file.commit();
                return std::make_pair(ok, file.errorString());
            },
            [this, path](std::pair<bool, QString> r) {
                emit saved(r.first,
                           r.first ? tr("Saved to %1").arg(QDir::toNativeSeparators(path))
                                   : tr("Cannot save %1: %2")
                                             .arg(QDir::toNativeSeparators(path), r.second));
            });
}

} // namespace upgrade::wizard
