#pragma once

#include "ConnectionChecker.h"

#include <QCoreApplication>

namespace upgrade::wizard {

/// The check this version can do without the BPMSoft, database and 1C services: the servers
/// in the profile accept TCP connections (site, PostgreSQL / MS SQL, 1C cluster and OData),
/// and the files and folders exist (SQLite database, file infobase). It signs in nowhere, so
/// passwords are not checked; the message says so. A test site, database or infobase that does
/// not exist yet is a warning: the test stage makes them. Stateless; worker thread; 5 s
/// timeout per connection.
class ReachabilityChecker : public ConnectionChecker
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::wizard::ReachabilityChecker)
public:
    explicit ReachabilityChecker(int timeoutMs = 5000)
        : m_timeoutMs(timeoutMs)
    {}
    Result check(const Profile &profile, EnvironmentKind environment, Part part,
                 SecretStore &secrets, Progress &progress) override;

private:
    /// Empty when host:port accepts a connection; otherwise the socket's error.
    QString connect(const QString &host, int port, Progress &progress) const;
    Result checkSite(const EnvironmentSettings &env, bool test, Progress &progress) const;
    Result checkDatabase(const EnvironmentSettings &env, bool test, Progress &progress) const;
    Result checkOneC(const EnvironmentSettings &env, bool test, Progress &progress) const;

    int m_timeoutMs;
};

} // namespace upgrade::wizard
