// RunReport and its renderers on real journals: the result rule, what each report says (steps,
// where, times, backups, compile/integration/deduplication values, answers, gates), HTML
// escaping of untrusted journal text, the language, and the run values' JSON shapes.
#include "QtPrinters.h"
#include "ReportJournal.h"

#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/PdfRenderer.h"
#include "report/ReportWriter.h"
#include "report/RunReport.h"
#include "report/RunValues.h"
#include "util/Translations.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;
using upgrade::test::ReportJournal;

namespace {

StageRecord stageRecord(StageKind kind, StageState state)
{
    StageRecord r;
    r.stage = kind;
    r.state = state;
    return r;
}

StepRecord rollbackStep(StepState state)
{
    StepRecord r;
    r.stepId = u"production.rollback"_s;
    r.stage = StageKind::Production;
    r.rollback = true;
    r.state = state;
    return r;
}

class RunReportTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString runDir() const { return dir.filePath(u"run"_s); }
    void TearDown() override { Translations::install(u"en"_s); }

    RunReport load()
    {
        QString error;
        std::optional<RunReport> report = RunReport::load(runDir(), &error);
        EXPECT_TRUE(report) << error.toStdString();
        return report.value_or(RunReport{});
    }
};

} // namespace

TEST(RunResultRule, FromStageStates)
{
    using S = StageState;
    using K = StageKind;
    auto result = [](QList<StageRecord> stages, QList<StepRecord> steps = {}) {
        return toString(RunReport::deriveResult(stages, steps));
    };
    EXPECT_EQ(result({}), u"in-progress"_s);
    EXPECT_EQ(result({stageRecord(K::Preparation, S::Running)}), u"in-progress"_s);
    EXPECT_EQ(result({stageRecord(K::Preparation, S::Blocked)}), u"blocked"_s);
    EXPECT_EQ(result({stageRecord(K::Preparation, S::Failed)}), u"failed"_s);
    EXPECT_EQ(result({stageRecord(K::Preparation, S::Passed), stageRecord(K::Test, S::Failed)}),
              u"failed"_s);
    // Test passed, production not started yet: not finished.
    EXPECT_EQ(result({stageRecord(K::Preparation, S::Passed), stageRecord(K::Test, S::Passed)}),
              u"in-progress"_s);
    EXPECT_EQ(result({stageRecord(K::Test, S::Passed), stageRecord(K::Production, S::Pending)}),
              u"in-progress"_s);
    // A stage still pending does not count as started: the test stage decides.
    EXPECT_EQ(result({stageRecord(K::Test, S::Blocked), stageRecord(K::Production, S::Pending)}),
              u"blocked"_s);
    EXPECT_EQ(result({stageRecord(K::Test, S::Passed), stageRecord(K::Production, S::Blocked)}),
              u"blocked"_s);
    EXPECT_EQ(result({stageRecord(K::Test, S::Passed), stageRecord(K::Production, S::Passed)}),
              u"succeeded"_s);
    // Production passed even though the test stage failed (overridden): succeeded.
    EXPECT_EQ(result({stageRecord(K::Test, S::Failed), stageRecord(K::Production, S::Passed)}),
              u"succeeded"_s);
    EXPECT_EQ(result({stageRecord(K::Test, S::Passed), stageRecord(K::Production, S::RolledBack)}),
              u"rolled-back"_s);
    EXPECT_EQ(result({stageRecord(K::Production, S::RollbackFailed)},
                     {rollbackStep(StepState::Failed)}),
              u"failed"_s);
    EXPECT_EQ(result({stageRecord(K::Production, S::Failed)}), u"failed"_s);
    for (S state : {S::Cancelled, S::Interrupted, S::NeedsAnswer, S::RollingBack, S::Running})
        EXPECT_EQ(result({stageRecord(K::Test, S::Passed), stageRecord(K::Production, state)}),
                  u"in-progress"_s)
                << toString(state).toStdString();
    // Killed right after the last rollback step succeeded: production is back.
    EXPECT_EQ(result({stageRecord(K::Production, S::Interrupted)},
                     {rollbackStep(StepState::Succeeded)}),
              u"rolled-back"_s);
    EXPECT_EQ(result({stageRecord(K::Production, S::RollingBack)},
                     {rollbackStep(StepState::Interrupted)}),
              u"in-progress"_s);
}

