#include "Step.h"

#include "Context.h"

namespace upgrade {

QList<ArtifactSpec> Step::backupsNeeded() const
{
    if (!isDestructive())
        return {};
    return {{QString::fromUtf16(ArtifactKind::DatabaseBackup), target().environment}};
}

Requirements Step::check(const Context &) const
{
    return {};
}

} // namespace upgrade
