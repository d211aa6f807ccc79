#include "SampleStep.h"

#include "SampleStepFactory.h"
#include "plan/Context.h"
#include "plan/IdentityProvider.h"

#include "util/FileHash.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace upgrade::sample {

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit();
}

void appendMarker(const QString &directory, const QString &line)
{
    QFile f(QDir(directory).filePath(u"markers.log"_s));
    if (f.open(QIODevice::Append))
        f.write((line + u'\n').toUtf8());
}

/// How many more times step `id` fails, from BPMSOFT_UPGRADE_SAMPLE_FAIL (counted in a file).
bool shouldFail(const QString &directory, const QString &id)
{
    const QStringList rules = qEnvironmentVariable("BPMSOFT_UPGRADE_SAMPLE_FAIL").split(u',');
    for (const QString &rule : rules) {
        const QString name = rule.section(u':', 0, 0);
        if (name != id)
            continue;
        const QString times = rule.section(u':', 1, 1);
        if (times == u"always"_s || times.isEmpty())
            return true;
        const QString counter = QDir(directory).filePath(u"failed-%1.count"_s.arg(id));
        const int failed = readFile(counter).toInt();
        if (failed >= times.toInt())
            return false;
        writeFile(counter, QByteArray::number(failed + 1));
        return true;
    }
    return false;
}

} // namespace

SampleStep::SampleStep(QString id, QString title, Action action, StepTarget target,
                       bool destructive, QString directory)
    : m_id(std::move(id))
    , m_title(std::move(title))
    , m_action(action)
    , m_target(target)
    , m_destructive(destructive)
    , m_directory(std::move(directory))
{}

QList<ArtifactSpec> SampleStep::backupsNeeded() const
{
    if (!m_destructive)
        return {};
    return {{QString::fromUtf16(ArtifactKind::DatabaseBackup), EnvironmentKind::Production}};
}

QList<ArtifactSpec> SampleStep::produces() const
{
    if (m_action != Action::Backup)
        return {};
    return {{QString::fromUtf16(ArtifactKind::DatabaseBackup), EnvironmentKind::Production}};
}

std::chrono::milliseconds SampleStep::timeout() const
{
    return std::chrono::minutes(2);
}

bool SampleStep::pause(int ms, Progress &progress) const
{
    const int slices = 10;
    for (int i = 0; i < slices; ++i) {
        if (progress.isCancelled())
            return false;
        QThread::msleep(ulong(ms / slices));
        progress.setFraction(double(i + 1) / slices);
    }
    return !progress.isCancelled();
}

StepResult SampleStep::run(Context &context, Progress &progress)
{
    appendMarker(m_directory, u"start "_s + m_id);
    progress.setStatus(m_title);
    const int slow = qEnvironmentVariableIntValue("BPMSOFT_UPGRADE_SAMPLE_SLOW_MS");
    if (!pause(slow / 2, progress))
        return StepResult::cancelled();
    SampleStepFactory::checkpoint(u"middle:"_s + m_id);
    if (shouldFail(m_directory, m_id))
        return StepResult::failed(u"The sample step %1 failed as asked."_s.arg(m_id),
                                  u"BPMSOFT_UPGRADE_SAMPLE_FAIL"_s);
    const StepResult result = act(context, progress);
    if (!result.isOk())
        return result;
    if (!pause(slow / 2, progress))
        return StepResult::cancelled();
    appendMarker(m_directory, u"done "_s + m_id);
    SampleStepFactory::checkpoint(u"done:"_s + m_id);
    return result;
}

StepResult SampleStep::act(Context &context, Progress &progress)
{
    const QDir dir(m_directory);
    const QString production = dir.filePath(u"production-db.txt"_s);
    const QString envFile = dir.filePath(u"%1-db.txt"_s.arg(toString(m_target.environment)));
    const auto backupSpec = ArtifactSpec{QString::fromUtf16(ArtifactKind::DatabaseBackup),
                                         EnvironmentKind::Production};
    switch (m_action) {
    case Action::Check:
        if (!QFile::exists(production) && !writeFile(production, "v1\n"))
            return StepResult::failed(u"Cannot write %1"_s.arg(production));
        progress.log(u"production database: %1"_s.arg(
                QString::fromUtf8(readFile(production)).trimmed()));
        return StepResult::ok();
    case Action::Backup: {
        const QString backups = QDir(context.runDirectory()).filePath(u"backups"_s);
        QDir().mkpath(backups);
        const QString path = QDir(backups).filePath(m_id + u".bak"_s);
        QString error;
        std::optional<TargetIdentity> source;
        if (auto *provider = context.service<IdentityProvider>())
            source = provider->identify(EnvironmentKind::Production, progress, &error);
        if (!source)
            return StepResult::failed(u"Cannot identify production: %1"_s.arg(error));
        if (!writeFile(path, readFile(production)))
            return StepResult::failed(u"Cannot write the backup %1"_s.arg(path));
        const std::optional<QString> sha =
                FileHash::sha256(path, progress.cancellation(), {}, &error);
        if (!sha)
            return StepResult::failed(error);
        Artifact backup;
        backup.kind = backupSpec.kind;
        backup.environment = EnvironmentKind::Production;
        backup.path = path;
        backup.size = QFileInfo(path).size();
        backup.sha256 = *sha;
        backup.verified = true;
        backup.source = *source;
        if (context.recordArtifact(backup) == 0)
            return StepResult::failed(u"Cannot record the backup in the journal"_s);
        return StepResult::ok(u"Backed up to %1"_s.arg(path));
    }
    case Action::Restore:
    case Action::Install:
    case Action::Rollback: {
        const std::optional<Artifact> backup = context.verifiedArtifact(backupSpec);
        if (!backup)
            return StepResult::failed(u"No backup"_s);
        QByteArray content = readFile(backup->path);
        if (m_action == Action::Install)
            content += "package\n";
        const QString target = m_action == Action::Restore    ? dir.filePath(u"test-db.txt"_s)
                               : m_action == Action::Rollback ? production
                                                              : envFile;
        if (!writeFile(target, content))
            return StepResult::failed(u"Cannot write %1"_s.arg(target));
        return StepResult::ok();
    }
    case Action::Verify:
        if (!readFile(envFile).endsWith("package\n"))
            return StepResult::failed(u"The package is not installed in %1"_s.arg(envFile));
        return StepResult::ok();
    }
    return StepResult::failed(u"unknown action"_s);
}

} // namespace upgrade::sample