TEST_F(RunReportTest, ASucceededRunWithEveryKindOfEvidence)
{
    {
        ReportJournal j(runDir());
        j.passStage(StageKind::Preparation);
        RunCompileResult compile;
        compile.warnings.append({u"Pkg/Schemas/UsrX.cs"_s, 10, 3, u"CS0168"_s, u"unused"_s});
        ASSERT_TRUE(j.journal->setValue(RunValues::compileResultKey(StageKind::Preparation),
                                        RunValues::toJson(compile)));
        PackageArchive archive;
        archive.path = u"/upgrade/SmrConnector_2.4.0.zip"_s;
        archive.sha256 = u"a1b2"_s;
        PackageInfo info;
        info.name = u"SmrConnector"_s;
        info.version = u"2.4.0"_s;
        PackageChange change{info, InstalledPackage{u"SmrConnector"_s, {}, u"2.3.1"_s, {}},
                             PackageChangeKind::Upgrade, false};
        ASSERT_TRUE(
                j.journal->setValue(RunValues::packageArchiveKey(),
                                    RunValues::toJson(RunValues::summarize(archive, {change}))));

        j.passStage(StageKind::Test);
        j.backup(u"test.backup-production-database"_s, EnvironmentKind::Production,
                 u"E:/Backup/BPMSoft_20240601.bak"_s, 1572864, u"ffee"_s);
        ASSERT_TRUE(j.journal->setValue(
                RunValues::integrationResultsKey(StageKind::Test),
                RunValues::toJson(QList<IntegrationResult>{{u"Контрагенты"_s, 120, 0, 0, {}},
                                                           {u"Номенклатура"_s, 40, 0, 0, {}}})));
        ASSERT_TRUE(j.journal->setValue(
                RunValues::deduplicationObjectsKey(StageKind::Test),
                RunValues::toJson(QList<DeduplicationObject>{{u"Контрагенты"_s, true}})));
        ASSERT_TRUE(j.journal->addAnswer(
                {u"confirm.production-start"_s, u"yes"_s, {}, u"yes"_s, {}, {}, {}}));
        ASSERT_TRUE(j.journal->addGate(
                {u"test-stage-passed"_s, StageKind::Production, {}, u"passed"_s, {}, {}, {}, {}}));
        j.startStage(StageKind::Production);
        // A retried step: two attempts.
        ASSERT_TRUE(j.journal->setStepState(u"production.backup"_s, StepState::Running));
        ASSERT_TRUE(
                j.journal->setStepState(u"production.backup"_s, StepState::Failed, u"disk full"_s));
        j.step(u"production.backup"_s, StepState::Succeeded);
        for (const QString &id :
             {u"production.install-package"_s, u"production.verify"_s, u"production.report"_s})
            j.step(id, StepState::Succeeded);
        ASSERT_TRUE(j.journal->setValue(
                RunValues::integrationResultsKey(StageKind::Production),
                RunValues::toJson(QList<IntegrationResult>{{u"Контрагенты"_s, 118, 0, 0, {}}})));
        ASSERT_TRUE(j.journal->setValue(RunValues::installedPackagesKey(StageKind::Production),
                                        RunValues::toJson(QList<InstalledPackage>{
                                                {u"SmrConnector"_s, {}, u"2.4.0"_s, u"Smr"_s}})));
        j.endStage(StageKind::Production, StageState::Passed);
    }
    const RunReport report = load();
    EXPECT_EQ(report.result, RunResult::Succeeded);
    ASSERT_EQ(report.stages.size(), 3);
    const ReportStage &production = report.stage(StageKind::Production);
    // Every step of the procedure's production stage is listed, in the plan's order; the
    // backup is found by its id (the compile check runs before it).
    ASSERT_GE(production.steps.size(), 4);
    qsizetype b = 0;
    while (b < production.steps.size() &&
           production.steps[b].record.stepId != u"production.backup"_s)
        ++b;
    ASSERT_LT(b, production.steps.size());
    EXPECT_EQ(production.steps[b].record.attempts, 2);
    EXPECT_EQ(production.steps[b].history.size(), 4); // running, failed, running, succeeded
    EXPECT_GE(production.steps[b].runningMs, 0);
    EXPECT_EQ(production.steps[b].environment, u"production"_s);
    EXPECT_TRUE(production.steps[b].target.contains(u"sql01:1433/BPMSoft"_s));
    EXPECT_TRUE(production.rollbackSteps.size() == 1);
    EXPECT_EQ(production.rollbackSteps[0].record.state, StepState::Pending);
    EXPECT_GE(production.durationMs(), 0);
    ASSERT_TRUE(report.stage(StageKind::Preparation).compile);
    EXPECT_EQ(report.stage(StageKind::Preparation).compile->warnings.size(), 1);
    ASSERT_EQ(report.integrations().size(), 3);
    EXPECT_EQ(report.integrations()[2].stage, StageKind::Production);

    // JSON: the top-level result and integrations, and the evidence.
    const QJsonObject json = JsonReport::toJson(report);
    EXPECT_EQ(json.value(u"result"_s).toString(), u"succeeded"_s);
    const QJsonArray integrations = json.value(u"integrations"_s).toArray();
    ASSERT_EQ(integrations.size(), 3);
    for (const QJsonValue &v : integrations) {
        const QJsonObject o = v.toObject();
        for (const QString &key : {u"name"_s, u"records"_s, u"errors"_s, u"duplicates"_s})
            EXPECT_TRUE(o.contains(key)) << key.toStdString();
        EXPECT_EQ(o.value(u"duplicates"_s).toInt(-1), 0);
    }
    EXPECT_EQ(integrations[0].toObject().value(u"name"_s).toString(), u"Контрагенты"_s);
    EXPECT_EQ(integrations[0].toObject().value(u"records"_s).toInt(), 120);
    EXPECT_EQ(integrations[0].toObject().value(u"stage"_s).toString(), u"test"_s);
    const QJsonArray artifacts = json.value(u"artifacts"_s).toArray();
    ASSERT_EQ(artifacts.size(), 1);
    EXPECT_EQ(artifacts[0].toObject().value(u"size"_s).toInteger(), 1572864);
    EXPECT_EQ(artifacts[0].toObject().value(u"sha256"_s).toString(), u"ffee"_s);
    EXPECT_TRUE(artifacts[0].toObject().value(u"verified"_s).toBool());
    const QJsonArray stages = json.value(u"stages"_s).toArray();
    ASSERT_EQ(stages.size(), 3);
    QJsonObject backupStep;
    for (const QJsonValue &step : stages[2].toObject().value(u"steps"_s).toArray())
        if (step.toObject().value(u"id"_s).toString() == u"production.backup"_s)
            backupStep = step.toObject();
    EXPECT_EQ(backupStep.value(u"attempts"_s).toInt(), 2);
    EXPECT_EQ(backupStep.value(u"history"_s).toArray()[1].toObject().value(u"message"_s),
              u"disk full"_s);
    EXPECT_TRUE(backupStep.value(u"where"_s).toString().contains(u"sql01"_s));
    EXPECT_EQ(json.value(u"package"_s)
                      .toObject()
                      .value(u"packages"_s)
                      .toArray()[0]
                      .toObject()
                      .value(u"installedVersion"_s),
              u"2.3.1"_s);
    EXPECT_EQ(json.value(u"answers"_s).toArray()[0].toObject().value(u"source"_s), u"yes"_s);
    EXPECT_FALSE(
            json.value(u"answers"_s).toArray()[0].toObject().value(u"user"_s).toString().isEmpty());
    EXPECT_EQ(json.value(u"gates"_s).toArray()[0].toObject().value(u"gate"_s),
              u"test-stage-passed"_s);
    EXPECT_EQ(json.value(u"compile"_s).toArray()[0].toObject().value(u"stage"_s), u"preparation"_s);
    EXPECT_FALSE(json.value(u"timeline"_s).toArray().isEmpty());

    // HTML: the same facts for people.
    const QString html = HtmlReport::render(report);
    EXPECT_TRUE(html.contains(u"Upgrade succeeded"_s));
    EXPECT_TRUE(html.contains(u"production.install-package"_s));
    EXPECT_TRUE(html.contains(u"Номенклатура"_s));
    EXPECT_TRUE(html.contains(u"E:/Backup/BPMSoft_20240601.bak"_s) ||
                html.contains(u"E:\\Backup\\BPMSoft_20240601.bak"_s));
    EXPECT_TRUE(html.contains(u"1572864"_s) || html.contains(u"1,572,864"_s));
    EXPECT_TRUE(html.contains(u"disk full"_s));
    EXPECT_TRUE(html.contains(u"Pkg/Schemas/UsrX.cs"_s));
    EXPECT_TRUE(html.contains(u"2 attempts"_s));
    EXPECT_TRUE(html.contains(u"lang=\"en\""_s));
}

