#pragma once

#include "profile/Profile.h"

#include <QString>

namespace upgrade {
class Progress;
class SecretStore;
} // namespace upgrade

namespace upgrade::wizard {

/// What the Connections page's "Check" buttons call: checks that one part of one environment
/// (its BPMSoft site, its database, its 1C infobase) can be reached with the profile's settings
/// and the passwords in `secrets`. Implementations: ReachabilityChecker (TCP and files only,
/// the default until the services are wired), and the real one over BpmSoftClient, DbAdmin and
/// OneCAdmin (to be wired in app/wizard/main.cpp). Called on a worker thread, synchronously;
/// must honour progress.cancellation() and have its own timeout; never touches widgets.
class ConnectionChecker
{
public:
    enum class Part { Site, Database, OneC };

    struct Result
    {
        enum class Status { Ok, Warning, Failed };
        Status status = Status::Failed;
        QString message; ///< translated: what was found, and what to do when it failed
        QString details; ///< raw details (addresses, error texts), redacted
    };

    virtual ~ConnectionChecker() = default;
    virtual Result check(const Profile &profile, EnvironmentKind environment, Part part,
                         SecretStore &secrets, Progress &progress) = 0;
};

} // namespace upgrade::wizard
