#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace upgrade {

class Progress;

/// What SiteFolderCopier leaves out.
struct SiteCopyOptions
{
    /// Folder names left out (case-insensitive) at the top and one level below
    /// (`Logs`, `BPMSoft.WebApp/Logs`).
    QStringList excludedFolders = {QStringLiteral("Logs"), QStringLiteral("Temp"),
                                   QStringLiteral("tmp")};
    QStringList excludedFiles = {QStringLiteral("*.log"), QStringLiteral("*.tmp"),
                                 QStringLiteral("app_offline.htm")};
};

/// Copies a site's folder to the test site's folder, with progress by bytes and cancel,
/// leaving out logs and temporary files. The copy is made under `<target>.incomplete` and
/// renamed when complete, so the target is either absent or whole; a marker file inside says
/// that this program made it. The target must not exist, be empty, or be such a marked copy
/// of an earlier run (which is then replaced); anything else is refused. Synchronous, for the
/// worker thread; stateless.
class SiteFolderCopier
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::SiteFolderCopier)
public:
    static constexpr char16_t MarkerFileName[] = u".bpmsoft-upgrade-test-site";

    using Options = SiteCopyOptions;
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString message; ///< translated
        qint64 files = 0;
        qint64 bytes = 0;
        qint64 skipped = 0; ///< files left out
    };

    /// Empty when `target` may receive a copy of `source`; else the translated reason.
    static QString checkTarget(const QString &source, const QString &target);
    static bool isOwnCopy(const QString &folder);
    static Result copy(const QString &source, const QString &target, Progress &progress,
                       const Options &options = Options());
};

} // namespace upgrade