TEST_F(RunReportTest, RolledBackAndFailedRunsNameTheStep)
{
    {
        ReportJournal j(runDir());
        j.passStage(StageKind::Preparation);
        j.passStage(StageKind::Test);
        j.startStage(StageKind::Production);
        j.step(u"production.backup"_s, StepState::Succeeded);
        j.step(u"production.install-package"_s, StepState::Failed,
               u"The package could not be installed."_s, u"HTTP 500"_s);
        ASSERT_TRUE(j.journal->setStageState(StageKind::Production, StageState::RollingBack));
        j.step(u"production.rollback"_s, StepState::Succeeded);
        j.endStage(StageKind::Production, StageState::RolledBack);
    }
    const RunReport report = load();
    EXPECT_EQ(report.result, RunResult::RolledBack);
    ASSERT_TRUE(report.decisiveStep());
    EXPECT_EQ(report.decisiveStep()->record.stepId, u"production.install-package"_s);
    EXPECT_TRUE(report.resultMessage().contains(u"The package could not be installed."_s));
    const QString html = HtmlReport::render(report);
    EXPECT_TRUE(html.contains(u"Rollback: Production site"_s)) << html.toStdString();
    EXPECT_TRUE(html.contains(u"HTTP 500"_s));
    EXPECT_EQ(JsonReport::toJson(report).value(u"result"_s).toString(), u"rolled-back"_s);
}

