#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariant>

namespace upgrade {

/// DataService dataValueType numbers (bpmsoft-http-api.md §5.3).
enum class DataValueType : int {
    Guid = 0,
    Text = 1,
    Integer = 4,
    Float = 5,
    DateTime = 7,
    Lookup = 10,
    Boolean = 12,
};

/// FilterComparisonType numbers (§5.3; the less common ones are inferred).
enum class Comparison : int {
    IsNull = 1,
    IsNotNull = 2,
    Equal = 3,
    NotEqual = 4,
    Less = 5,
    LessOrEqual = 6,
    Greater = 7,
    GreaterOrEqual = 8,
    StartWith = 9,
    Contain = 11,
    EndWith = 13,
};

/// A typed value for a DataService parameter.
struct DataValue
{
    QVariant value;
    DataValueType type = DataValueType::Text;

    static DataValue guid(const QString &id) { return {id, DataValueType::Guid}; }
    static DataValue text(const QString &s) { return {s, DataValueType::Text}; }
    static DataValue integer(qint64 n) { return {n, DataValueType::Integer}; }
    static DataValue boolean(bool b) { return {b, DataValueType::Boolean}; }
    static DataValue dateTime(const QDateTime &t) { return {t, DataValueType::DateTime}; }

    /// {"expressionType":2,"parameter":{"dataValueType":T,"value":V}}; dates go as the quoted
    /// string DataService expects ("\"2024-01-01T00:00:00.000\"", UTC).
    QJsonObject toParameterExpression() const;
};

/// A filter group of DataService (filterType 6): conditions joined by AND or OR. Covers what
/// the upgrade needs: compare, is (not) null, in. A plain value.
class DataFilter
{
public:
    enum class Logic { And = 0, Or = 1 };

    DataFilter() = default;
    explicit DataFilter(Logic logic)
        : m_logic(logic)
    {}

    /// A filter that matches every row (`Id IS NOT NULL`): DataService refuses an empty
    /// filter for DeleteQuery in some versions, so "all rows" is said explicitly.
    static DataFilter everything();

    DataFilter &compare(const QString &columnPath, Comparison comparison, const DataValue &value);
    DataFilter &equals(const QString &columnPath, const DataValue &value)
    {
        return compare(columnPath, Comparison::Equal, value);
    }
    DataFilter &isNull(const QString &columnPath);
    DataFilter &isNotNull(const QString &columnPath);
    DataFilter &in(const QString &columnPath, const QList<DataValue> &values);

    bool isEmpty() const { return m_items.isEmpty(); }
    /// The "filters" object of a Select/Update/Delete query.
    QJsonObject toJson() const;

private:
    Logic m_logic = Logic::And;
    QList<QPair<QString, QJsonObject>> m_items;
};

} // namespace upgrade
