#pragma once

#include "report/CloudSupportRequests.h"

#include <QObject>

namespace upgrade::wizard {

class PackageArchiveViewModel;
class ProfileViewModel;

/// Cloud mode's support requests, ready to copy or save: the texts of core/report
/// CloudSupportRequests — the same as the CLI's `cloud-requests` — for the profile being
/// edited, the package archive as PackageArchiveViewModel read it in the background (file,
/// SHA-256, packages and versions; the installed versions when known) and the contact person
/// typed on the page. Recomputed on demand (quick, no I/O), so they follow the language;
/// changed() when the archive or the contact changes. Saving writes a text file in the
/// background. Main thread.
class SupportRequestsViewModel : public QObject
{
    Q_OBJECT
public:
    SupportRequestsViewModel(ProfileViewModel *profile, PackageArchiveViewModel *packages,
                             QObject *parent = nullptr);

    QList<SupportRequest> requests() const;
    /// The short translated name of a request for the list ("1. A test environment …").
    static QString title(const SupportRequest &request);
    /// Why the requests name the archive's file only (being read, or unreadable); empty when
    /// its packages are in them.
    QString archiveNote() const;

    void setContact(const QString &contact);
    QString contact() const { return m_contact; }

    /// Writes request `index` to `path` (UTF-8); saved() follows.
    void save(int index, const QString &path);

signals:
    void changed();
    void saved(bool ok, const QString &message);

private:
    ProfileViewModel *m_profile;
    PackageArchiveViewModel *m_packages;
    QString m_contact;
};

} // namespace upgrade::wizard
