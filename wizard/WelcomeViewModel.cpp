#include "WelcomeViewModel.h"

#include "BackgroundTask.h"
#include "ProfileViewModel.h"
#include "RecentProfiles.h"
#include "StateTexts.h"

#include "profile/ProfileValidator.h"
#include "util/Progress.h"
#include "util/Translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

WelcomeViewModel::WelcomeViewModel(WizardServices services, ProfileViewModel *profile,
                                   QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_profile(profile)
    , m_language(Translations::currentLanguage())
{
    const QStringList names = scenarios();
    if (!names.isEmpty())
        m_scenario = names.first();
}

void WelcomeViewModel::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    emit modeChanged(mode);
}

void WelcomeViewModel::installLanguage(const QString &language)
{
    Translations::install(language);
    QLocale::setDefault(Translations::currentLanguage() == u"ru"_s
                                ? QLocale(QLocale::Russian, QLocale::Russia)
                                : QLocale(QLocale::English, QLocale::UnitedStates));
}

void WelcomeViewModel::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    installLanguage(language);
    m_language = Translations::currentLanguage();
    emit languageChanged(m_language);
}

void WelcomeViewModel::setProfileState(ProfileState state, const QString &message)
{
    m_profileState = state;
    m_profileMessage = message;
    emit profileStateChanged();
}

void WelcomeViewModel::loadRecentProfiles(bool openNewest)
{
    runInBackground(
            this, [] { return RecentProfiles::load(); },
            [this, openNewest](QStringList recent) {
                m_recent = recent;
                emit recentProfilesChanged();
                if (openNewest && !recent.isEmpty() && m_profileState == ProfileState::None &&
                    m_mode != Sandbox)
                    openProfile(recent.first());
            });
}

void WelcomeViewModel::openProfile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_profilePath = absolute;
    m_unfinished.reset();
    emit unfinishedRunChanged();
    setProfileState(ProfileState::Loading);
    const quint64 generation = ++m_generation;
    struct Loaded
    {
        bool ok = false;
        QJsonObject document;
        QString message;
        int problems = 0;
    };
    runInBackground(
            this,
            [absolute] {
                Loaded r;
                QFile file(absolute);
                if (!file.open(QIODevice::ReadOnly)) {
                    r.message =
                            tr("Cannot open %1: %2")
                                    .arg(QDir::toNativeSeparators(absolute), file.errorString());
                    return r;
                }
                const QByteArray text = file.read(ProfileValidator::MaxFileSize + 1);
                const ValidationProblems problems = ProfileValidator::validateText(text);
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
                if (text.size() > ProfileValidator::MaxFileSize || !doc.isObject()) {
                    r.message = problems.isEmpty() ? tr("The file is not a profile.")
                                                   : problems.first().message;
                    return r;
                }
                r.ok = true;
                r.document = doc.object();
                r.problems = int(problems.size());
                RecentProfiles::add(absolute);
                return r;
            },
            [this, generation, absolute](Loaded r) {
                if (generation != m_generation)
                    return;
                if (!r.ok) {
                    setProfileState(ProfileState::Failed, r.message);
                    return;
                }
                m_profile->setDocument(r.document, absolute);
                if (!m_recent.contains(absolute)) {
                    m_recent.prepend(absolute);
                    emit recentProfilesChanged();
                }
                setProfileState(ProfileState::Loaded,
                                r.problems == 0
                                        ? QString()
                                        : tr("The profile has %n problem(s); the next page shows "
                                             "them at their fields.",
                                             nullptr, r.problems));
                lookForUnfinishedRun();
            });
}

void WelcomeViewModel::createProfile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    ++m_generation;
    m_profilePath = absolute;
    m_unfinished.reset();
    emit unfinishedRunChanged();
    m_profile->newDocument(absolute);
    setProfileState(ProfileState::Loaded, tr("A new profile; fill it in on the next page."));
}

void WelcomeViewModel::lookForUnfinishedRun()
{
    const Profile profile = m_profile->currentProfile();
    const quint64 generation = m_generation;
    runInBackground(
            this, [profile] { return RunSnapshot::unfinishedRun(profile); },
            [this, generation](std::optional<RunSnapshot> run) {
                if (generation != m_generation)
                    return;
                m_unfinished = run;
                m_resume = true;
                emit unfinishedRunChanged();
            });
}

QString WelcomeViewModel::describeUnfinishedRun() const
{
    if (!m_unfinished)
        return {};
    const RunSnapshot &run = *m_unfinished;
    QStringList stages;
    for (const StageRecord &r : run.stages)
        stages << tr("%1 — %2").arg(stageTitle(r.stage), StateTexts::stage(r.state));
    const QString started =
            QLocale().toString(run.run.createdAt.toLocalTime(), QLocale::ShortFormat);
    return tr("An unfinished upgrade run of this profile, started %1: %2.")
            .arg(started, stages.isEmpty() ? tr("nothing done yet") : stages.join(u"; "_s));
}

void WelcomeViewModel::setResumeChosen(bool resume)
{
    if (m_resume == resume)
        return;
    m_resume = resume;
    emit unfinishedRunChanged();
}

QStringList WelcomeViewModel::scenarios() const
{
    return m_services.sandbox ? m_services.sandbox->scenarios() : QStringList();
}

void WelcomeViewModel::setScenario(const QString &scenario)
{
    m_scenario = scenario;
}

void WelcomeViewModel::startSandbox()
{
    if (!m_services.sandbox || m_sandboxState == SandboxState::Starting)
        return;
    if (m_sandboxState == SandboxState::Ready && m_rehearsal) {
        openProfile(m_rehearsal->profilePath);
        return;
    }
    m_sandboxState = SandboxState::Starting;
    m_sandboxMessage = tr("Starting the sandbox…");
    emit sandboxStateChanged();
    auto launcher = m_services.sandbox;
    const QString scenario = m_scenario;
    runInBackground(
            this,
            [launcher, scenario] {
                LogProgress progress;
                QString error;
                std::optional<SandboxLauncher::Rehearsal> r =
                        launcher->start(scenario, progress, &error);
                return std::make_pair(r, error);
            },
            [this](std::pair<std::optional<SandboxLauncher::Rehearsal>, QString> r) {
                if (!r.first) {
                    m_sandboxState = SandboxState::Failed;
                    m_sandboxMessage = r.second;
                    emit sandboxStateChanged();
                    return;
                }
                m_rehearsal = r.first;
                m_sandboxState = SandboxState::Ready;
                m_sandboxMessage = r.first->summary;
                emit sandboxStateChanged();
                openProfile(r.first->profilePath);
            });
}

QString WelcomeViewModel::secretsFile() const
{
    if (m_rehearsal && m_profilePath == QFileInfo(m_rehearsal->profilePath).absoluteFilePath())
        return m_rehearsal->secretsFile;
    return {};
}

QString WelcomeViewModel::factoryName() const
{
    if (m_rehearsal && m_profilePath == QFileInfo(m_rehearsal->profilePath).absoluteFilePath())
        return m_rehearsal->factoryName;
    return m_services.defaultFactoryName ? m_services.defaultFactoryName() : QString();
}

void WelcomeViewModel::showSample(const QString &profilePath, const QStringList &recent)
{
    ++m_generation;
    m_profilePath = profilePath;
    m_recent = recent;
    emit recentProfilesChanged();
    setProfileState(ProfileState::Loaded);
}

bool WelcomeViewModel::isReady() const
{
    return m_profileState == ProfileState::Loaded;
}

} // namespace upgrade::wizard
