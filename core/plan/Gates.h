#pragma once

#include "JournalRecords.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace upgrade {

class Context;
class Journal;
class Progress;
class Step;

/// The safety gates of DESIGN.md §2 ("Safety rules"), as functions the Runner calls; each
/// returns the decisions to record in the journal. Stateless; call on the worker thread.
class Gates
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::Gates)
public:
    /// Gate names, as recorded in the journal.
    static QString testStagePassedGate(); ///< "test-stage-passed"
    static QString productionStartGate(); ///< "production-start"
    static QString verifiedBackupGate();  ///< "verified-backup"
    static QString targetIdentityGate();  ///< "target-identity"

    /// Production may start only when the test stage of this run passed for the same package
    /// archive (sha256). A GateRecord with decision "passed" or "refused" (and the reason).
    static GateRecord testStagePassed(const Journal &journal, const QString &packageSha256);

    /// Before a destructive step: a verified backup of this run for every backupsNeeded(),
    /// and the target's identity — taken now, through the IdentityProvider service — matching
    /// the profile and the source identity of the backups of the same environment. Returns
    /// one record per check; the step may run only when all say "passed".
    static QList<GateRecord> destructiveStep(const Step &step, Context &context,
                                             Progress &progress);
    static bool allPassed(const QList<GateRecord> &records);
};

} // namespace upgrade
