#include "DataFilter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace upgrade {

QJsonObject DataValue::toParameterExpression() const
{
    QJsonValue v;
    switch (type) {
    case DataValueType::Boolean:
        v = value.toBool();
        break;
    case DataValueType::Integer:
        v = value.toLongLong();
        break;
    case DataValueType::Float:
        v = value.toDouble();
        break;
    case DataValueType::DateTime: {
        const QDateTime t = value.toDateTime().toUTC();
        v = u"\""_s + t.toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"\""_s;
        break;
    }
    default:
        v = value.isNull() ? QJsonValue() : QJsonValue(value.toString());
        break;
    }
    return QJsonObject{
            {u"expressionType"_s, 2},
            {u"parameter"_s, QJsonObject{{u"dataValueType"_s, int(type)}, {u"value"_s, v}}}};
}

namespace {

QJsonObject column(const QString &path)
{
    return QJsonObject{{u"expressionType"_s, 0}, {u"columnPath"_s, path}};
}

QJsonObject base(int filterType, Comparison comparison)
{
    return QJsonObject{{u"filterType"_s, filterType},
                       {u"comparisonType"_s, int(comparison)},
                       {u"isEnabled"_s, true},
                       {u"trimDateTimeParameterToDate"_s, false}};
}

} // namespace

DataFilter DataFilter::everything()
{
    DataFilter f;
    f.isNotNull(u"Id"_s);
    return f;
}

DataFilter &DataFilter::compare(const QString &columnPath, Comparison comparison,
                                const DataValue &value)
{
    QJsonObject o = base(1, comparison);
    o.insert(u"leftExpression"_s, column(columnPath));
    o.insert(u"rightExpression"_s, value.toParameterExpression());
    m_items.append({u"f%1"_s.arg(m_items.size()), o});
    return *this;
}

DataFilter &DataFilter::isNull(const QString &columnPath)
{
    QJsonObject o = base(2, Comparison::IsNull);
    o.insert(u"isNull"_s, true);
    o.insert(u"leftExpression"_s, column(columnPath));
    m_items.append({u"f%1"_s.arg(m_items.size()), o});
    return *this;
}

DataFilter &DataFilter::isNotNull(const QString &columnPath)
{
    QJsonObject o = base(2, Comparison::IsNotNull);
    o.insert(u"isNull"_s, false);
    o.insert(u"leftExpression"_s, column(columnPath));
    m_items.append({u"f%1"_s.arg(m_items.size()), o});
    return *this;
}

DataFilter &DataFilter::in(const QString &columnPath, const QList<DataValue> &values)
{
    QJsonObject o = base(4, Comparison::Equal);
    o.insert(u"leftExpression"_s, column(columnPath));
    QJsonArray right;
    for (const DataValue &v : values)
        right.append(v.toParameterExpression());
    o.insert(u"rightExpressions"_s, right);
    m_items.append({u"f%1"_s.arg(m_items.size()), o});
    return *this;
}

QJsonObject DataFilter::toJson() const
{
    QJsonObject items;
    for (const auto &item : m_items)
        items.insert(item.first, item.second);
    return QJsonObject{{u"filterType"_s, 6},
                       {u"isEnabled"_s, true},
                       {u"trimDateTimeParameterToDate"_s, false},
                       {u"logicalOperation"_s, int(m_logic)},
                       {u"items"_s, items}};
}

} // namespace upgrade
