#pragma once

#include "IntegrationData.h"

#include "profile/Profile.h"

#include <memory>

namespace upgrade {

class BpmSoftClient;

/// IntegrationData read through the site's DataService (cloud: no database access). Entities
/// are read page by page; duplicates are counted here from the key column's values. Owns the
/// client; `progress` must outlive it. Worker thread.
class SiteIntegrationData : public IntegrationData
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::SiteIntegrationData)
public:
    SiteIntegrationData(std::unique_ptr<BpmSoftClient> client, ConnectorSettings settings,
                        Progress &progress);
    ~SiteIntegrationData() override;

    std::optional<QStringList> oneCConnectionUrls(QString *error) override;
    std::optional<QList<IntegrationObjectRow>> activeObjects(QString *error) override;
    std::optional<QList<IntegrationLogRow>> logOfRun(const QString &processLogId,
                                                     QString *error) override;
    std::optional<qint64> duplicates(const QString &entity, const QString &keyColumn,
                                     QString *error) override;

private:
    std::unique_ptr<BpmSoftClient> m_client;
    ConnectorSettings m_settings;
    Progress &m_progress;
};

} // namespace upgrade
