#pragma once

#include "IntegrationData.h"

#include "database/SqlDialect.h"
#include "profile/Profile.h"

#include <memory>

namespace upgrade {

class DbAdmin;
class SqlExecutor;

/// IntegrationData read with SQL from the site's database (on-premise). Owns the database
/// connection; worker thread.
class SqlIntegrationData : public IntegrationData
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::SqlIntegrationData)
public:
    SqlIntegrationData(std::unique_ptr<DbAdmin> db, std::unique_ptr<SqlExecutor> sql,
                       ConnectorSettings settings);
    ~SqlIntegrationData() override;

    std::optional<QStringList> oneCConnectionUrls(QString *error) override;
    std::optional<QList<IntegrationObjectRow>> activeObjects(QString *error) override;
    std::optional<QList<IntegrationLogRow>> logOfRun(const QString &processLogId,
                                                     QString *error) override;
    std::optional<qint64> duplicates(const QString &entity, const QString &keyColumn,
                                     QString *error) override;

private:
    QString q(const QString &name) const { return m_dialect.quoteIdentifier(name); }

    std::unique_ptr<DbAdmin> m_db;
    std::unique_ptr<SqlExecutor> m_sql;
    SqlDialect m_dialect;
    ConnectorSettings m_settings;
};

} // namespace upgrade
