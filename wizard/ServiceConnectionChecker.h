#pragma once

#include "ConnectionChecker.h"
#include "ReachabilityChecker.h"

#include <QCoreApplication>

namespace upgrade::wizard {

/// The Connections page's real checks, over the same core/plan RunServices a run uses: the site
/// — BPMSoft's anonymous ping, then a sign-in with the profile's user (BpmSoftClient); the
/// database — connect and read its identity (DbAdmin::fingerprint); 1C — the OData
/// publication's $metadata with its user (OneCODataCheck), or, without a publication, whether
/// the infobase folder / cluster can be reached (ReachabilityChecker). Worker thread,
/// synchronous; every call makes its own clients. Stateless.
class ServiceConnectionChecker : public ConnectionChecker
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::wizard::ServiceConnectionChecker)
public:
    Result check(const Profile &profile, EnvironmentKind environment, Part part,
                 SecretStore &secrets, Progress &progress) override;

private:
    ReachabilityChecker m_reachability;
};

} // namespace upgrade::wizard
