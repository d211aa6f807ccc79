#pragma once

#include <QJsonObject>
#include <QString>

namespace upgrade::sandbox {

class SandboxDatabase;

/// The sandbox's DataService (bpmsoft-http-api.md §5.3): SelectQuery, InsertQuery, UpdateQuery
/// and DeleteQuery bodies translated into SQL on the site's database. Supports column paths
/// (one lookup level, "SysSchema.Name"), COUNT aggregates, filter groups (AND/OR), compare,
/// is (not) null and in filters, ordering and paging. Every name is checked against the
/// database, values are bound, never spliced. Used on the site's thread.
class DataServiceEngine
{
public:
    explicit DataServiceEngine(SandboxDatabase &database);

    /// The JSON envelope DataService answers with (success or success:false with
    /// responseStatus); HTTP 200 either way, as ServiceStack's business errors.
    QJsonObject execute(const QString &operation, const QJsonObject &request);

private:
    SandboxDatabase &m_db;
};

} // namespace upgrade::sandbox
