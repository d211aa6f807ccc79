#include "SandboxEnvironmentLauncher.h"

#include "SandboxEnvironment.h"
#include "SandboxScenario.h"
#include "plan/Journal.h"
#include "plan/ProcedureStepFactory.h"
#include "util/AppPaths.h"
#include "util/Log.h"
#include "util/Progress.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>

#ifndef Q_OS_WIN
#include <csignal>
#include <sys/types.h>
#endif

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

SandboxEnvironmentLauncher::SandboxEnvironmentLauncher(double speed, bool smallSeed)
    : m_speed(speed > 0 ? speed : 1.0)
    , m_smallSeed(smallSeed)
{}

SandboxEnvironmentLauncher::~SandboxEnvironmentLauncher()
{
    std::lock_guard lock(m_mutex);
    if (m_environment)
        m_environment->stop();
    if (!m_directory.isEmpty())
        stopTestSites(m_directory);
}

void SandboxEnvironmentLauncher::stopTestSites(const QString &directory)
{
    QDirIterator it(directory, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString runDirectory = it.next();
        if (!Journal::exists(runDirectory))
            continue;
        std::unique_ptr<Journal> journal =
                Journal::open(runDirectory, Journal::Mode::ReadOnly, nullptr);
        if (!journal)
            continue;
        const qint64 pid = journal->value(u"test.site"_s).toObject().value(u"pid"_s).toInteger();
        if (pid <= 0)
            continue;
#ifdef Q_OS_WIN
        QProcess::execute(u"taskkill"_s, {u"/PID"_s, QString::number(pid), u"/T"_s, u"/F"_s});
#else
        // Only our test site: the pid may have been reused since.
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) &&
            !cmdline.readAll().contains(QFile::encodeName(runDirectory)))
            continue;
        ::kill(pid_t(pid), SIGTERM);
#endif
        logInfo(u"Sandbox: test site process %1 of %2 stopped"_s.arg(pid).arg(runDirectory));
    }
}

QStringList SandboxEnvironmentLauncher::scenarios() const
{
    QStringList names = sandbox::SandboxScenario::names();
    // The default first.
    if (names.removeAll(u"happy"_s) > 0)
        names.prepend(u"happy"_s);
    return names;
}

std::optional<SandboxLauncher::Rehearsal>
SandboxEnvironmentLauncher::start(const QString &scenario, Progress &progress, QString *error)
{
    std::lock_guard lock(m_mutex);
    const QString name = scenario.isEmpty() ? scenarios().value(0) : scenario;
    if (!scenarios().contains(name)) {
        *error = tr("Unknown sandbox scenario \"%1\". Known: %2.")
                         .arg(name, scenarios().join(u", "_s));
        return std::nullopt;
    }
    if (m_environment) {
        m_environment->stop();
        m_environment.reset();
        stopTestSites(m_directory);
    }
    progress.setStatus(tr("Starting the sandbox BPMSoft site and 1C…"));
    const QString base = QDir(AppPaths::dataDir()).filePath(u"sandbox"_s);
    QString dir;
    for (int i = 0; dir.isEmpty() || QFileInfo::exists(dir); ++i)
        dir = QDir(base).filePath(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) +
                                  (i ? u"-%1"_s.arg(i) : QString()));
    if (!AppPaths::ensureDir(dir, error))
        return std::nullopt;

    sandbox::SandboxOptions options;
    options.directory = dir;
    options.scenario = name;
    options.speed = m_speed;
    options.smallSeed = m_smallSeed;
    // The test site the run starts (CreateTestSiteStep, a bpmsoft-sandbox process) at the
    // same speed.
    qputenv("BPMSOFT_UPGRADE_SANDBOX_SPEED", QByteArray::number(m_speed));
    auto environment = std::make_unique<sandbox::SandboxEnvironment>(options);
    QString reason;
    if (!environment->start(&reason)) {
        *error = tr("The sandbox could not be started in %1: %2")
                         .arg(QDir::toNativeSeparators(dir), reason);
        return std::nullopt;
    }
    const sandbox::SandboxEnvironment::Info &info = environment->info();
    Rehearsal r;
    r.profilePath = info.profilePath;
    r.secretsFile = info.secretsPath;
    r.factoryName = ProcedureStepFactory::factoryName();
    r.summary = tr("Sandbox \"%1\": the production BPMSoft site at %2 and its 1C at %3; "
                   "files in %4.")
                        .arg(name, info.siteUrl.toString(), info.oneCBaseUrl.toString(),
                             QDir::toNativeSeparators(dir));
    progress.log(r.summary);
    m_environment = std::move(environment);
    m_directory = dir;
    return r;
}

} // namespace upgrade::wizard
