#include "Gates.h"

#include "Context.h"
#include "IdentityProvider.h"
#include "Journal.h"
#include "Plan.h"
#include "Step.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace upgrade {

QString Gates::testStagePassedGate()
{
    return u"test-stage-passed"_s;
}

QString Gates::productionStartGate()
{
    return u"production-start"_s;
}

QString Gates::verifiedBackupGate()
{
    return u"verified-backup"_s;
}

QString Gates::targetIdentityGate()
{
    return u"target-identity"_s;
}

bool Gates::allPassed(const QList<GateRecord> &records)
{
    for (const GateRecord &r : records)
        if (r.decision != u"passed"_s)
            return false;
    return true;
}

GateRecord Gates::testStagePassed(const Journal &journal, const QString &packageSha256)
{
    GateRecord gate;
    gate.gate = testStagePassedGate();
    gate.stage = StageKind::Production;
    const std::optional<StageRecord> test = journal.stage(StageKind::Test);
    gate.details = {{u"packageSha256"_s, packageSha256},
                    {u"testState"_s, test ? toString(test->state) : u"pending"_s},
                    {u"testPackageSha256"_s, test ? test->packageSha256 : QString()}};
    if (!test || test->state != StageState::Passed) {
        gate.decision = u"refused"_s;
        gate.reason = tr("The test stage has not passed in this run (it is %1). Run the test "
                         "stage first: run --stage test.")
                              .arg(test ? toString(test->state) : u"pending"_s);
    } else if (test->packageSha256.isEmpty() || test->packageSha256 != packageSha256) {
        gate.decision = u"refused"_s;
        gate.reason = tr("The test stage passed with another package archive (sha256 %1; now "
                         "%2). Test this archive first.")
                              .arg(test->packageSha256.left(12), packageSha256.left(12));
    } else {
        gate.decision = u"passed"_s;
    }
    return gate;
}

QList<GateRecord> Gates::destructiveStep(const Step &step, Context &context, Progress &progress)
{
    QList<GateRecord> records;
    const StepTarget target = step.target();
    auto record = [&](const QString &name, bool passed, const QString &reason,
                      const QJsonObject &details) {
        records.append({name,
                        context.stage(),
                        step.id(),
                        passed ? u"passed"_s : u"refused"_s,
                        reason,
                        details,
                        {},
                        {}});
    };

    // 1. A verified backup of this run for everything the step depends on.
    QList<Artifact> backups;
    bool backupsOk = true;
    for (const ArtifactSpec &need : step.backupsNeeded()) {
        const std::optional<Artifact> backup = context.verifiedArtifact(need);
        const QJsonObject details{{u"kind"_s, need.kind},
                                  {u"environment"_s, toString(need.environment)},
                                  {u"artifact"_s, backup ? backup->id : 0}};
        if (!backup) {
            backupsOk = false;
            record(verifiedBackupGate(), false,
                   tr("The step %1 changes %2, but this run has no verified %3 of %4. Take and "
                      "verify the backup first; nothing was changed.")
                           .arg(step.title(), Plan::describeTarget(target, context.profile()),
                                need.kind, toString(need.environment)),
                   details);
        } else {
            backups.append(*backup);
            record(verifiedBackupGate(), true, {}, details);
        }
    }
    if (!backupsOk)
        return records;

    // 2. Who the target is, right now.
    IdentityProvider *provider = context.service<IdentityProvider>();
    const TargetIdentity expected = TargetIdentity::expected(context.profile(), target.environment);
    QJsonObject details{{u"environment"_s, toString(target.environment)},
                        {u"expected"_s, expected.toJson()}};
    if (!provider) {
        record(targetIdentityGate(), false,
               tr("The target of %1 cannot be identified (no identity check is available), so "
                  "it is not changed.")
                       .arg(step.title()),
               details);
        return records;
    }
    QString error;
    const std::optional<TargetIdentity> actual =
            provider->identify(target.environment, progress, &error);
    if (!actual) {
        record(targetIdentityGate(), false,
               tr("The target of %1 could not be identified: %2. Nothing was changed.")
                       .arg(step.title(), error),
               details);
        return records;
    }
    details.insert(u"actual"_s, actual->toJson());
    QStringList problems;
    if (const QString m = expected.mismatch(*actual); !m.isEmpty())
        problems << m;
    for (const Artifact &backup : backups) {
        if (backup.environment != target.environment)
            continue;
        // A cloud provider's backup has no database fingerprint here: it is of the site.
        if (backup.kind == QString::fromUtf16(ArtifactKind::ProviderBackup)) {
            if (backup.source.siteUrl != actual->siteUrl)
                problems << tr("the site is %1, the provider's backup is of %2")
                                    .arg(actual->siteUrl, backup.source.siteUrl);
        } else if (const QString m = backup.source.fingerprintMismatch(*actual); !m.isEmpty()) {
            problems << m;
        }
    }
    if (!problems.isEmpty()) {
        record(targetIdentityGate(), false,
               tr("The target of %1 is not the one in the profile and the backup: %2. Nothing "
                  "was changed; check the profile and which server you are connected to.")
                       .arg(step.title(), problems.join(u"; "_s)),
               details);
        return records;
    }
    record(targetIdentityGate(), true, {}, details);
    return records;
}

} // namespace upgrade
