#include "RunReports.h"

#include "BackgroundTask.h"

#include "report/PdfRenderer.h"
#include "report/ReportWriter.h"
#include "report/RunReport.h"
#include "util/Log.h"

#include <QFileInfo>

#include <optional>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

namespace {

/// What the worker part of a pass hands to the main thread.
struct Pass
{
    std::optional<RunReport> report;
    QStringList files;
    QStringList problems;
};

} // namespace

RunReports::RunReports(QObject *parent)
    : QObject(parent)
{}

void RunReports::write(const QString &runDirectory)
{
    if (runDirectory.isEmpty())
        return;
    if (m_writing) {
        m_pending = runDirectory;
        return;
    }
    startPass(runDirectory);
}

void RunReports::startPass(const QString &runDirectory)
{
    m_writing = true;
    runInBackground(
            this,
            [runDirectory] {
                Pass pass;
                QString reason;
                pass.report = RunReport::load(runDirectory, &reason);
                if (!pass.report) {
                    pass.problems << reason;
                    return pass;
                }
                for (const ReportFormat format : {ReportFormat::Json, ReportFormat::Html}) {
                    const QString path = ReportWriter::runReportFile(runDirectory, format);
                    if (ReportWriter::write(*pass.report, format, path, &reason))
                        pass.files << path;
                    else
                        pass.problems << reason;
                }
                return pass;
            },
            [this, runDirectory](Pass pass) {
                if (!pass.report || !PdfRenderer::installed()) {
                    finishPass(runDirectory, pass.files, pass.problems.join(u'\n'));
                    return;
                }
                // The PDF layout needs the GUI thread (QtPdfRenderer); the file is written on a
                // worker again.
                QString reason;
                const std::optional<QByteArray> pdf =
                        ReportWriter::render(*pass.report, ReportFormat::Pdf, &reason);
                if (!pdf) {
                    pass.problems << reason;
                    finishPass(runDirectory, pass.files, pass.problems.join(u'\n'));
                    return;
                }
                const QString path = ReportWriter::runReportFile(runDirectory, ReportFormat::Pdf);
                runInBackground(
                        this,
                        [bytes = *pdf, path] {
                            QString error;
                            ReportWriter::writeFile(bytes, path, &error);
                            return error;
                        },
                        [this, runDirectory, path, pass](const QString &error) mutable {
                            if (error.isEmpty())
                                pass.files << path;
                            else
                                pass.problems << error;
                            finishPass(runDirectory, pass.files, pass.problems.join(u'\n'));
                        });
            });
}

void RunReports::finishPass(const QString &runDirectory, const QStringList &files,
                            const QString &error)
{
    m_writing = false;
    m_lastDirectory = runDirectory;
    m_files = files;
    m_error = error;
    if (error.isEmpty())
        logInfo(u"wizard: reports written: %1"_s.arg(files.join(u", "_s)));
    else
        logWarning(
                u"wizard: the reports of %1 were not all written: %2"_s.arg(runDirectory, error));
    emit written(runDirectory);
    if (!m_pending.isEmpty()) {
        const QString next = std::exchange(m_pending, QString());
        startPass(next);
    }
}

void RunReports::showSample(const QString &runDirectory, const QStringList &files)
{
    m_lastDirectory = runDirectory;
    m_files = files;
    m_error.clear();
    emit written(runDirectory);
}

QString RunReports::fileEndingIn(const QString &suffix) const
{
    for (const QString &file : m_files)
        if (QFileInfo(file).suffix() == suffix)
            return file;
    return {};
}

QString RunReports::htmlFile() const
{
    return fileEndingIn(u"html"_s);
}

QString RunReports::pdfFile() const
{
    return fileEndingIn(u"pdf"_s);
}

} // namespace upgrade::wizard
