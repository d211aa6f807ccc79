#include "StageReports.h"

#include "report/ReportWriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace upgrade::cli {

void StageReports::write(CliContext &context, const QString &runDirectory, bool json)
{
    QString error;
    const QStringList files = ReportWriter::writeRunReports(runDirectory, &error);
    if (json) {
        context.out << QJsonDocument(QJsonObject{{u"event"_s, u"reports"_s},
                                                 {u"files"_s, QJsonArray::fromStringList(files)},
                                                 {u"error"_s, error}})
                               .toJson(QJsonDocument::Compact)
                    << Qt::endl;
        return;
    }
    for (const QString &file : files)
        context.out << tr("Report written: %1").arg(QDir::toNativeSeparators(file)) << Qt::endl;
    if (!error.isEmpty())
        context.err << tr("The report could not be written: %1").arg(error) << Qt::endl;
}

} // namespace upgrade::cli
