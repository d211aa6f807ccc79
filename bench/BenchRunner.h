#pragma once

#include "BenchOptions.h"
#include "BenchPostgres.h"
#include "ResultTable.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace upgrade::bench {

/// Runs the benchmarks of issue 9 in order — generate the database, (a)+(b) backup and
/// restore, (c) clearing SmrSyncHistory, (d) uploading an archive, (e) the wizard — each side
/// by side with its baseline and repeated, then prints the table and writes the Markdown
/// report. Progress goes to standard error. Runs on the main thread; not thread-safe.
class BenchRunner
{
public:
    BenchRunner(BenchOptions options, BenchPostgres server);
    /// 0 when every measurement that could run ran; 1 when one failed.
    int run();

private:
    bool generate();
    void measureBackupRestore();
    void measureSyncHistory();
    void measureUpload();
    void measureWizard();
    QString report() const;
    void say(const QString &line) const;
    QString workDir() const;
    QString sandboxExecutable() const;

    BenchOptions m_options;
    BenchPostgres m_server;
    ResultTable m_table;
    QString m_database = QStringLiteral("bpmsoft_bench");
    QDateTime m_started;
    QStringList m_facts;   ///< "- database: ..." lines of the report's header
    QStringList m_details; ///< Markdown paragraphs after the table
    QStringList m_failures;
    QString m_tempDir;
};

} // namespace upgrade::bench
