#include "ProcedureStepFactory.h"

#include "PendingStep.h"

using namespace Qt::StringLiterals;

namespace upgrade {

QString ProcedureStepFactory::factoryName()
{
    return u"upgrade"_s;
}

Stage ProcedureStepFactory::stage(StageKind kind, const Profile &) const
{
    const auto prod = EnvironmentKind::Production;
    const auto test = EnvironmentKind::Test;
    const QString db = QString::fromUtf16(ArtifactKind::DatabaseBackup);
    const QString ib = QString::fromUtf16(ArtifactKind::InfobaseBackup);
    const ArtifactSpec prodDb{db, prod}, prodIb{ib, prod}, testIb{ib, test};
    using T = StepTarget;
    auto step = [](PendingStep::Description d) {
        return std::make_shared<PendingStep>(std::move(d));
    };

    Stage stage;
    stage.kind = kind;
    switch (kind) {
    case StageKind::Preparation:
        stage.steps = {
                step({u"preparation.preflight"_s,
                      tr("Check versions, the package, disk space and connections"),
                      {prod, T::Site | T::Database | T::Infobase},
                      false,
                      {},
                      {}}),
                step({u"preparation.generate-sources"_s,
                      tr("Generate the source code for all items"),
                      {prod, T::Site},
                      false,
                      {},
                      {}}),
                step({u"preparation.compile-all"_s,
                      tr("Compile all"),
                      {prod, T::Site},
                      false,
                      {},
                      {}}),
        };
        break;
    case StageKind::Test:
        stage.steps = {
                step({u"test.backup-production-database"_s,
                      tr("Back up the production database (copy-only, verified)"),
                      {prod, T::Database},
                      false,
                      {},
                      {prodDb}}),
                step({u"test.restore-test-database"_s,
                      tr("Restore it as the test database and make the copy inert"),
                      {test, T::Database},
                      true,
                      {prodDb},
                      {}}),
                step({u"test.create-site"_s,
                      tr("Create the test site"),
                      {test, T::Site | T::Files},
                      false,
                      {},
                      {}}),
                step({u"test.backup-infobase"_s,
                      tr("Back up the test 1C infobase"),
                      {test, T::Infobase},
                      false,
                      {},
                      {testIb}}),
                step({u"test.install-package"_s,
                      tr("Install the package on the test site"),
                      {test, T::Site | T::Database},
                      true,
                      {prodDb},
                      {}}),
                step({u"test.verify"_s,
                      tr("Clear the mapping table, set the deduplication flags, run the "
                         "integration"),
                      {test, T::Site | T::Database | T::Infobase},
                      true,
                      {prodDb, testIb},
                      {}}),
        };
        break;
    case StageKind::Production:
        stage.steps = {
                step({u"production.backup"_s,
                      tr("Back up the production database and 1C infobase (verified)"),
                      {prod, T::Database | T::Infobase},
                      false,
                      {},
                      {prodDb, prodIb}}),
                step({u"production.install-package"_s,
                      tr("Install the package on production"),
                      {prod, T::Site | T::Database},
                      true,
                      {prodDb, prodIb},
                      {}}),
                step({u"production.verify"_s,
                      tr("Clear the mapping table, set the deduplication flags, run the "
                         "integration"),
                      {prod, T::Site | T::Database | T::Infobase},
                      true,
                      {prodDb, prodIb},
                      {}}),
                step({u"production.report"_s,
                      tr("Write the report"),
                      {prod, T::Files},
                      false,
                      {},
                      {}}),
        };
        stage.rollbackSteps = {
                step({u"production.rollback"_s,
                      tr("Restore the production database and 1C infobase from this run's backups"),
                      {prod, T::Site | T::Database | T::Infobase},
                      true,
                      {prodDb, prodIb},
                      {}}),
        };
        break;
    }
    return stage;
}

} // namespace upgrade
