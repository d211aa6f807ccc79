#include "ProfileArguments.h"

#include "profile/SecretStoreFactory.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace upgrade::cli {

void ProfileArguments::printProblems(const QString &file, const ValidationProblems &problems,
                                     CliContext &context)
{
    context.err << tr("The profile %1 has %n problem(s):", nullptr, int(problems.size()))
                           .arg(QDir::toNativeSeparators(file))
                << Qt::endl;
    for (const ValidationProblem &p : problems)
        context.err << u"  - "_s << p.toString() << Qt::endl;
}

std::optional<Profile> ProfileArguments::load(const QString &file, CliContext &context)
{
    Profile::LoadResult loaded = Profile::load(file);
    if (!loaded.profile) {
        printProblems(file, loaded.problems, context);
        return std::nullopt;
    }
    return std::move(loaded.profile);
}

std::unique_ptr<SecretStore>
ProfileArguments::secrets(const Profile &profile, const QString &secretsFile, CliContext &context)
{
    QString error;
    std::unique_ptr<SecretStore> store = SecretStoreFactory::create(profile, secretsFile, &error);
    if (!store)
        context.err << error << Qt::endl;
    return store;
}

} // namespace upgrade::cli
