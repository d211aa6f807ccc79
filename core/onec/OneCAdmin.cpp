#include "OneCAdmin.h"

#include "DesignerOutLog.h"
#include "OneCSessionLock.h"
#include "RacClient.h"
#include "profile/SecretKeys.h"
#include "profile/SecretStore.h"
#include "util/AppPaths.h"
#include "util/FileHash.h"
#include "util/Log.h"
#include "util/Progress.h"
#include "util/Redactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

constexpr int PollMs = 200;
/// Designer keys whose value follows without a space (`/N"user"`); the others take the value
/// as the next argument (`/Out "log"`).
const QStringList JoinedKeys = {u"/UC"_s, u"/F"_s, u"/S"_s, u"/N"_s, u"/P"_s};

QString quoteWindows(const QString &value, bool always)
{
    if (!always && !value.isEmpty() && !value.contains(u' ') && !value.contains(u'"') &&
        !value.contains(u'\t'))
        return value;
    QString out = u"\""_s;
    qsizetype backslashes = 0;
    for (const QChar c : value) {
        if (c == u'\\') {
            ++backslashes;
            continue;
        }
        if (c == u'"')
            out += QString(backslashes * 2 + 1, u'\\');
        else
            out += QString(backslashes, u'\\');
        backslashes = 0;
        out += c;
    }
    out += QString(backslashes * 2, u'\\');
    out += u'"';
    return out;
}

QString infobaseText(const OneCSettings &s)
{
    return s.isServer() ? u"%1\\%2"_s.arg(s.server, s.infobaseName)
                        : QDir::toNativeSeparators(s.filePath);
}

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QStringList errorLines(const QString &log)
{
    QStringList found;
    for (const QString &line : log.split(u'\n')) {
        if (DesignerOutLog::reportsError(line) && found.size() < 3)
            found.append(line.trimmed());
    }
    return found;
}

} // namespace

OneCCredentials OneCCredentials::fromSecrets(SecretStore &secrets, EnvironmentKind environment)
{
    OneCCredentials c;
    c.infobasePassword =
            secrets.get(SecretKeys::key(environment, SecretKeys::OneC)).value_or(QString());
    c.clusterPassword =
            secrets.get(SecretKeys::key(environment, SecretKeys::Cluster)).value_or(QString());
    return c;
}

OneCAdmin::OneCAdmin(OneCSettings settings, OneCCredentials credentials, CommandRunner &runner)
    : OneCAdmin(std::move(settings), std::move(credentials), runner, Options())
{}

OneCAdmin::OneCAdmin(OneCSettings settings, OneCCredentials credentials, CommandRunner &runner,
                     Options options)
    : m_settings(std::move(settings))
    , m_credentials(std::move(credentials))
    , m_runner(runner)
    , m_options(std::move(options))
{
    Redactor::addSecret(m_credentials.infobasePassword);
    Redactor::addSecret(m_credentials.clusterPassword);
}

OneCExecutable OneCAdmin::executable() const
{
    return OneCExecutableLocator::locate(m_settings, OneCExecutableLocator::toolName(m_settings),
                                         m_options.installRoots);
}

QString OneCAdmin::joinWindowsCommandLine(const QStringList &arguments)
{
    QStringList parts;
    for (const QString &arg : arguments) {
        QString key;
        for (const QString &k : JoinedKeys) {
            if (arg.startsWith(k) && arg.size() > k.size()) {
                key = k;
                break;
            }
        }
        parts.append(key.isEmpty() ? quoteWindows(arg, false)
                                   : key + quoteWindows(arg.mid(key.size()), true));
    }
    return parts.join(u' ');
}

