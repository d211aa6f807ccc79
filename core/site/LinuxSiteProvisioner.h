#pragma once

#include "profile/Profile.h"
#include "util/ProcessRunner.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace upgrade {

class Progress;

/// Makes the copied folder of a .NET 8 BPMSoft site run as the test site on Linux: the
/// Kestrel port in appsettings.json (reference databases-and-iis.md §3.3: the port is there,
/// not in BPMSoft.WebHost.dll.config), a systemd unit made from the production unit (paths
/// moved to the test folder) or from the reference's template, then `systemctl daemon-reload`
/// and `systemctl enable --now`. Without the rights for that, the unit is staged and the
/// commands to run are returned instead. Refuses the production service's name or port, a
/// port in use, and a unit file of that name this program did not write. systemctl runs
/// through an injected CommandRunner. Synchronous; not thread-safe.
class LinuxSiteProvisioner
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::LinuxSiteProvisioner)
public:
    static constexpr char16_t UnitMarker[] = u"# Written by bpmsoft-upgrade";

    struct Options
    {
        QString unitDirectory = QStringLiteral("/etc/systemd/system");
        QString systemctl = QStringLiteral("systemctl");
        QString stagingDirectory; ///< where the unit goes when /etc is not writable; empty: temp
        int timeoutMs = 120000;
    };
    struct Result
    {
        enum class Outcome { Done, ManualStepsNeeded, Failed };
        Outcome outcome = Outcome::Failed;
        QString message;            ///< translated
        QStringList manualCommands; ///< to run as root, in order (ManualStepsNeeded)
        QString unitPath;           ///< where the unit was written (or staged)
        QString unitText;
    };

    LinuxSiteProvisioner(CommandRunner &runner, Options options);

    /// appsettings.json text with the Kestrel endpoint of `scheme` on `port`; everything else
    /// unchanged. Adds a Kestrel section when there is none. nullopt and the reason when an
    /// endpoint of another scheme would keep the old port.
    static std::optional<QString> withKestrelPort(const QString &json, int port,
                                                  const QString &scheme, QString *error);
    /// The Kestrel port(s) in appsettings.json text.
    static QList<int> kestrelPorts(const QString &json);
    /// The test unit made from the production unit (empty: the template).
    static QString makeUnit(const QString &productionUnit, const QString &productionFolder,
                            const QString &testFolder, const QString &serviceName,
                            const QString &user = {});
    static QString unitFileName(const QString &serviceName); ///< "x" -> "x.service"
    static bool isPortFree(int port);

    /// Empty when the test site may be set up; else the translated refusal (production's
    /// service or port, a port in use, a unit of that name this program did not write).
    QString check(const EnvironmentSettings &production, const EnvironmentSettings &test) const;
    /// After the folder copy (and the ConnectionStrings.config rewrite): port, unit, start.
    Result provision(const EnvironmentSettings &production, const EnvironmentSettings &test,
                     Progress &progress);
    /// systemctl start|stop of the environment's service.
    bool controlService(const EnvironmentSettings &environment, bool start, Progress &progress,
                        QString *error);

private:
    ProcessResult systemctl(const QStringList &arguments, Progress &progress);

    CommandRunner &m_runner;
    Options m_options;
};

} // namespace upgrade
