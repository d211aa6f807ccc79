#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QString>

namespace upgrade::cli {

/// What `run`, `resume` and `rollback` do when a stage ends, whatever its outcome: write the
/// run's reports into the run folder (ReportWriter::writeRunReports: report.json, report.html)
/// and say so — a line per file, or one `{"event": "reports", "files": [...], "error": "..."}`
/// line with --json. A report that cannot be written is reported, never fatal. Main thread.
class StageReports
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::cli::StageReports)
public:
    static void write(CliContext &context, const QString &runDirectory, bool json);
};

} // namespace upgrade::cli
