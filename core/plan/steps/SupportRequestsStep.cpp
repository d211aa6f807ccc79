#include "SupportRequestsStep.h"

#include "StepSupport.h"

#include "plan/Context.h"

#include "package/PackageArchiveReader.h"
#include "report/CloudSupportRequests.h"
#include "report/RunValues.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace upgrade {

QString SupportRequestsStep::id() const
{
    return u"preparation.support-requests"_s;
}

QString SupportRequestsStep::title() const
{
    return tr("Write the requests to the hosting provider");
}

QString SupportRequestsStep::description() const
{
    return CloudSupportRequests::vendorCloudNote();
}

StepTarget SupportRequestsStep::target() const
{
    return {EnvironmentKind::Production, StepTarget::Files};
}

StepResult SupportRequestsStep::run(Context &context, Progress &progress)
{
    CloudSupportRequests::Input input;
    input.profile = context.profile();
    const PackageArchiveReader::Result archive =
            PackageArchiveReader().read(StepSupport::archivePath(context.profile()), progress);
    if (!archive.ok())
        return StepResult::failed(
                tr("The package archive could not be read: %1").arg(archive.error.message));
    input.archive = *archive.archive;
    // The installed versions as preflight read them (the same as `cloud-requests --journal`).
    if (const auto summary =
                RunValues::packageArchiveFromJson(context.value(RunValues::packageArchiveKey())))
        input.installed = summary->installed();
    const QDir folder(QDir(context.runDirectory()).filePath(u"support-requests"_s));
    if (!QDir().mkpath(folder.path()))
        return StepResult::failed(
                tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder.path())));
    QStringList written;
    for (const SupportRequest &request : CloudSupportRequests::generate(input)) {
        QSaveFile file(folder.filePath(request.fileName));
        const QByteArray text = (request.subject + u"\n\n"_s + request.body).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
            return StepResult::failed(
                    tr("Cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        written << QDir::toNativeSeparators(file.fileName());
        progress.log(tr("Request written: %1").arg(written.last()));
    }
    return StepResult::ok(tr("Send these requests to the hosting provider's support desk: %1. "
                             "Start the test stage when the test environment is ready.")
                                  .arg(written.join(u", "_s)));
}

} // namespace upgrade