ProcessSpec OneCAdmin::buildSpec(Operation operation, const QString &dtPath, const QString &logPath,
                                 const QString &unlockCode) const
{
    ProcessSpec spec;
    spec.program = executable().path;
    spec.timeoutMs = m_options.timeoutMs;
    const QString nativeDt = QDir::toNativeSeparators(dtPath);
    if (m_settings.tool == OneCTool::Ibcmd) {
        spec.arguments = {u"infobase"_s, operation == Operation::Dump ? u"dump"_s : u"restore"_s};
        if (m_settings.isServer())
            spec.arguments += m_options.ibcmdDatabaseArguments;
        else
            spec.arguments << u"--db-path=%1"_s.arg(QDir::toNativeSeparators(m_settings.filePath));
        if (!m_settings.user.isEmpty())
            spec.arguments << u"--user=%1"_s.arg(m_settings.user);
        if (!m_credentials.infobasePassword.isEmpty())
            spec.arguments << u"--password=%1"_s.arg(m_credentials.infobasePassword);
        spec.arguments << nativeDt;
        return spec;
    }
    spec.arguments = {u"DESIGNER"_s};
    if (m_settings.isServer())
        spec.arguments << u"/S%1\\%2"_s.arg(m_settings.server, m_settings.infobaseName);
    else
        spec.arguments << u"/F%1"_s.arg(QDir::toNativeSeparators(m_settings.filePath));
    if (!m_settings.user.isEmpty())
        spec.arguments << u"/N%1"_s.arg(m_settings.user);
    if (!m_credentials.infobasePassword.isEmpty())
        spec.arguments << u"/P%1"_s.arg(m_credentials.infobasePassword);
    if (!unlockCode.isEmpty())
        spec.arguments << u"/UC%1"_s.arg(unlockCode);
    spec.arguments << u"/DisableStartupMessages"_s << u"/DisableStartupDialogs"_s << u"/Out"_s
                   << QDir::toNativeSeparators(logPath)
                   << (operation == Operation::Dump ? u"/DumpIB"_s : u"/RestoreIB"_s) << nativeDt;
    return spec;
}

OneCResult OneCAdmin::dump(const QString &dtPath, Progress &progress)
{
    OneCResult result;
    result.file = QFileInfo(dtPath).absoluteFilePath();
    const QFileInfo target(result.file);
    if (target.exists()) {
        result.message = tr("The 1C backup file %1 already exists; a backup is never overwritten. "
                            "Choose another name.")
                                 .arg(QDir::toNativeSeparators(result.file));
        return result;
    }
    QString error;
    if (!AppPaths::ensureDir(target.absolutePath(), &error)) {
        result.message = error;
        return result;
    }
    const QString partial = target.dir().filePath(target.completeBaseName() + u".incomplete.dt"_s);
    QFile::remove(partial);
    result = execute(Operation::Dump, result.file, partial, progress);
    if (!result.succeeded()) {
        QFile::remove(partial);
        return result;
    }
    if (!QFile::rename(partial, result.file)) {
        QFile::remove(partial);
        result.outcome = OneCResult::Outcome::Failed;
        result.message = tr("The 1C backup was made but could not be renamed to %1.")
                                 .arg(QDir::toNativeSeparators(result.file));
        return result;
    }
    result.size = QFileInfo(result.file).size();
    progress.setStatus(
            tr("Computing the checksum of the 1C backup (%1)...").arg(formatBytes(result.size)));
    const auto digest = FileHash::sha256(
            result.file, Cancellation(),
            [&](qint64 done, qint64 total) {
                progress.setFraction(total ? double(done) / double(total) : 1);
            },
            &error);
    if (!digest) {
        result.outcome = OneCResult::Outcome::Failed;
        result.message = error;
        return result;
    }
    result.sha256 = *digest;
    result.message = tr("The 1C infobase %1 is backed up to %2 (%3, SHA-256 %4).")
                             .arg(infobaseText(m_settings), QDir::toNativeSeparators(result.file),
                                  formatBytes(result.size), result.sha256);
    progress.log(result.message);
    return result;
}

OneCResult OneCAdmin::restore(const QString &dtPath, Progress &progress,
                              const QString &expectedSha256)
{
    OneCResult result;
    result.file = QFileInfo(dtPath).absoluteFilePath();
    if (!QFileInfo(result.file).isFile()) {
        result.message = tr("The 1C backup file %1 does not exist.")
                                 .arg(QDir::toNativeSeparators(result.file));
        return result;
    }
    result.size = QFileInfo(result.file).size();
    if (!expectedSha256.isEmpty()) {
        progress.setStatus(
                tr("Checking the 1C backup %1...").arg(QDir::toNativeSeparators(result.file)));
        QString error;
        const auto digest = FileHash::sha256(result.file, progress.cancellation(), {}, &error);
        if (!digest) {
            result.outcome = progress.isCancelled() ? OneCResult::Outcome::Cancelled
                                                    : OneCResult::Outcome::Failed;
            result.message = error;
            return result;
        }
        if (digest->compare(expectedSha256, Qt::CaseInsensitive) != 0) {
            result.message = tr("The 1C backup %1 has changed since it was made (its SHA-256 "
                                "differs); the infobase was not touched.")
                                     .arg(QDir::toNativeSeparators(result.file));
            result.details = tr("expected %1, found %2").arg(expectedSha256, *digest);
            return result;
        }
        result.sha256 = *digest;
    }
    OneCResult run = execute(Operation::Restore, result.file, result.file, progress);
    run.size = result.size;
    run.sha256 = result.sha256;
    if (run.succeeded()) {
        run.message = tr("The 1C infobase %1 is restored from %2.")
                              .arg(infobaseText(m_settings), QDir::toNativeSeparators(result.file));
        progress.log(run.message);
    }
    return run;
}

