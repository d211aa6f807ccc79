#pragma once

#include "Artifact.h"
#include "JournalRecords.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace upgrade {

struct Stage;

/// The record of one upgrade run: one SQLite file `journal.sqlite` in the run's folder (WAL,
/// synchronous=FULL, so every recorded state survives a killed process or a power cut): the run,
/// stage and step states with every transition, artifacts, answers and gate decisions, and
/// values steps keep for later steps and reports. All text passes through the Redactor.
///
/// Opening checks before it writes anything: the file must be an SQLite file of the expected
/// size, pass `PRAGMA quick_check` read-only, and carry a schema version this program knows;
/// otherwise open() gives a translated error and the file is left exactly as it was (never
/// "repaired").
///
/// Threading: a Journal has its own named QtSql connection and must be used only on the thread
/// that opened it. Several Journals (threads, processes) may open the same file; WAL lets one
/// write while others read.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::Journal)
public:
    static constexpr int SchemaVersion = 1;
    static QString fileName(); ///< "journal.sqlite"
    static QString filePath(const QString &runDirectory);
    static bool exists(const QString &runDirectory);

    enum class Mode { ReadOnly, ReadWrite };

    /// Creates the folder and a new journal in it; fails when one is there already.
    static std::unique_ptr<Journal> create(const QString &runDirectory, const RunInfo &run,
                                           QString *error);
    /// Opens an existing journal (checks first, see above).
    static std::unique_ptr<Journal> open(const QString &runDirectory, Mode mode, QString *error);

    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    QString runDirectory() const { return m_directory; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    /// The last database error, raw (for details); empty when none.
    QString lastError() const { return m_lastError; }

    RunInfo run() const;

    // --- stages and steps ---
    std::optional<StageRecord> stage(StageKind stage) const;
    QList<StageRecord> stages() const;
    /// Sets a stage's state (creating its row), records the transition; `packageSha256` is
    /// stored when not empty. Running sets startedAt; passed/failed/... set finishedAt.
    bool setStageState(StageKind stage, StageState state, const QString &message = {},
                       const QString &packageSha256 = {});
    /// Adds pending rows for the stage's steps (and rollback steps) that are not there yet.
    bool registerSteps(const Stage &stage);
    std::optional<StepRecord> step(const QString &stepId) const;
    QList<StepRecord> steps(std::optional<StageKind> stage = std::nullopt) const;
    /// Sets a step's state and records the transition. Running counts an attempt.
    bool setStepState(const QString &stepId, StepState state, const QString &message = {},
                      const QString &details = {});
    /// What resuming does first: every running step and stage becomes interrupted (recorded).
    /// Returns the ids of the interrupted steps.
    QStringList markInterrupted();
    QList<TransitionRecord> transitions(const QString &stepId = {}) const;

    // --- artifacts ---
    /// Records an artifact; its id, or 0 on failure.
    qint64 addArtifact(const Artifact &artifact);
    bool setArtifactVerified(qint64 id, bool verified, const QString &sha256 = {});
    QList<Artifact> artifacts(const QString &kind = {}) const;

    // --- answers, gates, values ---
    bool addAnswer(const AnswerRecord &answer);
    QList<AnswerRecord> answers() const;
    bool addGate(const GateRecord &gate);
    QList<GateRecord> gates() const;
    bool setValue(const QString &key, const QJsonValue &value);
    QJsonValue value(const QString &key) const;

    /// The user running this process, for answers and gate decisions.
    static QString osUser();

private:
    Journal(QString directory, Mode mode);
    bool openConnection(bool readOnly, QString *error, bool immutable = false);
    bool createSchema(const RunInfo &run, QString *error);
    bool exec(const QString &sql);
    bool fail(const QString &what, const QString &raw);

    QString m_directory;
    Mode m_mode;
    QString m_connectionName;
    QString m_lastError;
};

} // namespace upgrade
