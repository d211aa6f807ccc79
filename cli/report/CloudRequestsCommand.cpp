#include "CloudRequestsCommand.h"

#include "package/PackageArchiveReader.h"
#include "plan/Journal.h"
#include "profile/Profile.h"
#include "report/CloudSupportRequests.h"
#include "report/RunValues.h"
#include "util/ExitCode.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace upgrade::cli {

QString CloudRequestsCommand::name() const
{
    return u"cloud-requests"_s;
}

QString CloudRequestsCommand::summary() const
{
    return tr("cloud-requests --profile P [--output DIR] [--contact TEXT] [--journal DIR] "
              "[--json]: the requests to the hosting provider's support desk (cloud)");
}

int CloudRequestsCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption profileOption(u"profile"_s, tr("The profile."), u"P"_s);
    const QCommandLineOption outputOption(
            u"output"_s, tr("Write each request as a text file into this folder."), u"DIR"_s);
    const QCommandLineOption contactOption(
            u"contact"_s, tr("Who the provider answers: name, phone, e-mail."), u"TEXT"_s);
    const QCommandLineOption journalOption(
            u"journal"_s, tr("A run folder whose preflight recorded the installed versions."),
            u"DIR"_s);
    const QCommandLineOption json(u"json"_s, tr("Print them as one JSON object."));
    const QCommandLineOption help(u"help"_s, tr("Show this help."));
    for (const QCommandLineOption *option :
         {&profileOption, &outputOption, &contactOption, &journalOption, &json, &help})
        parser.addOption(*option);
    if (!parser.parse(QStringList{name()} + arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return toInt(ExitCode::Done);
    }
    if (!parser.isSet(profileOption) || !parser.positionalArguments().isEmpty()) {
        context.err << tr("Give the profile: %1").arg(summary()) << Qt::endl;
        return toInt(ExitCode::UsageError);
    }

    const QString profilePath = QFileInfo(parser.value(profileOption)).absoluteFilePath();
    Profile::LoadResult loaded = Profile::load(profilePath);
    if (!loaded.profile) {
        context.err << tr("The profile %1 has problems:").arg(QDir::toNativeSeparators(profilePath))
                    << Qt::endl;
        for (const ValidationProblem &p : loaded.problems)
            context.err << u"  - "_s << p.toString() << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    CloudSupportRequests::Input input;
    input.profile = *loaded.profile;
    input.contact = parser.value(contactOption);
    if (input.profile.production.hosting != Hosting::Cloud) {
        context.err << tr("The production site of %1 is not hosted in the cloud (hosting: %2). "
                          "These requests are for the cloud; the program upgrades other sites "
                          "itself (run --stage test).")
                               .arg(QDir::toNativeSeparators(profilePath),
                                    toString(input.profile.production.hosting))
                    << Qt::endl;
        return toInt(ExitCode::UsageError);
    }

    const QString archivePath =
            QFileInfo(profilePath).dir().absoluteFilePath(input.profile.packageArchive);
    const PackageArchiveReader::Result archive = PackageArchiveReader().read(archivePath);
    if (!archive.ok()) {
        context.err << tr("The package archive %1 cannot be used: %2")
                               .arg(QDir::toNativeSeparators(archivePath), archive.error.message)
                    << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    input.archive = *archive.archive;

    if (parser.isSet(journalOption)) {
        QString error;
        const auto journal =
                Journal::open(QFileInfo(parser.value(journalOption)).absoluteFilePath(),
                              Journal::Mode::ReadOnly, &error);
        if (!journal) {
            context.err << error << Qt::endl;
            return toInt(ExitCode::UsageError);
        }
        if (const auto summary = RunValues::packageArchiveFromJson(
                    journal->value(RunValues::packageArchiveKey())))
            input.installed = summary->installed();
    }

    const QList<SupportRequest> requests = CloudSupportRequests::generate(input);
    if (parser.isSet(outputOption)) {
        const QDir dir(QFileInfo(parser.value(outputOption)).absoluteFilePath());
        if (!dir.mkpath(u"."_s)) {
            context.err << tr("Cannot create the folder %1.")
                                   .arg(QDir::toNativeSeparators(dir.absolutePath()))
                        << Qt::endl;
            return toInt(ExitCode::StepFailed);
        }
        for (const SupportRequest &r : requests) {
            QSaveFile file(dir.filePath(r.fileName));
            const QByteArray bytes = r.body.toUtf8();
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
                !file.commit()) {
                context.err << tr("Cannot write %1: %2")
                                       .arg(QDir::toNativeSeparators(file.fileName()),
                                            file.errorString())
                            << Qt::endl;
                return toInt(ExitCode::StepFailed);
            }
            if (!parser.isSet(json))
                context.out << tr("Written: %1 — %2")
                                       .arg(QDir::toNativeSeparators(file.fileName()), r.subject)
                            << Qt::endl;
        }
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SupportRequest &r : requests)
            array.append(QJsonObject{{u"id"_s, r.id},
                                     {u"file"_s, r.fileName},
                                     {u"subject"_s, r.subject},
                                     {u"body"_s, r.body}});
        context.out
                << QJsonDocument(QJsonObject{{u"requests"_s, array}}).toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else if (!parser.isSet(outputOption)) {
        for (const SupportRequest &r : requests)
            context.out << u"==== %1 ====\n"_s.arg(r.fileName) << r.body << Qt::endl;
    }
    return toInt(ExitCode::Done);
}

} // namespace upgrade::cli
