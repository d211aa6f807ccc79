#pragma once

#include "RunSnapshot.h"
#include "WizardServices.h"

#include "util/Cancellation.h"

#include <QObject>
#include <QString>

#include <optional>

namespace upgrade::wizard {

class RunReports;
class RunViewModel;

/// The Finish page: how the run ended (upgraded, rolled back, stopped), each stage's outcome,
/// the backups taken, where the run's files are — read from the journal in the background —
/// and its actions: "Open the report" (report.html, written by RunReports when a stage ended;
/// written now when missing), the PDF next to it, and "Save the support bundle"
/// (core/report SupportBundle on a worker thread, with progress; every secret the run could
/// read is registered with the Redactor first, so none is in the zip). Main thread.
class FinishViewModel : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Unknown, Upgraded, RolledBack, RollbackFailed, Stopped };
    Q_ENUM(Outcome)

    FinishViewModel(WizardServices services, RunViewModel *run, RunReports *reports,
                    QObject *parent = nullptr);
    ~FinishViewModel() override;

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

    /// The run's report.html; reportReady() follows (at once, or when the reports are
    /// written), or actionFinished(false, reason).
    void openReport();
    /// The run's report.pdf when one was written for this run; empty otherwise.
    QString pdfFile() const;
    /// The report files of this run are being written.
    bool isWritingReports() const;
    /// Writes the support bundle (background); changed() with bundleFraction() while it works,
    /// then actionFinished().
    void saveSupportBundle(const QString &targetFile);
    /// "bpmsoft-upgrade-support-<run id>.zip".
    QString suggestedBundleName() const;
    bool isBusy() const { return m_busy; }
    /// The bundle's progress 0..1 while it is written; negative otherwise.
    double bundleFraction() const { return m_bundleFraction; }

    /// For the screenshot tour.
    void showSample(const RunSnapshot &snapshot);

signals:
    void changed();
    void reportReady(const QString &path);
    void actionFinished(bool ok, const QString &message);

private:
    void reportsWritten(const QString &runDirectory);

    WizardServices m_services;
    RunViewModel *m_run;
    RunReports *m_reports;
    QString m_runDirectory;
    bool m_loading = false;
    bool m_busy = false;
    bool m_openWhenWritten = false;
    double m_bundleFraction = -1;
    Cancellation m_cancel;
    QString m_error;
    std::optional<RunSnapshot> m_snapshot;
};

} // namespace upgrade::wizard
