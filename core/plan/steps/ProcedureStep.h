#pragma once

#include "plan/Step.h"

#include <QString>

namespace upgrade {

/// A step of the vendor's upgrade procedure (core/plan/steps/): a Step that also says which
/// instruction of the vendor it carries out (`description()`, translated; the Russian text is
/// the vendor's own words), for the wizard and `plan`. Same threading as Step.
class ProcedureStep : public Step
{
public:
    /// Translated: the vendor's instruction this step carries out, quoted.
    virtual QString description() const = 0;

    /// Cloud mode (production hosting "cloud", set by ProcedureStepFactory): the databases and
    /// 1C are the provider's, so a step that changes data needs the provider's confirmed backup
    /// of production instead of this program's own backups (cloudBackups()).
    void setCloud(bool cloud) { m_cloud = cloud; }
    bool isCloud() const { return m_cloud; }

protected:
    /// What a data-changing step needs in cloud mode: on production, the provider's backup; on
    /// the test environment (the provider's copy of production), nothing.
    static QList<ArtifactSpec> cloudBackups(EnvironmentKind environment)
    {
        if (environment == EnvironmentKind::Test)
            return {};
        return {{QString::fromUtf16(ArtifactKind::ProviderBackup), EnvironmentKind::Production}};
    }

private:
    bool m_cloud = false;
};

} // namespace upgrade
