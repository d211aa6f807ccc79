#pragma once

#include "RunSnapshot.h"
#include "WizardServices.h"

#include <QObject>
#include <QString>

#include <optional>

namespace upgrade::wizard {

/// The Finish page: how the run ended (upgraded, rolled back, stopped), each stage's outcome,
/// the backups taken, where the run's files are — read from the journal in the background —
/// and the buttons "Open the report" and "Save the support bundle" through ReportActions.
/// Main thread.
class FinishViewModel : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Unknown, Upgraded, RolledBack, RollbackFailed, Stopped };
    Q_ENUM(Outcome)

    explicit FinishViewModel(WizardServices services, QObject *parent = nullptr);

    void load(const QString &runDirectory);
    bool isLoading() const { return m_loading; }
    QString error() const { return m_error; }
    const std::optional<RunSnapshot> &snapshot() const { return m_snapshot; }

    Outcome outcome() const;
    /// One translated sentence for the page's title area.
    QString headline() const;
    /// "Test site: passed — …" per stage that ran, translated.
    QStringList stageLines() const;
    /// The verified backups of the run, described (kind, where from, file, size).
    QStringList backupLines() const;
    QString runDirectory() const { return m_runDirectory; }

    /// Finds the report (background); reportReady() or actionFailed() follows.
    void openReport();
    /// Writes the support bundle (background); actionFinished() follows.
    void saveSupportBundle(const QString &targetFile);
    bool isBusy() const { return m_busy; }

    /// For the screenshot tour.
    void showSample(const RunSnapshot &snapshot);

signals:
    void changed();
    void reportReady(const QString &path);
    void actionFinished(bool ok, const QString &message);

private:
    WizardServices m_services;
    QString m_runDirectory;
    bool m_loading = false;
    bool m_busy = false;
    QString m_error;
    std::optional<RunSnapshot> m_snapshot;
};

} // namespace upgrade::wizard
