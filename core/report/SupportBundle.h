#pragma once

#include "util/Progress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace upgrade {

/// The support bundle of a run: one zip a support engineer can read without access to the
/// customer's systems (docs/report.md, "Support bundle"):
///
///   manifest.json       what is inside, when and by which program it was made
///   report.json         JsonReport of the run
///   report.html         HtmlReport of the run
///   profile.json        the run's profile as the journal keeps it, re-serialised
///   journal.sqlite      a consistent copy of the journal (SQLite VACUUM INTO — never the
///                       live file), every text in it passed through the Redactor again,
///                       written with secure_delete and vacuumed so no old text remains
///   logs/<file>         the program's log files of the time of the run (log folder)
///   run/<path>          *.log files inside the run folder (tool logs of the steps)
///
/// Every text entry goes through the Redactor on the way into the zip, so a secret known to
/// the Redactor (SecretStore::get() registers each one it reads) appears nowhere in the bundle,
/// even if an older program version let it into a log. Backups are never included.
/// Synchronous, for a worker thread or the CLI; reports progress, honours cancel. Stateless.
class SupportBundle
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::SupportBundle)
public:
    struct Options
    {
        QString logDirectory;      ///< empty: AppPaths::logDir()
        QStringList extraLogFiles; ///< e.g. the wizard's Log::filePath()
    };

    /// Writes the bundle of the run in `runDirectory` to `zipPath` (replaced if it exists; a
    /// partial file never stays behind). False and a translated reason; `entries` gets the
    /// names written.
    static bool create(const QString &runDirectory, const QString &zipPath, const Options &options,
                       Progress &progress, QString *error, QStringList *entries = nullptr);

    /// "bpmsoft-upgrade-support-<run id>.zip".
    static QString defaultFileName(const QString &runId);

    /// A consistent, redacted, single-file copy of the journal of `runDirectory` at `target`
    /// (which must not exist). The live journal is only read.
    static bool copyJournal(const QString &runDirectory, const QString &target, QString *error);

    /// The program's log files in `logDirectory` written while the run was going on: a file
    /// whose name says it was started (bpmsoft-upgrade-yyyyMMdd-HHmmss-PID.log) no later than
    /// `until` and that was last written no earlier than `since` (one minute of slack on each
    /// side). Rotated files (name.1.log) count too.
    static QStringList logFilesOfRun(const QString &logDirectory, const QDateTime &since,
                                     const QDateTime &until);
};

} // namespace upgrade
