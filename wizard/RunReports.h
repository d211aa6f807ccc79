#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace upgrade::wizard {

/// The run's reports in its folder — report.json, report.html and, when a PdfRenderer is
/// installed (app/wizard/main.cpp: QtPdfRenderer), report.pdf — written whenever a run of the
/// Runner ends, as the CLI does after `run`, `resume` and `rollback` (ReportWriter,
/// docs/report.md). The journal is read and JSON and HTML written on a worker thread; the PDF
/// is laid out on this thread (the PdfRenderer needs the GUI thread) from the report read
/// there, and its bytes written on a worker again. A request while a pass runs makes one more
/// pass afterwards (the journal may have changed). A report that cannot be written is logged
/// and said in error(), never fatal. Main thread.
class RunReports : public QObject
{
    Q_OBJECT
public:
    explicit RunReports(QObject *parent = nullptr);

    /// Writes the reports of the run in `runDirectory` (again); written() follows.
    void write(const QString &runDirectory);
    bool isWriting() const { return m_writing; }
    /// The run folder of the last finished pass.
    QString runDirectory() const { return m_lastDirectory; }
    /// The files the last pass wrote (absolute paths).
    QStringList files() const { return m_files; }
    /// The last pass's report.html / report.pdf; empty when it was not written.
    QString htmlFile() const;
    QString pdfFile() const;
    /// The translated reasons of the last pass's failures; empty when all went well.
    QString error() const { return m_error; }

    /// For the screenshot tour: as if a pass had written `files` for `runDirectory`.
    void showSample(const QString &runDirectory, const QStringList &files);

signals:
    /// A pass ended (files() and error() say how); `runDirectory` is its run folder.
    void written(const QString &runDirectory);

private:
    void startPass(const QString &runDirectory);
    void finishPass(const QString &runDirectory, const QStringList &files, const QString &error);
    QString fileEndingIn(const QString &suffix) const;

    bool m_writing = false;
    QString m_pending; ///< a run folder to write again after this pass
    QString m_lastDirectory;
    QStringList m_files;
    QString m_error;
};

} // namespace upgrade::wizard
