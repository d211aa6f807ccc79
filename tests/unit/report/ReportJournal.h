#pragma once

// Builds run journals for the report tests with the real Journal API: the example profile, the
// real procedure's plan ("upgrade" factory), stages and steps moved through their states,
// artifacts, values, answers and gates.

#include "TestEnvironment.h"

#include "plan/Journal.h"
#include "plan/Plan.h"
#include "plan/ProcedureStepFactory.h"
#include "profile/Profile.h"
#include "report/RunValues.h"

#include <QDir>

#include <gtest/gtest.h>

namespace upgrade::test {

inline Profile exampleProfile()
{
    const QString path =
            TestEnvironment::sourceDir() + QStringLiteral("/resources/profiles/example.json");
    Profile::LoadResult loaded = Profile::load(path);
    EXPECT_TRUE(loaded.profile.has_value());
    return loaded.profile.value_or(Profile{});
}

/// A journal being written, as a run would.
class ReportJournal
{
public:
    explicit ReportJournal(const QString &runDirectory, Profile profile = exampleProfile())
        : m_profile(std::move(profile))
        , m_plan(Plan::build(m_profile, ProcedureStepFactory()))
    {
        RunInfo run;
        run.runId = QStringLiteral("20240601-200000-abcd");
        run.profilePath = QStringLiteral("/profiles/customer.json");
        run.profile = m_profile.toJson();
        run.factory = ProcedureStepFactory::factoryName();
        run.packageArchive = QStringLiteral("/upgrade/SmrConnector_2.4.0.zip");
        run.programVersion = QStringLiteral("0.1.0");
        QString error;
        journal = Journal::create(runDirectory, run, &error);
        EXPECT_TRUE(journal) << error.toStdString();
    }

    const Plan &plan() const { return m_plan; }

    void startStage(StageKind kind)
    {
        ASSERT_TRUE(journal->registerSteps(m_plan.stage(kind)));
        ASSERT_TRUE(journal->setStageState(kind, StageState::Running, {}, QStringLiteral("ab12")));
    }
    void endStage(StageKind kind, StageState state, const QString &message = {})
    {
        ASSERT_TRUE(journal->setStageState(kind, state, message));
    }
    void step(const QString &id, StepState end, const QString &message = {},
              const QString &details = {})
    {
        ASSERT_TRUE(journal->setStepState(id, StepState::Running));
        ASSERT_TRUE(journal->setStepState(id, end, message, details));
    }
    /// Every step of the stage succeeds.
    void passStage(StageKind kind)
    {
        startStage(kind);
        for (const auto &s : m_plan.stage(kind).steps)
            step(s->id(), StepState::Succeeded);
        endStage(kind, StageState::Passed);
    }
    qint64 backup(const QString &stepId, EnvironmentKind environment, const QString &path,
                  qint64 size, const QString &sha256)
    {
        Artifact a;
        a.kind = QStringLiteral("backup.database");
        a.environment = environment;
        a.path = path;
        a.size = size;
        a.sha256 = sha256;
        a.stepId = stepId;
        a.source = {QStringLiteral("sql01:1433"), QStringLiteral("BPMSoft"),
                    QStringLiteral("https://crm.example.ru"), QStringLiteral("fp-1")};
        const qint64 id = journal->addArtifact(a);
        EXPECT_GT(id, 0);
        EXPECT_TRUE(journal->setArtifactVerified(id, true, sha256));
        return id;
    }

    std::unique_ptr<Journal> journal;

private:
    Profile m_profile;
    Plan m_plan;
};

} // namespace upgrade::test
