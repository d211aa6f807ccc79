#include "ReportActions.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

std::optional<QString> PlaceholderReportActions::reportFile(const QString &runDirectory,
                                                            QString *error)
{
    for (const QString &name : {u"report.html"_s, u"report.pdf"_s, u"report.json"_s}) {
        const QString path = QDir(runDirectory).filePath(name);
        if (QFileInfo(path).isFile())
            return path;
    }
    *error = tr("This run has no report yet: it is written at the end of the production stage. "
                "The journal and the log are in the run folder %1.")
                     .arg(QDir::toNativeSeparators(runDirectory));
    return std::nullopt;
}

bool PlaceholderReportActions::saveSupportBundle(const QString &runDirectory, const QString &,
                                                 Progress &, QString *error)
{
    *error = tr("This version cannot pack the support bundle yet. Send the run folder %1 (it "
                "holds no passwords) to support instead.")
                     .arg(QDir::toNativeSeparators(runDirectory));
    return false;
}

} // namespace upgrade::wizard
