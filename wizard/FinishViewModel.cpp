#include "FinishViewModel.h"

#include "BackgroundTask.h"
#include "RunReports.h"
#include "RunViewModel.h"
#include "StateTexts.h"

#include "package/PackageArchiveReader.h"
#include "plan/Stage.h"
#include "profile/ChainedSecretStore.h"
#include "profile/MemorySecretStore.h"
#include "profile/SecretKeys.h"
#include "report/SupportBundle.h"
#include "util/Log.h"
#include "util/Progress.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

namespace {

/// The bundle's progress, from the worker to the view-model on the main thread (at most every
/// 50 ms or 2 %), while the view-model exists. Used on one worker thread.
class BundleProgress : public Progress
{
public:
    BundleProgress(FinishViewModel *receiver, Cancellation cancel,
                   std::function<void(FinishViewModel *, double)> apply)
        : m_receiver(receiver)
        , m_cancel(std::move(cancel))
        , m_apply(std::move(apply))
    {
        m_clock.start();
    }
    void setFraction(double fraction) override
    {
        if (std::abs(fraction - m_sent) < 0.02 && m_clock.elapsed() < 50 && fraction < 1)
            return;
        m_sent = fraction;
        m_clock.restart();
        QPointer<FinishViewModel> receiver = m_receiver;
        auto apply = m_apply;
        QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [receiver, apply, fraction] {
                    if (receiver)
                        apply(receiver, fraction);
                },
                Qt::QueuedConnection);
    }
    void setStatus(const QString &text) override { logInfo(text); }
    void log(const QString &line) override { logInfo(line); }
    Cancellation cancellation() const override { return m_cancel; }

private:
    QPointer<FinishViewModel> m_receiver;
    Cancellation m_cancel;
    std::function<void(FinishViewModel *, double)> m_apply;
    QElapsedTimer m_clock;
    double m_sent = -1;
};

} // namespace

FinishViewModel::FinishViewModel(WizardServices services, RunViewModel *run, RunReports *reports,
                                 QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_run(run)
    , m_reports(reports)
{
    connect(m_reports, &RunReports::written, this, &FinishViewModel::reportsWritten);
}

FinishViewModel::~FinishViewModel()
{
    m_cancel.cancel();
}

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

bool FinishViewModel::isWritingReports() const
{
    return m_reports->isWriting() && !m_runDirectory.isEmpty();
}

QString FinishViewModel::pdfFile() const
{
    if (m_reports->isWriting() || m_reports->runDirectory() != m_runDirectory)
        return {};
    return m_reports->pdfFile();
}

void FinishViewModel::openReport()
{
    if (m_runDirectory.isEmpty())
        return;
    const QString html = m_reports->htmlFile();
    if (!m_reports->isWriting() && m_reports->runDirectory() == m_runDirectory && !html.isEmpty()) {
        emit reportReady(html);
        return;
    }
    // Not written for this run yet (a run opened from its journal), or being written now.
    m_openWhenWritten = true;
    if (!m_reports->isWriting() || m_reports->runDirectory() != m_runDirectory)
        m_reports->write(m_runDirectory);
    emit changed();
}

void FinishViewModel::reportsWritten(const QString &runDirectory)
{
    if (runDirectory != m_runDirectory)
        return;
    emit changed();
    if (!m_openWhenWritten || m_reports->isWriting())
        return;
    m_openWhenWritten = false;
    const QString html = m_reports->htmlFile();
    if (!html.isEmpty())
        emit reportReady(html);
    else
        emit actionFinished(false,
                            tr("The report could not be written: %1").arg(m_reports->error()));
}

QString FinishViewModel::suggestedBundleName() const
{
    const QString runId = m_snapshot && !m_snapshot->run.runId.isEmpty()
                                  ? m_snapshot->run.runId
                                  : QDir(m_runDirectory).dirName();
    return SupportBundle::defaultFileName(runId);
}

void FinishViewModel::saveSupportBundle(const QString &targetFile)
{
    if (m_busy || m_runDirectory.isEmpty())
        return;
    m_busy = true;
    m_bundleFraction = 0;
    emit changed();
    const QString dir = m_runDirectory;
    // Every secret the run could read is registered with the Redactor before the bundle is
    // written, so a password that reached a log is masked even if this session never read it.
    const RunConfig config = m_run->config();
    const bool sameRun = m_run->runDirectory() == dir;
    auto reader = m_services.secretReader;
    SupportBundle::Options options;
    if (const QString log = Log::filePath(); !log.isEmpty())
        options.extraLogFiles << log; // this session's log, wherever it is
    const Cancellation cancel = m_cancel;
    auto progress = std::make_shared<BundleProgress>(
            this, cancel, [](FinishViewModel *vm, double fraction) {
                if (!vm->m_busy)
                    return;
                vm->m_bundleFraction = std::clamp(fraction, 0.0, 1.0);
                emit vm->changed();
            });
    runInBackground(
            this,
            [dir, targetFile, config, sameRun, reader, options, progress] {
                if (sameRun) {
                    ChainedSecretStore secrets;
                    secrets.append(std::make_unique<MemorySecretStore>(config.typedSecrets));
                    QString ignored;
                    if (reader)
                        if (auto store = reader(config.profile, config.secretsFile, &ignored))
                            secrets.append(std::move(store));
                    for (const QString &key : SecretKeys::allKeys())
                        secrets.get(key);
                }
                QString error;
                const bool ok = SupportBundle::create(dir, targetFile, options, *progress, &error);
                return std::make_pair(ok, error);
            },
            [this, targetFile](std::pair<bool, QString> r) {
                m_busy = false;
                m_bundleFraction = -1;
                emit changed();
                emit actionFinished(r.first,
                                    r.first ? tr("The support bundle is saved: %1")
                                                      .arg(QDir::toNativeSeparators(targetFile))
                                            : r.second);
            });
}

} // namespace upgrade::wizard
