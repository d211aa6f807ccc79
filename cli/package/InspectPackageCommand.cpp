#include "InspectPackageCommand.h"

#include "package/PackageArchiveReader.h"
#include "util/ExitCode.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace upgrade::cli {

namespace {

QJsonObject toJson(const PackageInfo &p)
{
    QJsonArray dependsOn;
    for (const PackageDependency &d : p.dependsOn)
        dependsOn.append(
                QJsonObject{{u"name"_s, d.name}, {u"uid"_s, d.uid}, {u"version"_s, d.version}});
    return QJsonObject{
            {u"name"_s, p.name},
            {u"uid"_s, p.uid},
            {u"version"_s, p.version},
            {u"maintainer"_s, p.maintainer},
            {u"dependsOn"_s, dependsOn},
            {u"modifiedOnUtc"_s, p.modifiedOnUtc.isValid()
                                         ? QJsonValue(p.modifiedOnUtc.toString(Qt::ISODate))
                                         : QJsonValue(QJsonValue::Null)},
            {u"file"_s, p.fileName},
            {u"fileCount"_s, p.fileCount},
            {u"compressedSize"_s, p.compressedSize},
            {u"contentSize"_s, p.contentSize},
    };
}

/// Rows of cells as a table with columns padded to their widest cell.
QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        text += u"  "_s + line.trimmed() + u'\n';
    }
    return text;
}

} // namespace

QString InspectPackageCommand::name() const
{
    return u"inspect-package"_s;
}

QString InspectPackageCommand::summary() const
{
    return tr("inspect-package FILE [--json]: check a package archive (.zip or .gz) and list "
              "its packages");
}

int InspectPackageCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption json(u"json"_s, tr("Print the result as one JSON object."));
    const QCommandLineOption help(u"help"_s, tr("Show this help."));
    parser.addOption(json);
    parser.addOption(help);
    parser.addPositionalArgument(u"FILE"_s, tr("The package archive: a .zip of packages or one "
                                               "package .gz."));
    if (!parser.parse(QStringList{name()} + arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return toInt(ExitCode::Done);
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("Give exactly one package archive: %1").arg(summary()) << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const QString file = parser.positionalArguments().first();
    const PackageArchiveReader::Result result = PackageArchiveReader().read(file);

    if (parser.isSet(json)) {
        QJsonObject o{{u"file"_s, file}, {u"valid"_s, result.ok()}};
        if (result.ok()) {
            const PackageArchive &archive = *result.archive;
            QJsonArray packages;
            for (const PackageInfo &p : archive.packages)
                packages.append(toJson(p));
            o.insert(u"format"_s, PackageArchiveReader::toString(archive.format));
            o.insert(u"size"_s, archive.size);
            o.insert(u"sha256"_s, archive.sha256);
            o.insert(u"packages"_s, packages);
        } else {
            o.insert(u"error"_s, QJsonObject{{u"problem"_s,
                                              PackageArchiveReader::toString(result.error.problem)},
                                             {u"message"_s, result.error.message},
                                             {u"entry"_s, result.error.entry},
                                             {u"details"_s, result.error.details}});
        }
        context.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return toInt(result.ok() ? ExitCode::Done : ExitCode::UsageError);
    }

    if (!result.ok()) {
        context.err << result.error.message << Qt::endl;
        if (!result.error.details.isEmpty())
            context.err << tr("Details: %1").arg(result.error.details) << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const PackageArchive &archive = *result.archive;
    context.out << tr("Package archive: %1").arg(QDir::toNativeSeparators(file)) << Qt::endl;
    context.out << tr("Format: %1")
                           .arg(archive.format == PackageArchiveFormat::Zip
                                        ? tr("zip of package files")
                                        : tr("one package file (.gz)"))
                << Qt::endl;
    if (archive.size < 1024)
        context.out << tr("Size: %1").arg(PackageArchiveReader::formatSize(archive.size))
                    << Qt::endl;
    else
        context.out << tr("Size: %1 (%2 bytes)")
                               .arg(PackageArchiveReader::formatSize(archive.size),
                                    QLocale().toString(archive.size))
                    << Qt::endl;
    context.out << tr("SHA-256: %1").arg(archive.sha256) << Qt::endl;
    context.out << tr("%n package(s):", nullptr, int(archive.packages.size())) << Qt::endl;

    QList<QStringList> rows;
    rows.append({tr("Package"), tr("Version"), tr("Maintainer"), tr("UId"), tr("Depends on")});
    for (const PackageInfo &p : archive.packages) {
        QStringList dependencies;
        for (const PackageDependency &d : p.dependsOn)
            dependencies.append(d.version.isEmpty() ? d.name : d.name + u' ' + d.version);
        rows.append({p.name, p.version, p.maintainer.isEmpty() ? u"-"_s : p.maintainer, p.uid,
                     dependencies.isEmpty() ? u"-"_s : dependencies.join(u", "_s)});
    }
    context.out << table(rows);
    return toInt(ExitCode::Done);
}

} // namespace upgrade::cli
