#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace upgrade {
class Progress;
}

namespace upgrade::wizard {

/// What the Finish page's buttons call: the run's report and its support bundle. The real
/// implementation comes with core/report (issue 7) and is wired in app/wizard/main.cpp.
/// Both are called on a worker thread, synchronously.
class ReportActions
{
public:
    virtual ~ReportActions() = default;
    /// The report file of the run (HTML preferred), or nullopt and a translated reason.
    virtual std::optional<QString> reportFile(const QString &runDirectory, QString *error) = 0;
    /// Writes the support bundle of the run (journal, logs, report; no secrets) to
    /// `targetFile`; false and a translated reason on failure.
    virtual bool saveSupportBundle(const QString &runDirectory, const QString &targetFile,
                                   Progress &progress, QString *error) = 0;
};

/// Until core/report exists: finds a report the steps wrote into the run folder
/// (report.html, report.pdf, report.json) and says that the support bundle is not available.
class PlaceholderReportActions : public ReportActions
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::wizard::PlaceholderReportActions)
public:
    std::optional<QString> reportFile(const QString &runDirectory, QString *error) override;
    bool saveSupportBundle(const QString &runDirectory, const QString &targetFile,
                           Progress &progress, QString *error) override;
};

} // namespace upgrade::wizard
