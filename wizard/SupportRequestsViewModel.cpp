#include "SupportRequestsViewModel.h"

#include "BackgroundTask.h"
#include "ProfileViewModel.h"

#include <QDir>
#include <QSaveFile>

namespace upgrade::wizard {

SupportRequestsViewModel::SupportRequestsViewModel(WizardServices services,
                                                   ProfileViewModel *profile, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_profile(profile)
{}

QList<SupportRequest> SupportRequestsViewModel::requests() const
{
    if (!m_services.supportRequests)
        return {};
    return m_services.supportRequests->requests(m_profile->currentProfile());
}

void SupportRequestsViewModel::save(int index, const QString &path)
{
    const QList<SupportRequest> all = requests();
    if (index < 0 || index >= all.size())
        return;
    const QByteArray text = all.at(index).text.toUtf8();
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
