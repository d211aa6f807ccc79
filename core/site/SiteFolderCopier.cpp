#include "SiteFolderCopier.h"

#include "util/Progress.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

QString clean(const QString &path)
{
    QString p = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString canonical = QFileInfo(p).canonicalFilePath();
    if (!canonical.isEmpty())
        p = canonical;
#ifdef Q_OS_WIN
    p = p.toLower();
#endif
    return p;
}

bool isInside(const QString &inner, const QString &outer)
{
    return inner == outer || inner.startsWith(outer + u'/');
}

bool excluded(const QString &relative, bool isDir, const SiteCopyOptions &o)
{
    const QStringList parts = relative.split(u'/');
    if (isDir) {
        if (parts.size() > 2)
            return false;
        for (const QString &name : o.excludedFolders) {
            if (parts.last().compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    for (const QString &pattern : o.excludedFiles) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern),
                                    QRegularExpression::CaseInsensitiveOption);
        if (re.match(parts.last()).hasMatch())
            return true;
    }
    return false;
}

} // namespace

bool SiteFolderCopier::isOwnCopy(const QString &folder)
{
    return QFileInfo::exists(QDir(folder).filePath(QString::fromUtf16(MarkerFileName)));
}

QString SiteFolderCopier::checkTarget(const QString &source, const QString &target)
{
    if (source.trimmed().isEmpty() || target.trimmed().isEmpty())
        return tr("The production and the test site folders must both be set (site.folder).");
    const QString s = clean(source), t = clean(target);
    if (!QFileInfo(s).isDir())
        return tr("The production site folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(source));
    if (isInside(t, s) || isInside(s, t))
        return tr("The test site folder %1 must not be the production folder %2, inside it, or "
                  "around it.")
                .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(source));
    const QFileInfo info(t);
    if (info.exists() && !info.isDir())
        return tr("%1 exists and is not a folder.").arg(QDir::toNativeSeparators(target));
    if (info.isDir() && !QDir(t).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) &&
        !isOwnCopy(t))
        return tr("The folder %1 exists and holds files this program did not put there. Choose "
                  "an empty or new folder for the test site, or empty it yourself.")
                .arg(QDir::toNativeSeparators(target));
    return {};
}

SiteFolderCopier::Result SiteFolderCopier::copy(const QString &source, const QString &target,
                                                Progress &progress, const Options &options)
{
    Result result;
    result.message = checkTarget(source, target);
    if (!result.message.isEmpty())
        return result;
    const QDir from(source);
    const QString finalPath = QFileInfo(target).absoluteFilePath();
    const QString work = finalPath + u".incomplete"_s;
    QDir(work).removeRecursively();

    // 1. What to copy, and how much.
    struct Item
    {
        QString relative;
        QFileInfo info;
    };
    QList<Item> items;
    qint64 total = 0;
    {
        QDirIterator it(source,
                        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        QStringList skippedDirs;
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            const QString rel = from.relativeFilePath(info.filePath());
            bool under = false;
            for (const QString &d : skippedDirs)
                under = under || rel.startsWith(d + u'/');
            if (under)
                continue;
            if (excluded(rel, info.isDir() && !info.isSymLink(), options)) {
                if (info.isDir())
                    skippedDirs.append(rel);
                ++result.skipped;
                continue;
            }
            items.append({rel, info});
            if (info.isFile() && !info.isSymLink())
                total += info.size();
            if (progress.isCancelled()) {
                result.cancelled = true;
                result.message = tr("The copy of the site folder was cancelled.");
                return result;
            }
        }
    }

    // 2. Copy, in blocks, with progress and cancel.
    auto fail = [&](const QString &message) {
        QDir(work).removeRecursively();
        result.ok = false;
        result.message = message;
        return result;
    };
    if (!QDir().mkpath(work))
        return fail(tr("Cannot create %1.").arg(QDir::toNativeSeparators(work)));
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    const QLocale locale;
    for (const Item &item : std::as_const(items)) {
        const QString dest = QDir(work).filePath(item.relative);
        if (item.info.isSymLink()) {
            if (!QFile::link(item.info.symLinkTarget(), dest))
                return fail(tr("Cannot copy the link %1.")
                                    .arg(QDir::toNativeSeparators(item.info.filePath())));
            continue;
        }
        if (item.info.isDir()) {
            if (!QDir().mkpath(dest))
                return fail(tr("Cannot create %1.").arg(QDir::toNativeSeparators(dest)));
            continue;
        }
        QFile in(item.info.filePath()), out(dest);
        if (!in.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read %1: %2.")
                                .arg(QDir::toNativeSeparators(in.fileName()), in.errorString()));
        if (!out.open(QIODevice::WriteOnly))
            return fail(tr("Cannot write %1: %2.")
                                .arg(QDir::toNativeSeparators(dest), out.errorString()));
        while (true) {
            const qint64 n = in.read(block.data(), block.size());
            if (n < 0)
                return fail(
                        tr("Cannot read %1: %2.")
                                .arg(QDir::toNativeSeparators(in.fileName()), in.errorString()));
            if (n == 0)
                break;
            if (out.write(block.constData(), n) != n)
                return fail(tr("Cannot write %1: %2.")
                                    .arg(QDir::toNativeSeparators(dest), out.errorString()));
            result.bytes += n;
            progress.setFraction(total > 0 ? double(result.bytes) / double(total) : 1.0);
            if (progress.isCancelled()) {
                result.cancelled = true;
                return fail(tr("The copy of the site folder was cancelled; the partial copy was "
                               "removed."));
            }
        }
        out.close();
        out.setPermissions(in.permissions());
        out.open(QIODevice::ReadWrite);
        out.setFileTime(item.info.lastModified(), QFileDevice::FileModificationTime);
        out.close();
        ++result.files;
        if (result.files % 200 == 0)
            progress.setStatus(tr("Copying the site folder: %1 of %2")
                                       .arg(locale.formattedDataSize(result.bytes),
                                            locale.formattedDataSize(total)));
    }
    QFile marker(QDir(work).filePath(QString::fromUtf16(MarkerFileName)));
    if (!marker.open(QIODevice::WriteOnly) ||
        marker.write(u"Test copy of %1, made by bpmsoft-upgrade on %2.\n"_s
                             .arg(QDir::toNativeSeparators(source),
                                  QDateTime::currentDateTime().toString(Qt::ISODate))
                             .toUtf8()) < 0)
        return fail(tr("Cannot write %1.").arg(QDir::toNativeSeparators(marker.fileName())));
    marker.close();

    // 3. Into place: an earlier copy of ours goes, then the new one takes its name.
    if (QFileInfo::exists(finalPath) && !QDir(finalPath).removeRecursively())
        return fail(tr("Cannot remove the earlier test copy in %1 (is the test site still "
                       "running?).")
                            .arg(QDir::toNativeSeparators(finalPath)));
    if (!QDir().rename(work, finalPath))
        return fail(
                tr("Cannot rename %1 to %2.")
                        .arg(QDir::toNativeSeparators(work), QDir::toNativeSeparators(finalPath)));
    result.ok = true;
    result.message = tr("Copied the site folder to %1: %n file(s), %2; %3 left out (logs and "
                        "temporary files).",
                        nullptr, int(result.files))
                             .arg(QDir::toNativeSeparators(finalPath),
                                  locale.formattedDataSize(result.bytes))
                             .arg(result.skipped);
    progress.log(result.message);
    return result;
}

} // namespace upgrade
