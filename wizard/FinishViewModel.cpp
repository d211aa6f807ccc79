#include "FinishViewModel.h"

#include "BackgroundTask.h"
#include "ReportActions.h"
#include "StateTexts.h"

#include "package/PackageArchiveReader.h"
#include "plan/Stage.h"
#include "util/Progress.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

FinishViewModel::FinishViewModel(WizardServices services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{}

void FinishViewModel::load(const QString &runDirectory)
{
    m_runDirectory = runDirectory;
    m_loading = true;
    m_error.clear();
    emit changed();
    runInBackground(
            this,
            [runDirectory] {
                QString error;
                std::optional<RunSnapshot> s = RunSnapshot::read(runDirectory, {}, &error);
                return std::make_pair(s, error);
            },
            [this](std::pair<std::optional<RunSnapshot>, QString> r) {
                m_loading = false;
                m_snapshot = r.first;
                m_error = r.second;
                emit changed();
            });
}

void FinishViewModel::showSample(const RunSnapshot &snapshot)
{
    m_runDirectory = snapshot.runDirectory;
    m_loading = false;
    m_error.clear();
    m_snapshot = snapshot;
    emit changed();
}

FinishViewModel::Outcome FinishViewModel::outcome() const
{
    if (!m_snapshot)
        return Outcome::Unknown;
    const auto production = m_snapshot->stage(StageKind::Production);
    if (!production)
        return Outcome::Stopped;
    switch (production->state) {
    case StageState::Passed:
        return Outcome::Upgraded;
    case StageState::RolledBack:
        return Outcome::RolledBack;
    case StageState::RollbackFailed:
        return Outcome::RollbackFailed;
    default:
        return Outcome::Stopped;
    }
}

QString FinishViewModel::headline() const
{
    if (m_loading)
        return tr("Reading the journal of the run…");
    if (!m_error.isEmpty())
        return tr("The journal cannot be read: %1").arg(m_error);
    switch (outcome()) {
    case Outcome::Upgraded:
        return tr("Production is upgraded. The test stage and the production stage passed.");
    case Outcome::RolledBack:
        return tr("Production was rolled back: the databases were restored from this run's "
                  "backups. Production works as before the upgrade.");
    case Outcome::RollbackFailed:
        return tr("The rollback did not finish. Production may be in an intermediate state: "
                  "restore the backups listed below by hand, and contact support with the "
                  "support bundle.");
    case Outcome::Stopped:
        return tr("The upgrade stopped before production was upgraded. Start the wizard again "
                  "to continue this run.");
    case Outcome::Unknown:
        break;
    }
    return {};
}

QStringList FinishViewModel::stageLines() const
{
    QStringList out;
    if (!m_snapshot)
        return out;
    for (const StageRecord &r : m_snapshot->stages) {
        const QString state = StateTexts::stage(r.state);
        QString line = tr("%1: %2").arg(stageTitle(r.stage), state);
        if (r.startedAt.isValid() && r.finishedAt.isValid())
            line += tr(" (%1 – %2)")
                            .arg(QLocale().toString(r.startedAt.toLocalTime(),
                                                    QLocale::ShortFormat),
                                 QLocale().toString(r.finishedAt.toLocalTime().time(),
                                                    QLocale::ShortFormat));
        if (!r.message.isEmpty() && r.state != StageState::Passed)
            line += u" — "_s + r.message;
        out << line;
    }
    return out;
}

QStringList FinishViewModel::backupLines() const
{
    QStringList out;
    if (!m_snapshot)
        return out;
    for (const Artifact &a : m_snapshot->artifacts) {
        if (!a.kind.startsWith(u"backup."_s))
            continue;
        const QString what = a.kind == QStringView(ArtifactKind::InfobaseBackup)
                                     ? tr("1C infobase backup")
                                     : tr("Database backup");
        const QString env =
                a.environment == EnvironmentKind::Production ? tr("production") : tr("test");
        out << tr("%1 of %2: %3 (%4, %5)")
                        .arg(what, env, QDir::toNativeSeparators(a.path),
                             PackageArchiveReader::formatSize(std::max<qint64>(a.size, 0)),
                             a.verified ? tr("verified") : tr("not verified"));
    }
    return out;
}

void FinishViewModel::openReport()
{
    if (m_busy || !m_services.reports)
        return;
    m_busy = true;
    emit changed();
    auto reports = m_services.reports;
    const QString dir = m_runDirectory;
    runInBackground(
            this,
            [reports, dir] {
                QString error;
                std::optional<QString> path = reports->reportFile(dir, &error);
                return std::make_pair(path, error);
            },
            [this](std::pair<std::optional<QString>, QString> r) {
                m_busy = false;
                emit changed();
                if (r.first)
                    emit reportReady(*r.first);
                else
                    emit actionFinished(false, r.second);
            });
}

void FinishViewModel::saveSupportBundle(const QString &targetFile)
{
    if (m_busy || !m_services.reports)
        return;
    m_busy = true;
    emit changed();
    auto reports = m_services.reports;
    const QString dir = m_runDirectory;
    runInBackground(
            this,
            [reports, dir, targetFile] {
                QString error;
                LogProgress progress;
                const bool ok = reports->saveSupportBundle(dir, targetFile, progress, &error);
                return std::make_pair(ok, error);
            },
            [this, targetFile](std::pair<bool, QString> r) {
                m_busy = false;
                emit changed();
                emit actionFinished(r.first,
                                    r.first ? tr("The support bundle is saved: %1")
                                                      .arg(QDir::toNativeSeparators(targetFile))
                                            : r.second);
            });
}

} // namespace upgrade::wizard
