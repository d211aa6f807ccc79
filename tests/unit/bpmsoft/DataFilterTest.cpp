// The DataService JSON the client sends (bpmsoft-http-api.md §5.3).
#include "bpmsoft/DataFilter.h"
#include "QtPrinters.h"
#include "bpmsoft/SyncHttpClient.h"

#include <QJsonArray>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;

TEST(DataFilter, BuildsFilterGroupsAsDataServiceExpects)
{
    DataFilter f(DataFilter::Logic::Or);
    f.equals(u"SmrUseForDeduplication"_s, DataValue::boolean(false));
    f.isNull(u"SmrExternalKey"_s);
    f.in(u"Id"_s, {DataValue::guid(u"a"_s), DataValue::guid(u"b"_s)});
    const QJsonObject o = f.toJson();
    EXPECT_EQ(o.value(u"filterType"_s).toInt(), 6);
    EXPECT_EQ(o.value(u"logicalOperation"_s).toInt(), 1);
    const QJsonObject items = o.value(u"items"_s).toObject();
    ASSERT_EQ(items.size(), 3);
    const QJsonObject compare = items.value(u"f0"_s).toObject();
    EXPECT_EQ(compare.value(u"filterType"_s).toInt(), 1);
    EXPECT_EQ(compare.value(u"comparisonType"_s).toInt(), 3);
    EXPECT_EQ(compare.value(u"leftExpression"_s).toObject().value(u"columnPath"_s).toString(),
              u"SmrUseForDeduplication"_s);
    const QJsonObject parameter =
            compare.value(u"rightExpression"_s).toObject().value(u"parameter"_s).toObject();
    EXPECT_EQ(parameter.value(u"dataValueType"_s).toInt(), 12);
    EXPECT_EQ(parameter.value(u"value"_s), QJsonValue(false));
    const QJsonObject isNull = items.value(u"f1"_s).toObject();
    EXPECT_EQ(isNull.value(u"filterType"_s).toInt(), 2);
    EXPECT_TRUE(isNull.value(u"isNull"_s).toBool());
    EXPECT_EQ(items.value(u"f2"_s).toObject().value(u"rightExpressions"_s).toArray().size(), 2);
}

TEST(DataFilter, EverythingIsAnExplicitFilterAndDatesAreQuoted)
{
    const QJsonObject all = DataFilter::everything().toJson();
    const QJsonObject item = all.value(u"items"_s).toObject().begin().value().toObject();
    EXPECT_EQ(item.value(u"filterType"_s).toInt(), 2);
    EXPECT_FALSE(item.value(u"isNull"_s).toBool());
    EXPECT_TRUE(DataFilter().isEmpty());
    const QDateTime t(QDate(2024, 1, 2), QTime(3, 4, 5, 6), QTimeZone::utc());
    EXPECT_EQ(DataValue::dateTime(t)
                      .toParameterExpression()
                      .value(u"parameter"_s)
                      .toObject()
                      .value(u"value"_s)
                      .toString(),
              u"\"2024-01-02T03:04:05.006\""_s);
}

TEST(SyncHttpClient, FingerprintsAreNormalised)
{
    const QString hex =
            u"B1:80:87:F9:EE:F8:28:5F:8C:BE:B4:B0:FF:94:C9:C3:70:B0:00:8D:D5:8A:F5:A8:00:42:50:74:69:29:AB:5D"_s;
    EXPECT_EQ(SyncHttpClient::normaliseFingerprint(hex),
              u"b18087f9eef8285f8cbeb4b0ff94c9c370b0008dd58af5a80042507469 29ab5d"_s.remove(u' '));
    EXPECT_TRUE(SyncHttpClient::normaliseFingerprint(u"abc"_s).isEmpty());
    EXPECT_TRUE(SyncHttpClient::normaliseFingerprint(QString(64, u'g')).isEmpty());
}
