#pragma once

#include "SupportRequestTextProvider.h"
#include "WizardServices.h"

#include <QObject>

namespace upgrade::wizard {

class ProfileViewModel;

/// Cloud mode's support requests, ready to copy or save: texts from the
/// SupportRequestTextProvider for the current profile (recomputed on demand, so they follow
/// the language); saving writes a text file in the background. Main thread.
class SupportRequestsViewModel : public QObject
{
    Q_OBJECT
public:
    SupportRequestsViewModel(WizardServices services, ProfileViewModel *profile,
                             QObject *parent = nullptr);

    QList<SupportRequest> requests() const;
    /// Writes request `index` to `path` (UTF-8); saved() follows.
    void save(int index, const QString &path);

signals:
    void saved(bool ok, const QString &message);

private:
    WizardServices m_services;
    ProfileViewModel *m_profile;
};

} // namespace upgrade::wizard
