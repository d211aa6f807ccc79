#include "CheckTestCopyStep.h"

#include "StepSupport.h"

#include "plan/Context.h"
#include "plan/RunServices.h"

#include "bpmsoft/BpmSoftClient.h"

using namespace Qt::StringLiterals;

namespace upgrade {

QString CheckTestCopyStep::id() const
{
    return u"test.check-copy"_s;
}

QString CheckTestCopyStep::title() const
{
    return tr("Check the provider's test environment");
}

QString CheckTestCopyStep::description() const
{
    return tr("Make a test environment from a current copy of production and install the "
              "package there first.");
}

StepTarget CheckTestCopyStep::target() const
{
    return {EnvironmentKind::Test, StepTarget::Site};
}

StepResult CheckTestCopyStep::run(Context &context, Progress &progress)
{
    QString error;
    RunServices *s = StepSupport::services(context, &error);
    if (!s)
        return StepResult::failed(error);
    QJsonObject versions[2];
    const EnvironmentKind environments[2] = {EnvironmentKind::Production, EnvironmentKind::Test};
    for (int i = 0; i < 2; ++i) {
        std::unique_ptr<BpmSoftClient> client = s->client(environments[i], &error);
        if (!client)
            return StepResult::failed(error);
        if (!client->login(progress))
            return StepResult::failed(
                    tr("Cannot log in to the %1 site: %2")
                            .arg(toString(environments[i]), client->lastError().message),
                    client->lastError().details);
        const auto read = StepSupport::installedVersions(*client, progress, &error);
        if (!read)
            return StepResult::failed(tr("The installed packages of the %1 site could not be "
                                         "read: %2")
                                              .arg(toString(environments[i]), error));
        versions[i] = *read;
    }
    QStringList differences;
    for (auto it = versions[0].begin(); it != versions[0].end(); ++it) {
        const QString test = versions[1].value(it.key()).toString();
        if (test != it.value().toString())
            differences << tr("%1: production %2, test %3")
                                   .arg(it.key(), it.value().toString(),
                                        test.isEmpty() ? tr("missing") : test);
    }
    if (!differences.isEmpty())
        return StepResult::failed(tr("The test environment is not a current copy of production "
                                     "(%n package(s) differ). Ask the hosting provider for a "
                                     "fresh copy.",
                                     nullptr, int(differences.size())),
                                  differences.join(u'\n'));
    return StepResult::ok(tr("The test environment answers and has production's %n "
                             "package(s) at the same versions.",
                             nullptr, int(versions[0].size())));
}

} // namespace upgrade
