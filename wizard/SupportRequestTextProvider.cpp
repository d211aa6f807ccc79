#include "SupportRequestTextProvider.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

QList<SupportRequest> PlaceholderSupportRequests::requests(const Profile &profile) const
{
    const QString site = profile.production.siteUrl;
    const QString archive = QFileInfo(profile.packageArchive).fileName();
    SupportRequest test;
    test.id = u"test-environment"_s;
    test.title = tr("1. A test environment with a copy of production");
    test.text = tr("Subject: A test copy of %1 for the upgrade of the 1C connector\n\n"
                   "Hello,\n\n"
                   "we are going to upgrade the package \"1C Connector for BPMSoft\" on %1 to "
                   "the version in %2. Following the vendor's procedure, we first upgrade a test "
                   "environment. Please create a test environment with a current copy of the "
                   "production database and site, and send us its address and sign-in.\n\n"
                   "The test copy must not exchange data with the production 1C: please switch "
                   "off the scheduler and e-mail on it.\n\n"
                   "Thank you.")
                        .arg(site, archive);
    SupportRequest plan;
    plan.id = u"production-plan"_s;
    plan.title = tr("2. Agreement of the production plan");
    plan.text = tr("Subject: The plan of the connector upgrade on %1\n\n"
                   "Hello,\n\n"
                   "the upgrade of the package \"1C Connector for BPMSoft\" (%2) passed on the "
                   "test environment. We plan to upgrade production in the agreed maintenance "
                   "window. Before the installation please take a backup of the production "
                   "database, and confirm that it can be restored if the upgrade fails.\n\n"
                   "Please confirm the time and the backup.\n\n"
                   "Thank you.")
                        .arg(site, archive);
    return {test, plan};
}

} // namespace upgrade::wizard