TEST_F(RunReportTest, BlockedAndInProgress)
{
    {
        ReportJournal j(runDir());
        j.startStage(StageKind::Preparation);
        j.step(u"preparation.preflight"_s, StepState::Blocked, u"BPMSoft 1.0 is older than 1.1."_s);
        j.endStage(StageKind::Preparation, StageState::Blocked);
    }
    EXPECT_EQ(load().result, RunResult::Blocked);
    EXPECT_TRUE(load().resultMessage().contains(u"BPMSoft 1.0 is older than 1.1."_s));
    {
        QString error;
        auto journal = Journal::open(runDir(), Journal::Mode::ReadWrite, &error);
        ASSERT_TRUE(journal) << error.toStdString();
        ASSERT_TRUE(journal->setStageState(StageKind::Preparation, StageState::Running));
        ASSERT_TRUE(journal->setStepState(u"preparation.preflight"_s, StepState::Running));
    }
    const RunReport running = load();
    EXPECT_EQ(running.result, RunResult::InProgress);
    EXPECT_EQ(JsonReport::toJson(running).value(u"result"_s).toString(), u"in-progress"_s);
    // The test stage never started: said so, no steps.
    EXPECT_FALSE(running.stage(StageKind::Test).record);
    EXPECT_TRUE(running.stage(StageKind::Test).steps.isEmpty());
    EXPECT_TRUE(HtmlReport::render(running).contains(u"has not started"_s));
}

TEST_F(RunReportTest, JournalTextIsEscapedEverywhere)
{
    const QString evil = u"<script>alert('x')</script><img src=x onerror=alert(1)>&\"'"_s;
    {
        Profile profile = test::exampleProfile();
        profile.name = evil;
        ReportJournal j(runDir(), profile);
        j.startStage(StageKind::Preparation);
        j.step(u"preparation.preflight"_s, StepState::Failed, evil, evil);
        j.endStage(StageKind::Preparation, StageState::Failed, evil);
        ASSERT_TRUE(j.journal->addAnswer({u"q"_s, evil, evil, u"option"_s, {}, {}, {}}));
        ASSERT_TRUE(j.journal->addGate(
                {u"<gate>"_s, StageKind::Preparation, evil, u"refused\"><b>"_s, evil, {}, {}, {}}));
        RunCompileResult compile;
        compile.errors.append({evil, 1, 2, evil, evil});
        ASSERT_TRUE(j.journal->setValue(RunValues::compileResultKey(StageKind::Preparation),
                                        RunValues::toJson(compile)));
        ASSERT_TRUE(j.journal->setValue(
                RunValues::integrationResultsKey(StageKind::Test),
                RunValues::toJson(QList<IntegrationResult>{{evil, 1, 1, 1, evil}})));
        Artifact a;
        a.kind = evil;
        a.path = evil;
        a.sha256 = evil;
        ASSERT_GT(j.journal->addArtifact(a), 0);
    }
    const RunReport report = load();
    EXPECT_EQ(report.result, RunResult::Failed);
    for (auto flavor : {HtmlReport::Flavor::Browser, HtmlReport::Flavor::Print}) {
        const QString html = HtmlReport::render(report, flavor);
        EXPECT_FALSE(html.contains(u"<script"_s, Qt::CaseInsensitive));
        EXPECT_FALSE(html.contains(u"<img"_s, Qt::CaseInsensitive));
        EXPECT_FALSE(html.contains(u"<gate>"_s));
        EXPECT_FALSE(html.contains(u"<b>\"'"_s));
        EXPECT_TRUE(html.contains(u"refused&quot;&gt;&lt;b&gt;"_s));
        EXPECT_TRUE(html.contains(u"&lt;script&gt;alert('x')&lt;/script&gt;"_s));
        // Self-contained: nothing is fetched from anywhere.
        EXPECT_FALSE(html.contains(u"<link"_s));
        EXPECT_FALSE(html.contains(QRegularExpression(u"<[a-z]+[^>]*\\s(src|href)="_s)));
        EXPECT_FALSE(html.contains(u"@import"_s));
        EXPECT_FALSE(html.contains(u"url("_s));
        // Every class attribute holds only our own names.
        static const QRegularExpression classes(u"class=\"([^\"]*)\""_s);
        for (auto it = classes.globalMatch(html); it.hasNext();)
            EXPECT_TRUE(
                    QRegularExpression(u"^[a-z0-9 -]*$"_s).match(it.next().captured(1)).hasMatch());
    }
}

