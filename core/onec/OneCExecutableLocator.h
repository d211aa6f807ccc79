#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace upgrade {

/// Where a 1C tool (1cv8, ibcmd, rac) was found, and how.
struct OneCExecutable
{
    enum class Source { NotFound, Profile, InstallFolder, Path };
    QString path;
    QString version; ///< the platform version folder ("8.3.24.1761"), when known
    Source source = Source::NotFound;
    QString description; ///< translated: "1cv8 8.3.24.1761 from C:\Program Files\1cv8\..."

    bool isFound() const { return source != Source::NotFound; }
};

/// Finds the 1C platform's executables: the profile's `onec.executable` first (for rac: the
/// folder it is in), else the newest version in the usual install folders
/// (`C:\Program Files\1cv8\<version>\bin\1cv8.exe`, `/opt/1cv8/x86_64/<version>/1cv8`), else
/// PATH. Stateless; thread-safe.
class OneCExecutableLocator
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::OneCExecutableLocator)
public:
    /// The folders that hold one sub-folder per platform version, on this OS.
    static QStringList defaultInstallRoots();

    /// `toolName`: "1cv8", "ibcmd" or "rac" (".exe" is added on Windows). `roots`: the
    /// install roots to search (tests); empty: defaultInstallRoots().
    static OneCExecutable locate(const OneCSettings &settings, const QString &toolName,
                                 const QStringList &roots = {});
    /// The tool the profile's `onec.tool` names: "1cv8" or "ibcmd".
    static QString toolName(const OneCSettings &settings);
};

} // namespace upgrade
