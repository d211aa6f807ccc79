#pragma once

#include "WizardServices.h"

#include "package/PackageArchive.h"
#include "package/PackageComparison.h"
#include "util/Cancellation.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace upgrade::wizard {

/// The package archive of the profile: read and checked by PackageArchiveReader on a worker
/// thread whenever its path settles (a newer path cancels an older read), with its packages
/// and versions; and, when an InstalledPackagesSource is wired, the production site's
/// installed packages next to them (PackageComparison). Main thread.
class PackageArchiveViewModel : public QObject
{
    Q_OBJECT
public:
    enum class State { Empty, Reading, Ready, Failed };
    Q_ENUM(State)

    explicit PackageArchiveViewModel(WizardServices services, QObject *parent = nullptr);
    ~PackageArchiveViewModel() override;

    /// Reads the archive at `path` after a short pause (typing), unless it is the same path.
    void setPath(const QString &path);
    /// Reads it now (again).
    void reload();
    QString path() const { return m_path; }

    State state() const { return m_state; }
    const std::optional<PackageArchive> &archive() const { return m_archive; }
    QString errorMessage() const { return m_error; }
    QString errorDetails() const { return m_details; }

    /// Whether the installed packages can be read (a source is wired).
    bool canReadInstalled() const { return m_services.installedPackages != nullptr; }
    /// Reads the production site's packages (worker thread); installedChanged() follows.
    void readInstalled(const Profile &profile, const QHash<QString, QString> &typedSecrets,
                       const QString &secretsFile);
    bool isReadingInstalled() const { return m_readingInstalled; }
    bool hasInstalled() const { return m_installed.has_value(); }
    QString installedError() const { return m_installedError; }
    /// The archive's packages next to the installed ones (kind New when nothing is known).
    QList<PackageChange> changes() const;

    /// For the screenshot tour: shows this archive as read.
    void showSample(const PackageArchive &archive, const QList<InstalledPackage> &installed);

signals:
    void changed();

private:
    void startRead();

    WizardServices m_services;
    QString m_path;
    QTimer m_debounce;
    State m_state = State::Empty;
    std::optional<PackageArchive> m_archive;
    QString m_error;
    QString m_details;
    Cancellation m_cancel;
    quint64 m_generation = 0;
    bool m_readingInstalled = false;
    std::optional<QList<InstalledPackage>> m_installed;
    QString m_installedError;
};

} // namespace upgrade::wizard