OneCResult OneCAdmin::execute(Operation operation, const QString &dtPath, const QString &runFile,
                              Progress &progress)
{
    OneCResult result;
    result.file = dtPath;
    const bool dumping = operation == Operation::Dump;
    if (!m_settings.isConfigured()) {
        result.message = tr("No 1C infobase is configured (onec.filePath or onec.server).");
        return result;
    }
    result.executable = executable();
    if (!result.executable.isFound()) {
        result.message = result.executable.description;
        return result;
    }
    if (m_settings.tool == OneCTool::Ibcmd && m_settings.isServer() &&
        m_options.ibcmdDatabaseArguments.isEmpty()) {
        result.message = tr("ibcmd reaches a server infobase through its DBMS, whose connection "
                            "the profile does not hold. Use the Designer (onec.tool \"designer\") "
                            "for %1.")
                                 .arg(infobaseText(m_settings));
        return result;
    }
    progress.log(tr("1C tool: %1").arg(result.executable.description));

    // 1. Lock the server infobase (always undone: the lock's destructor, or release() below).
    std::optional<RacClient> rac;
    std::optional<OneCSessionLock> lock;
    if (m_settings.isServer() && !m_settings.rasAddress.isEmpty()) {
        QString racPath = m_options.racExecutable;
        if (racPath.isEmpty()) {
            const OneCExecutable found =
                    OneCExecutableLocator::locate(m_settings, u"rac"_s, m_options.installRoots);
            if (!found.isFound()) {
                result.message = found.description;
                return result;
            }
            racPath = found.path;
        }
        rac.emplace(m_runner,
                    RacClient::Settings{racPath, m_settings.rasAddress, m_settings.clusterUser,
                                        m_credentials.clusterPassword, m_options.racTimeoutMs});
        lock.emplace(*rac, OneCSessionLock::Target{m_settings.server, m_settings.infobaseName,
                                                   m_settings.user, m_credentials.infobasePassword,
                                                   m_options.terminateSessions});
        QString error;
        if (!lock->acquire(progress, &error)) {
            QString releaseError;
            if (!lock->release(&releaseError))
                result.warning = releaseError;
            result.outcome = progress.isCancelled() ? OneCResult::Outcome::Cancelled
                                                    : OneCResult::Outcome::Failed;
            result.message = dumping ? tr("Could not lock the 1C infobase %1 for the backup: %2")
                                               .arg(infobaseText(m_settings), error)
                                     : tr("Could not lock the 1C infobase %1 for the restore: %2")
                                               .arg(infobaseText(m_settings), error);
            return result;
        }
    }

    // 2. The process, with its /Out log streamed while it runs.
    const QFileInfo dt(dtPath);
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    result.logPath =
            dt.dir().filePath(dt.completeBaseName() +
                              (dumping ? u".dump-%1.log"_s : u".restore-%1.log"_s).arg(stamp));
    QFile::remove(result.logPath);
    ProcessSpec spec = buildSpec(operation, runFile, result.logPath,
                                 lock ? lock->permissionCode() : QString());
    const bool designer = m_settings.tool == OneCTool::Designer;
    std::optional<QTemporaryDir> parametersDir; // owner-only; removed when this returns
    if (designer && m_options.parametersFile) {
        parametersDir.emplace();
        const QString file = parametersDir->filePath(u"parameters.txt"_s);
        QFile out(file);
        if (!parametersDir->isValid() || !out.open(QIODevice::WriteOnly) ||
            out.write("\xEF\xBB\xBF" + joinWindowsCommandLine(spec.arguments).toUtf8()) < 0 ||
            !out.flush()) {
            result.message = tr("Could not write the 1C parameters file in %1.")
                                     .arg(QDir::toNativeSeparators(parametersDir->path()));
            return result;
        }
        out.close();
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        spec.arguments = {u"/@"_s, QDir::toNativeSeparators(file)};
    }
    QStringList outputLines;
    std::mutex outputMutex;
    if (!designer) {
        spec.onLine = [&](const QString &line, bool) {
            progress.log(Redactor::redact(line));
            std::lock_guard guard(outputMutex);
            outputLines.append(line);
        };
    }
    result.commandLine = ProcessRunner::commandLine(spec);
    logInfo(result.commandLine);
    progress.setFraction(-1);
    progress.setStatus(
            dumping ? tr("Backing up the 1C infobase %1...").arg(infobaseText(m_settings))
                    : tr("Restoring the 1C infobase %1...").arg(infobaseText(m_settings)));

    ProcessResult processResult;
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    const Cancellation cancel = progress.cancellation();
    std::thread worker([&] {
        ProcessResult r = m_runner.run(spec, cancel);
        std::lock_guard guard(mutex);
        processResult = std::move(r);
        done = true;
        finished.notify_all();
    });
    DesignerOutLog outLog(result.logPath);
    {
        std::unique_lock guard(mutex);
        while (!done) {
            finished.wait_for(guard, std::chrono::milliseconds(PollMs));
            guard.unlock();
            for (const QString &line : outLog.poll())
                progress.log(line);
            if (dumping) {
                const qint64 written = QFileInfo(runFile).size();
                if (written > 0)
                    progress.setStatus(
                            tr("Backing up the 1C infobase %1: %2 written")
                                    .arg(infobaseText(m_settings), formatBytes(written)));
            }
            guard.lock();
        }
    }
    worker.join();
    for (const QString &line : outLog.finish())
        progress.log(line);
    // Do not wait for the process to be judged before unlocking: nothing runs any more.
    if (lock) {
        QString releaseError;
        if (!lock->release(&releaseError)) {
            result.warning = releaseError;
            progress.log(releaseError);
        }
    }

    // 3. The verdict: exit code and log.
    result.elapsedMs = processResult.elapsedMs;
    result.logText = designer ? outLog.text() : outputLines.join(u'\n');
    result.details = tr("Command: %1\nResult: %2\nLog (%3):\n%4")
                             .arg(result.commandLine, processResult.describe(),
                                  QDir::toNativeSeparators(result.logPath), result.logText);
    const QString what =
            dumping ? tr("The backup of the 1C infobase %1").arg(infobaseText(m_settings))
                    : tr("The restore of the 1C infobase %1").arg(infobaseText(m_settings));
    const QStringList errors = errorLines(result.logText);
    const QString reason = errors.isEmpty() ? QString() : errors.join(u' ');
    if (processResult.cancelled) {
        result.outcome = OneCResult::Outcome::Cancelled;
        result.message = tr("%1 was cancelled.").arg(what);
    } else if (processResult.timedOut) {
        result.outcome = OneCResult::Outcome::TimedOut;
        result.message = tr("%1 did not finish within %2 minutes and was stopped.")
                                 .arg(what)
                                 .arg(m_options.timeoutMs / 60000);
    } else if (!processResult.started) {
        result.message = tr("%1 could not start %2: %3")
                                 .arg(what, QDir::toNativeSeparators(spec.program),
                                      processResult.errorString);
    } else if (!processResult.succeeded()) {
        result.message = reason.isEmpty() ? tr("%1 failed: 1C %2 and wrote no reason. Its log: %3")
                                                    .arg(what, processResult.describe(),
                                                         QDir::toNativeSeparators(result.logPath))
                                          : tr("%1 failed: %2").arg(what, reason);
    } else if (designer && !reason.isEmpty()) {
        result.message = tr("%1 failed: 1C reported an error although it exited with code 0: %2")
                                 .arg(what, reason);
    } else if (dumping && QFileInfo(runFile).size() <= 0) {
        result.message = tr("%1 failed: 1C reported success but wrote no backup file.").arg(what);
    } else {
        result.outcome = OneCResult::Outcome::Succeeded;
        if (designer && !DesignerOutLog::reportsSuccess(result.logText)) {
            const QString note = tr("1C exited with code 0 and reported no error, but its log "
                                    "lacks the usual \"successfully completed\" line.");
            result.warning = result.warning.isEmpty() ? note : result.warning + u' ' + note;
        }
    }
    if (!result.succeeded()) {
        if (outputLines.isEmpty() && errors.isEmpty() && !result.logText.isEmpty())
            result.message += u' ' + tr("Log: %1").arg(QDir::toNativeSeparators(result.logPath));
        logError(result.message);
    }
    return result;
}

} // namespace upgrade
