#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace upgrade {

class Context;
class Progress;
enum class EnvironmentKind;

/// An active integration object of the connector (SmrIntegrationObject).
struct IntegrationObjectRow
{
    QString id; ///< lower case
    QString name;
    QString entity;     ///< the BPMSoft entity it syncs (SmrEntityName)
    QString keyColumn;  ///< the entity's key column (SmrKeyColumn)
    QString oneCObject; ///< the 1C OData entity set (SmrOneCObject)
    QString oneCKey;    ///< its key field (SmrOneCKeyField)
};

/// One row of the connector's log (SmrIntegrationLog) of an integration run.
struct IntegrationLogRow
{
    QString objectId;   ///< lower case
    QString status;     ///< "Error" counts as at least one error
    qint64 records = 0; ///< created + updated + linked + exported
    qint64 errors = 0;
    QString message;
};

/// What the integration check reads from a BPMSoft site's data: the connector's 1C connections,
/// its integration objects and log, and duplicates in a synced entity. Two sources, one shape:
/// SQL on the site's database when the profile has one (IntegrationData::open picks it), else
/// the site's DataService (cloud: the HTTP API is all there is). Each read returns nullopt and a
/// translated `error`. One instance per step run; worker thread.
class IntegrationData
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::IntegrationData)
public:
    virtual ~IntegrationData() = default;

    /// The 1C addresses the connector uses (SmrOneCConnection.SmrUrl).
    virtual std::optional<QStringList> oneCConnectionUrls(QString *error) = 0;
    /// The active integration objects, by name.
    virtual std::optional<QList<IntegrationObjectRow>> activeObjects(QString *error) = 0;
    /// The connector's log rows of one process run (SmrProcessLogId).
    virtual std::optional<QList<IntegrationLogRow>> logOfRun(const QString &processLogId,
                                                             QString *error) = 0;
    /// Records of `entity` sharing a non-empty `keyColumn` value beyond the first of each.
    virtual std::optional<qint64> duplicates(const QString &entity, const QString &keyColumn,
                                             QString *error) = 0;

    /// The source for `environment`: its database when the profile has one, else its site.
    static std::unique_ptr<IntegrationData> open(Context &context, EnvironmentKind environment,
                                                 Progress &progress, QString *error);
    /// True for a name that may be put in a query as an identifier (letters, digits, _).
    static bool isPlainName(const QString &name);
};

} // namespace upgrade
