#include "OneCExecutableLocator.h"

#include "util/ProcessRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QVersionNumber>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

QString withExe(const QString &name)
{
#ifdef Q_OS_WIN
    return name + u".exe"_s;
#else
    return name;
#endif
}

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

QStringList OneCExecutableLocator::defaultInstallRoots()
{
#ifdef Q_OS_WIN
    QStringList roots;
    for (const char *var : {"ProgramFiles", "ProgramFiles(x86)", "ProgramW6432"}) {
        const QString base = qEnvironmentVariable(var);
        if (!base.isEmpty())
            roots.append(QDir(base).filePath(u"1cv8"_s));
    }
    roots.append(u"C:/Program Files/1cv8"_s);
    roots.append(u"C:/Program Files (x86)/1cv8"_s);
    roots.removeDuplicates();
    return roots;
#else
    return {u"/opt/1cv8/x86_64"_s, u"/opt/1cv8/i386"_s, u"/opt/1C/v8.3/x86_64"_s};
#endif
}

QString OneCExecutableLocator::toolName(const OneCSettings &settings)
{
    return settings.tool == OneCTool::Ibcmd ? u"ibcmd"_s : u"1cv8"_s;
}

OneCExecutable OneCExecutableLocator::locate(const OneCSettings &settings, const QString &toolName,
                                             const QStringList &roots)
{
    OneCExecutable found;
    const QString fileName = withExe(toolName);
    if (!settings.executable.isEmpty()) {
        const QFileInfo configured(settings.executable);
        // The profile names 1cv8 or ibcmd; rac (and the other) lives in the same folder.
        const QString candidate = configured.isDir()
                                          ? QDir(configured.filePath()).filePath(fileName)
                                  : toolName == OneCExecutableLocator::toolName(settings)
                                          ? configured.filePath()
                                          : configured.dir().filePath(fileName);
        if (isExecutableFile(candidate)) {
            found.path = QFileInfo(candidate).absoluteFilePath();
            found.source = OneCExecutable::Source::Profile;
            found.description = tr("%1 from the profile: %2")
                                        .arg(toolName, QDir::toNativeSeparators(found.path));
            return found;
        }
        found.description = tr("%1 was not found at %2 (onec.executable in the profile).")
                                    .arg(toolName, QDir::toNativeSeparators(candidate));
        return found;
    }

    struct Candidate
    {
        QVersionNumber version;
        QString versionText;
        QString path;
    };
    std::vector<Candidate> candidates;
    for (const QString &root : roots.isEmpty() ? defaultInstallRoots() : roots) {
        const QDir dir(root);
        for (const QString &entry : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QVersionNumber version = QVersionNumber::fromString(entry);
            if (version.isNull())
                continue;
            for (const QString &sub : {u"bin/"_s, QString()}) {
                const QString path = dir.filePath(entry + u'/' + sub + fileName);
                if (isExecutableFile(path)) {
                    candidates.push_back({version, entry, QDir::cleanPath(path)});
                    break;
                }
            }
        }
    }
    if (!candidates.empty()) {
        const auto newest = std::max_element(
                candidates.begin(), candidates.end(),
                [](const Candidate &a, const Candidate &b) { return a.version < b.version; });
        found.path = newest->path;
        found.version = newest->versionText;
        found.source = OneCExecutable::Source::InstallFolder;
        found.description =
                tr("%1 of platform %2 (the newest of %n installed version(s)): %3", nullptr,
                   int(candidates.size()))
                        .arg(toolName, found.version, QDir::toNativeSeparators(found.path));
        return found;
    }
    const QString inPath = ProcessRunner::findExecutable(toolName);
    if (!inPath.isEmpty()) {
        found.path = inPath;
        found.source = OneCExecutable::Source::Path;
        found.description = tr("%1 from PATH: %2").arg(toolName, QDir::toNativeSeparators(inPath));
        return found;
    }
    found.description =
            tr("%1 was not found: no 1C:Enterprise platform in %2 and none in PATH. Install the "
               "platform or set onec.executable in the profile.")
                    .arg(toolName,
                         QDir::toNativeSeparators(
                                 (roots.isEmpty() ? defaultInstallRoots() : roots).join(u", "_s)));
    return found;
}

} // namespace upgrade
