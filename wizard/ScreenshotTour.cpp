#include "ScreenshotTour.h"

#include "ConnectionChecksViewModel.h"
#include "ConnectionsPage.h"
#include "FinishViewModel.h"
#include "PackageArchiveViewModel.h"
#include "ProfileViewModel.h"
#include "RunReports.h"
#include "RunViewModel.h"
#include "UpgradeWizard.h"
#include "VerificationViewModel.h"
#include "WelcomeViewModel.h"
#include "WizardSession.h"

#include "plan/Plan.h"
#include "profile/Profile.h"
#include "util/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

namespace {

void settle(int ms = 120)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString plainText(const QString &text, Qt::TextFormat format)
{
    if (format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument doc;
        doc.setHtml(text);
        return doc.toPlainText();
    }
    return text;
}

/// English left in a Russian text: common English words outside paths, addresses and names.
bool looksEnglish(const QString &text)
{
    static const QRegularExpression word(u"^[A-Za-z]+$"_s);
    static const QStringList stop{u"the"_s,  u"and"_s,  u"of"_s,   u"to"_s,   u"is"_s,
                                  u"with"_s, u"from"_s, u"this"_s, u"that"_s, u"not"_s,
                                  u"was"_s,  u"are"_s,  u"be"_s,   u"it"_s,   u"on"_s};
    int english = 0;
    const QStringList tokens =
            text.split(QRegularExpression(u"[\\s,;()«»\"]+"_s), Qt::SkipEmptyParts);
    for (QString t : tokens) {
        t.remove(QRegularExpression(u"[.!?:…]+$"_s));
        if (!word.match(t).hasMatch())
            continue;
        if (stop.contains(t.toLower()))
            ++english;
    }
    return english > 0;
}

StepResult ok(const QString &message = {})
{
    return StepResult::ok(message);
}

} // namespace

QStringList ScreenshotTour::layoutProblems(QWidget *root, const QString &language)
{
    QStringList problems;
    auto visible = [root](QWidget *w) { return w->isVisibleTo(root) && w->width() > 0; };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!visible(label) || label->text().isEmpty())
            continue;
        const QString text = plainText(label->text(), label->textFormat());
        if (label->wordWrap()) {
            if (label->heightForWidth(label->width()) > label->height() + 2)
                problems << u"cut off at the bottom: \"%1\""_s.arg(text.left(60));
        } else if (label->sizeHint().width() > label->width() + 2) {
            problems << u"cut off (%1 of %2 px): \"%3\""_s.arg(label->width())
                                .arg(label->sizeHint().width())
                                .arg(text.left(60));
        }
        if (language == u"ru"_s && looksEnglish(text))
            problems << u"not translated: \"%1\""_s.arg(text.left(80));
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!visible(button) || button->text().isEmpty())
            continue;
        if (button->sizeHint().width() > button->width() + 2)
            problems << u"button cut off (%1 of %2 px): \"%3\""_s.arg(button->width())
                                .arg(button->sizeHint().width())
                                .arg(button->text());
        if (language == u"ru"_s && looksEnglish(button->text()))
            problems << u"not translated: \"%1\""_s.arg(button->text());
    }
    for (QGroupBox *box : root->findChildren<QGroupBox *>())
        if (visible(box) && language == u"ru"_s && looksEnglish(box->title()))
            problems << u"not translated: \"%1\""_s.arg(box->title());
    return problems;
}