TEST_F(RunReportTest, HtmlFollowsTheLanguage)
{
    {
        ReportJournal j(runDir());
        j.passStage(StageKind::Preparation);
    }
    Translations::install(u"ru"_s);
    const QString ru = HtmlReport::render(load());
    EXPECT_TRUE(ru.contains(u"lang=\"ru\""_s));
    EXPECT_TRUE(ru.contains(u"Отчёт об обновлении"_s)) << ru.left(2000).toStdString();
    EXPECT_TRUE(ru.contains(u"Этапы и шаги"_s));
    EXPECT_FALSE(ru.contains(u"Stages and steps"_s));
    Translations::install(u"en"_s);
    const QString en = HtmlReport::render(load());
    EXPECT_TRUE(en.contains(u"Stages and steps"_s));
}

TEST_F(RunReportTest, DamagedJournalIsRefusedAndLeftAlone)
{
    ASSERT_TRUE(QDir().mkpath(runDir()));
    QFile f(Journal::filePath(runDir()));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    const QByteArray garbage = QByteArray("SQLite format 3") + QByteArray(5000, '\x7f');
    f.write(garbage);
    f.close();
    QString error;
    EXPECT_FALSE(RunReport::load(runDir(), &error));
    EXPECT_FALSE(error.isEmpty());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), garbage);
    EXPECT_FALSE(RunReport::load(dir.filePath(u"nothing-here"_s), &error));
}

TEST_F(RunReportTest, WriterFormatsAndPdfWithoutRenderer)
{
    {
        ReportJournal j(runDir());
        j.passStage(StageKind::Preparation);
    }
    const RunReport report = load();
    EXPECT_EQ(ReportWriter::formatFromString(u"PDF"_s), ReportFormat::Pdf);
    EXPECT_EQ(ReportWriter::formatOfFile(u"/x/r.htm"_s), ReportFormat::Html);
    EXPECT_FALSE(ReportWriter::formatFromString(u"docx"_s));
    QString error;
    const QString json = dir.filePath(u"out/sub/r.json"_s);
    ASSERT_TRUE(ReportWriter::write(report, ReportFormat::Json, json, &error))
            << error.toStdString();
    QFile f(json);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(f.readAll()).object().value(u"result"_s), u"in-progress"_s);

    PdfRenderer::install(nullptr);
    EXPECT_FALSE(ReportWriter::write(report, ReportFormat::Pdf, dir.filePath(u"r.pdf"_s), &error));
    EXPECT_TRUE(error.contains(u"PDF"_s));
    EXPECT_FALSE(QFile::exists(dir.filePath(u"r.pdf"_s)));

    // An installed renderer gets the print variant of the HTML and the title.
    class Recorder : public PdfRenderer
    {
    public:
        mutable QString html, title;
        bool render(const QString &h, const QString &t, QIODevice &device, QString *) const override
        {
            html = h;
            title = t;
            return device.write("%PDF-1.4 fake") > 0;
        }
    };
    auto recorder = std::make_shared<Recorder>();
    PdfRenderer::install(recorder);
    ASSERT_TRUE(ReportWriter::write(report, ReportFormat::Pdf, dir.filePath(u"r.pdf"_s), &error));
    PdfRenderer::install(nullptr);
    EXPECT_TRUE(recorder->html.contains(u"border=\"1\""_s));
    EXPECT_FALSE(recorder->html.contains(u"<details>"_s));
    EXPECT_TRUE(recorder->title.startsWith(u"Upgrade report"_s));
    EXPECT_TRUE(QFile::exists(dir.filePath(u"r.pdf"_s)));
    EXPECT_FALSE(
            ReportWriter::write(report, ReportFormat::Json, u"/proc/no/such/r.json"_s, &error));
    EXPECT_TRUE(error.contains(u"r.json"_s));
}

