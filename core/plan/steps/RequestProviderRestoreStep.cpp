#include "RequestProviderRestoreStep.h"

#include "plan/Context.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace upgrade {

QString RequestProviderRestoreStep::id() const
{
    return u"production.provider-restore"_s;
}

QString RequestProviderRestoreStep::title() const
{
    return tr("Ask the hosting provider to restore production");
}

QString RequestProviderRestoreStep::description() const
{
    return tr("If the integrations run incorrectly, restore the working version of the systems "
              "(BPMSoft, 1C) from the backup.");
}

StepTarget RequestProviderRestoreStep::target() const
{
    return {EnvironmentKind::Production, StepTarget::Files};
}

StepResult RequestProviderRestoreStep::run(Context &context, Progress &progress)
{
    const Profile &profile = context.profile();
    const auto backup = context.verifiedArtifact(
            {QString::fromUtf16(ArtifactKind::ProviderBackup), EnvironmentKind::Production});
    const QString site = profile.production.siteUrl;
    QString text = tr("Subject: restore the production BPMSoft site %1 from the backup\n\n"
                      "Hello,\n\n"
                      "the upgrade of the 1C Connector for BPMSoft on %1 failed on %2. Please "
                      "restore the BPMSoft database and the 1C database of this site from the "
                      "backup made for the upgrade (%3) and tell us when the site is back.\n")
                           .arg(site, QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                backup ? backup->path : tr("the backup agreed with you"));
    const QDir folder(QDir(context.runDirectory()).filePath(u"support-requests"_s));
    const QString path = folder.filePath(u"request-3-restore-production.txt"_s);
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!QDir().mkpath(folder.path()) || !file.open(QIODevice::WriteOnly) ||
        file.write(bytes) != bytes.size() || !file.commit())
        return StepResult::failed(
                tr("Production must be restored by the hosting provider, and "
                   "the request could not be written: %1. Ask the provider "
                   "to restore production from the backup (%2).")
                        .arg(file.errorString(), backup ? backup->path : QString()));
    progress.log(tr("Request written: %1").arg(QDir::toNativeSeparators(path)));
    return StepResult::failed(tr("Production must be restored by the hosting provider: send the "
                                 "request %1 to its support desk. This program cannot restore a "
                                 "cloud site.")
                                      .arg(QDir::toNativeSeparators(path)));
}

} // namespace upgrade