ScreenshotTour::Result ScreenshotTour::run(const QString &outputDirectory,
                                           const QStringList &languages)
{
    Result result;
    QDir().mkpath(outputDirectory);
    const QString before = Translations::currentLanguage();
    for (const QString &language : languages) {
        WelcomeViewModel::installLanguage(language);
        WizardServices services = WizardServices::defaults();
        services.defaultFactoryName = [] { return u"upgrade"_s; };
        UpgradeWizard wizard(services);
        WizardSession *s = wizard.session();
        wizard.resize(980, 720);
        wizard.show();

        // The example profile, as if opened from the recent list.
        QFile file(u":/wizard/profiles/example.json"_s);
        file.open(QIODevice::ReadOnly);
        QJsonObject example = QJsonDocument::fromJson(file.readAll()).object();
        example.insert(u"name"_s, tr("Trade company: IIS and MS SQL"));
        const QString profilePath = u"/home/admin/upgrade/trade-company.json"_s;
        s->profile()->setDocument(example, profilePath);
        s->welcome()->showSample(profilePath,
                                 {profilePath, u"/home/admin/upgrade/branch-office.json"_s});
        QString error;
        if (!s->configureRun(&error)) {
            result.problems << u"sample profile: "_s + error;
            continue;
        }

        // Connections: one field with a problem, checks done, the archive read.
        s->profile()->setText(u"environments.test.database.port"_s, u"14330x"_s);
        using Part = ConnectionChecker::Part;
        using Status = ConnectionChecksViewModel::Status;
        s->checks()->showSample(EnvironmentKind::Production, Part::Site,
                                {Status::Ok,
                                 tr("The site's server crm.example.ru:443 answers. The sign-in is "
                                    "checked when the run starts."),
                                 {}});
        s->checks()->showSample(EnvironmentKind::Production, Part::Database,
                                {Status::Ok,
                                 tr("The database server sql01:1433 answers. The sign-in and "
                                    "the database are checked when the run starts."),
                                 {}});
        s->checks()->showSample(EnvironmentKind::Production, Part::OneC,
                                {Status::Warning,
                                 tr("The 1C cluster answers, but the OData publication does "
                                    "not. The integration check needs it."),
                                 {}});
        PackageArchive archive;
        archive.path = u"C:/Upgrade/SmrConnector_2.4.0.zip"_s;
        archive.size = 1536 * 1024;
        archive.sha256 = u"9f2c4e7a1b3d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8"_s;
        archive.format = PackageArchiveFormat::Zip;
        for (const auto &[name, files] :
             {std::pair{u"SmrOneCConnector"_s, 412}, std::pair{u"SmrOneCConnectorBase"_s, 136},
              std::pair{u"SmrOneCIntegrationObjects"_s, 88}}) {
            PackageInfo p;
            p.name = name;
            p.version = u"2.4.0"_s;
            p.maintainer = u"Smr"_s;
            p.fileCount = files;
            archive.packages << p;
        }
        s->packages()->showSample(archive, {{u"SmrOneCConnector"_s, {}, u"2.1.3"_s, u"Smr"_s},
                                            {u"SmrOneCConnectorBase"_s, {}, u"2.1.3"_s, u"Smr"_s}});

        // Preparation: passed with two warnings.
        StageViewModel *prep = s->run()->stage(StageKind::Preparation);
        const Stage &prepStage = s->run()->plan()->stage(StageKind::Preparation);
        prep->stageStarted(int(prepStage.steps.size()));
        prep->addElapsed(14 * 60000 + 12000);
        for (int i = 0; i < int(prepStage.steps.size()); ++i) {
            const auto &step = prepStage.steps[size_t(i)];
            prep->stepStarted(step->id(), step->title(), i, int(prepStage.steps.size()), false, 1);
            if (i == 0) {
                Requirements r;
                r.warn(tr("Now is outside the maintenance window (Sat, Sun 20:00–06:00)."),
                       tr("Upgrade production in the window, or change the window in the "
                          "profile."));
                r.warn(tr("Free space on E:\\Backup is 38 GB; both backups need about 31 GB."),
                       tr("Free more space if other backups will be written there."));
                prep->findingsReported(step->id(), r);
            }
            prep->stepFinished(step->id(), ok());
        }
        prep->stageFinished(StageState::Passed,
                            tr("The stage %1 passed.").arg(stageTitle(StageKind::Preparation)));

        auto feedStage = [&](StageKind kind, int running, double stepFraction, qint64 elapsedMs) {
            StageViewModel *vm = s->run()->stage(kind);
            vm->reset(s->run()->plan()->stage(kind));
            const Stage &stage = s->run()->plan()->stage(kind);
            const int count = int(stage.steps.size());
            vm->stageStarted(count);
            vm->addElapsed(elapsedMs);
            for (int i = 0; i <= running && i < count; ++i) {
                const auto &step = stage.steps[size_t(i)];
                vm->stepStarted(step->id(), step->title(), i, count, step->isDestructive(), 1);
                if (i < running) {
                    vm->stepFinished(step->id(), ok());
                    vm->progress(step->id(), 1.0, double(i + 1) / count);
                } else {
                    vm->progress(step->id(), stepFraction, (i + stepFraction) / count);
                }
            }
            return vm;
        };

        // Test stage, running: the package is being installed.
        const int testInstall =
                s->run()->stage(StageKind::Test)->indexOf(u"test.install-package"_s);
        StageViewModel *test = feedStage(StageKind::Test, testInstall, 0.6, 41 * 60000);
        test->logLine(u"test.install-package"_s, tr("Package uploaded: SmrConnector_2.4.0.zip"));
        test->logLine(u"test.install-package"_s,
                      tr("Installing SmrOneCConnector 2.4.0: 412 schemas"));
        test->statusChanged(u"test.install-package"_s,
                            tr("Installing the package: 247 of 412 schemas"));
        auto shoot = [&](PageId page, const QString &name, const std::function<void()> &prepare) {
            wizard.setStartId(page);
            wizard.restart();
            if (prepare)
                prepare();
            settle();
            const QString path = QDir(outputDirectory).filePath(u"%1-%2.png"_s.arg(name, language));
            if (!wizard.grab().save(path)) {
                result.problems << u"%1: cannot write"_s.arg(path);
                return;
            }
            result.files << path;
            for (const QString &p : layoutProblems(&wizard, language))
                result.problems << u"%1-%2: %3"_s.arg(name, language, p);
        };

        shoot(WelcomePageId, u"welcome"_s, {});
        auto *connections = static_cast<ConnectionsPage *>(wizard.page(ConnectionsPageId));
        shoot(ConnectionsPageId, u"connections-production"_s, [&] { connections->showTab(0); });
        shoot(ConnectionsPageId, u"connections-test"_s, [&] {
            settle(50);
            connections->revealFirstProblem();
        });
        shoot(ConnectionsPageId, u"connections-package"_s, [&] { connections->showTab(2); });
        shoot(ConnectionsPageId, u"connections-general"_s, [&] { connections->showTab(3); });
        s->welcome()->setMode(WelcomeViewModel::Cloud);
        shoot(SupportRequestsPageId, u"support-requests"_s, {});
        s->welcome()->setMode(WelcomeViewModel::OnPremise);
        shoot(PreflightPageId, u"preflight"_s, {});
        shoot(PlanPageId, u"plan"_s, {});
        shoot(TestStagePageId, u"test-stage"_s, {});

        // Test stage: the installation failed — Retry / Skip / Abort.
        const QString failMessage =
                tr("The installation log reports an error in the schema SmrSyncHistory: the "
                   "column SmrUseForDeduplication already exists.");
        test->stepFinished(u"test.install-package"_s,
                           StepResult::failed(failMessage, u"InstallPackage: 500"_s));
        {
            Question q;
            q.id = u"on-failure.test.install-package"_s;
            q.kind = Question::Kind::Choice;
            q.stepId = u"test.install-package"_s;
            q.text = tr("The step \"%1\" failed: %2 What now?")
                             .arg(test->steps().at(testInstall).title, failMessage);
            q.details = u"InstallPackage: HTTP 500\nSmrSyncHistory: column already exists"_s;
            q.choices = {u"retry"_s, u"skip"_s, u"abort"_s};
            q.choiceLabels = {tr("Retry"), tr("Skip (give the reason)"), tr("Abort")};
            q.choicesNeedingReason = {u"skip"_s};
            test->questionAsked(q);
        }
        shoot(TestStagePageId, u"test-stage-failure"_s, {});

        // The test stage passed; its verification.
        test = feedStage(StageKind::Test, 6, 1.0, 63 * 60000);
        test->stageFinished(StageState::Passed,
                            tr("The stage %1 passed.").arg(stageTitle(StageKind::Test)));
        auto integration = [](const QString &name, const QString &object, int records, int errors,
                              int duplicates) {
            return QJsonObject{{u"name"_s, name},
                               {u"object"_s, object},
                               {u"records"_s, records},
                               {u"errors"_s, errors},
                               {u"duplicates"_s, duplicates},
                               {u"status"_s, errors ? u"errors"_s : u"ok"_s}};
        };
        const QJsonArray results{
                integration(tr("Counterparties"), u"SmrAccountIntegration"_s, 1520, 0, 0),
                integration(tr("Contacts"), u"SmrContactIntegration"_s, 4210, 0, 0),
                integration(tr("Products"), u"SmrProductIntegration"_s, 870, 0, 0),
                integration(tr("Orders"), u"SmrOrderIntegration"_s, 312, 0, 0)};
        QJsonArray objects;
        for (const QString &name :
             {tr("Counterparties"), tr("Contacts"), tr("Products"), tr("Orders")})
            objects.append(
                    QJsonObject{{u"name"_s, name}, {u"before"_s, false}, {u"flagSet"_s, true}});
        s->verification()->setValues(EnvironmentKind::Test, results, objects,
                                     QJsonObject{{u"table"_s, u"SmrSyncHistory_20261124_201500"_s},
                                                 {u"rows"_s, 184233},
                                                 {u"rowsAfter"_s, 0}});
        shoot(TestVerificationPageId, u"test-verification"_s, {});
        shoot(ProductionPageId, u"production"_s, [&] {
            if (auto *edit = wizard.findChild<QLineEdit *>(u"confirmSiteName"_s))
                edit->setText(u"crm.example.ru"_s);
        });

        // Production, running; then a failure — Retry / Roll back.
        const int install =
                s->run()->stage(StageKind::Production)->indexOf(u"production.install-package"_s);
        StageViewModel *production = feedStage(StageKind::Production, install, 0.35, 22 * 60000);
        production->statusChanged(u"production.install-package"_s,
                                  tr("Installing the package: 144 of 412 schemas"));
        shoot(ProductionStagePageId, u"production-stage"_s, {});
        const QString prodFailure = tr("The site did not come back after the restart within 10 "
                                       "minutes.");
        production->stepFinished(u"production.install-package"_s, StepResult::failed(prodFailure));
        {
            Question q;
            q.id = u"on-failure.production.install-package"_s;
            q.kind = Question::Kind::Choice;
            q.stepId = u"production.install-package"_s;
            q.text = tr("The step \"%1\" failed: %2 What now?")
                             .arg(production->steps().at(install).title, prodFailure);
            q.choices = {u"retry"_s, u"rollback"_s};
            q.choiceLabels = {tr("Retry"), tr("Roll back")};
            production->questionAsked(q);
        }
        shoot(ProductionStagePageId, u"production-stage-failure"_s, {});

        // Finished: production upgraded.
        RunSnapshot snapshot;
        snapshot.runDirectory = u"D:/BpmSoftUpgrade/trade-company/20261124-201500"_s;
        const QDateTime start(QDate(2026, 11, 24), QTime(20, 15));
        snapshot.stages = {
                {StageKind::Preparation, StageState::Passed, {}, start, start.addSecs(14 * 60), {}},
                {StageKind::Test,
                 StageState::Passed,
                 {},
                 start.addSecs(15 * 60),
                 start.addSecs(78 * 60),
                 {}},
                {StageKind::Production,
                 StageState::Passed,
                 {},
                 start.addSecs(95 * 60),
                 start.addSecs(151 * 60),
                 {}}};
        auto backup = [&](const QString &kind, EnvironmentKind env, const QString &fileName,
                          qint64 size) {
            Artifact a;
            a.kind = kind;
            a.environment = env;
            a.path = snapshot.runDirectory + u"/backups/"_s + fileName;
            a.size = size;
            a.verified = true;
            return a;
        };
        snapshot.artifacts = {backup(u"backup.database"_s, EnvironmentKind::Production,
                                     u"BPMSoft-test.bak"_s, qint64(14) << 30),
                              backup(u"backup.infobase"_s, EnvironmentKind::Test,
                                     u"trade_test.dt"_s, qint64(2) << 30),
                              backup(u"backup.database"_s, EnvironmentKind::Production,
                                     u"BPMSoft.bak"_s, qint64(14) << 30),
                              backup(u"backup.infobase"_s, EnvironmentKind::Production,
                                     u"trade.dt"_s, qint64(2) << 30)};
        s->finish()->showSample(snapshot);
        s->reports()->showSample(snapshot.runDirectory, {snapshot.runDirectory + u"/report.json"_s,
                                                         snapshot.runDirectory + u"/report.html"_s,
                                                         snapshot.runDirectory + u"/report.pdf"_s});
        shoot(FinishPageId, u"finish"_s, {});
        wizard.hide();
    }
    WelcomeViewModel::installLanguage(before);
    return result;
}

} // namespace upgrade::wizard
