#pragma once

#include "package/PackageArchive.h"
#include "package/PackageComparison.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace upgrade {

/// One ready request to the hosting provider's support desk.
struct SupportRequest
{
    QString id;       ///< "test-environment" | "production-plan"
    QString fileName; ///< "request-1-test-environment.txt", ...
    QString subject;  ///< translated
    QString body;     ///< translated, plain text, lines end with \n
};

/// Cloud mode (hosting `cloud`: no access to the database or the host): the two requests the
/// vendor's procedure tells the customer to write to the provider's support desk (ТП ЛАНИТ) —
/// (a) a test environment with a current copy of the production system, (b) agreement of the
/// production upgrade plan — as ready text in the installed language (Russian: the vendor's
/// steps are quoted word for word), filled from the profile (site, environments), the package
/// archive (packages, versions, SHA-256), the installed versions when known, and the planned
/// window (maintenanceWindow; the next occurrence after `now`). Never reads a secret.
/// Stateless; thread-safe.
class CloudSupportRequests
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::CloudSupportRequests)
public:
    struct Input
    {
        Profile profile;
        PackageArchive archive;            ///< read with PackageArchiveReader
        QList<InstalledPackage> installed; ///< the site's versions, when known
        QDateTime now = QDateTime::currentDateTime();
        QString contact; ///< who answers the provider; empty: a blank line
    };

    static QList<SupportRequest> generate(const Input &input);
    static SupportRequest testEnvironment(const Input &input);
    static SupportRequest productionPlan(const Input &input);

    /// The planned window in words: the recurring window and its next occurrence.
    static QString windowText(const MaintenanceWindow &window, const QDateTime &now);
    /// The next window that starts at or after `now` (within eight days), in the window's zone.
    static std::optional<std::pair<QDateTime, QDateTime>>
    nextWindow(const MaintenanceWindow &window, const QDateTime &now);
    /// The vendor's procedure, numbered as in its instruction ("1. …", "3.1. …"), one item a
    /// line; in Russian the vendor's own words.
    static QStringList vendorSteps();
    /// The vendor's words before the steps: generate and compile first; the deduplication flag;
    /// not in business hours; the cloud note.
    static QString vendorCompileFirst();
    static QString vendorDeduplication();
    static QString vendorBusinessHours();
    static QString vendorCloudNote();
};

} // namespace upgrade
