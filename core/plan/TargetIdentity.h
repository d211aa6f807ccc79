#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace upgrade {

/// Who a target is: the database server, the database name, the site URL and a fingerprint of
/// the database. The safety gate compares the identity taken right before a destructive step
/// with the profile and with the source identity recorded with the backup it relies on.
/// `fingerprint` must stay the same while the database is the same database (e.g. PostgreSQL's
/// system identifier and the database's OID or creation date; never row counts); empty when
/// unknown or when the database does not exist yet. A plain value type.
struct TargetIdentity
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::TargetIdentity)
public:
    QString server;   ///< "host:port", or the file of an SQLite database
    QString database; ///< the database name
    QString siteUrl;  ///< the site root URL
    QString fingerprint;

    /// What the profile says the environment is (no fingerprint).
    static TargetIdentity expected(const Profile &profile, EnvironmentKind environment);

    /// Empty when `actual` is the target that `this` (what the profile says) describes;
    /// otherwise a translated reason naming what differs. Host names and URLs compare
    /// case-insensitively and without a trailing slash; fields empty in `this` are not compared.
    QString mismatch(const TargetIdentity &actual) const;
    /// Empty when both fingerprints are known and equal; otherwise a translated reason.
    QString fingerprintMismatch(const TargetIdentity &actual) const;

    QString describe() const; ///< one line for messages: "db01:5432/BPMSoft, https://crm"
    QJsonObject toJson() const;
    static TargetIdentity fromJson(const QJsonObject &object);
    bool operator==(const TargetIdentity &) const = default;
};

} // namespace upgrade