TEST(RunValues, RoundTripAndHostileJson)
{
    RunCompileResult compile;
    compile.errors.append({u"a.cs"_s, 3, 4, u"CS1"_s, u"bad"_s});
    const auto back = RunValues::compileResultFromJson(RunValues::toJson(compile));
    ASSERT_TRUE(back);
    ASSERT_EQ(back->errors.size(), 1);
    EXPECT_EQ(back->errors[0].file, u"a.cs"_s);
    EXPECT_EQ(back->errors[0].line, 3);
    EXPECT_EQ(back->errors[0].column, 4);
    EXPECT_EQ(back->errors[0].code, u"CS1"_s);
    EXPECT_EQ(back->errors[0].text, u"bad"_s);

    const QList<IntegrationResult> results{{u"A"_s, 5000000000, 2, 3, u"m"_s}};
    const auto ir = RunValues::integrationResultsFromJson(RunValues::toJson(results));
    ASSERT_TRUE(ir && ir->size() == 1);
    EXPECT_EQ((*ir)[0].records, 5000000000);
    EXPECT_EQ((*ir)[0].duplicates, 3);
    EXPECT_FALSE((*ir)[0].passed());
    EXPECT_EQ(RunValues::toJson(results)[0].toObject().keys(),
              (QStringList{u"duplicates"_s, u"errors"_s, u"message"_s, u"name"_s, u"records"_s}));

    EXPECT_EQ(RunValues::integrationResultsKey(StageKind::Test), u"integration.results.test"_s);
    EXPECT_EQ(RunValues::compileResultKey(StageKind::Preparation), u"compile.result.preparation"_s);
    EXPECT_EQ(RunValues::deduplicationObjectsKey(StageKind::Production),
              u"deduplication.objects.production"_s);
    EXPECT_EQ(RunValues::installedPackagesKey(StageKind::Test), u"package.installed.test"_s);
    EXPECT_EQ(RunValues::packageArchiveKey(), u"package.archive"_s);

    // Whatever is in the journal, reading never fails badly.
    EXPECT_FALSE(RunValues::compileResultFromJson(QJsonValue()));
    EXPECT_FALSE(RunValues::compileResultFromJson(QJsonArray{1}));
    EXPECT_FALSE(RunValues::integrationResultsFromJson(QJsonObject{}));
    const auto odd =
            RunValues::integrationResultsFromJson(QJsonArray{1, u"x"_s,
                                                             QJsonObject{{u"name"_s, 7},
                                                                         {u"records"_s, u"12"_s},
                                                                         {u"errors"_s, true},
                                                                         {u"duplicates"_s, 1.0}}});
    ASSERT_TRUE(odd);
    ASSERT_EQ(odd->size(), 1);
    EXPECT_EQ((*odd)[0].name, u"7"_s);
    EXPECT_EQ((*odd)[0].records, 12);
    EXPECT_EQ((*odd)[0].errors, 0);
    EXPECT_EQ((*odd)[0].duplicates, 1);
    const auto dedup = RunValues::deduplicationObjectsFromJson(
            QJsonArray{QJsonObject{{u"name"_s, u"A"_s}, {u"flagSet"_s, true}}, QJsonValue()});
    ASSERT_TRUE(dedup && dedup->size() == 1);
    EXPECT_TRUE((*dedup)[0].flagSet);
    const auto archive = RunValues::packageArchiveFromJson(
            QJsonObject{{u"packages"_s, QJsonArray{QJsonObject{{u"name"_s, u"P"_s}}, 5}}});
    ASSERT_TRUE(archive && archive->packages.size() == 1);
    EXPECT_TRUE(archive->packages[0].version.isEmpty());
}
