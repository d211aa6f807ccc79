#pragma once

// gtest printers for Qt types, so failed assertions show readable values.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <ostream>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QByteArray &b, std::ostream *os)
{
    *os << "QByteArray(\"" << b.toStdString() << "\")";
}
inline void PrintTo(const QStringList &l, std::ostream *os)
{
    *os << "QStringList(" << l.join(QStringLiteral(", ")).toStdString() << ')';
}
inline void PrintTo(const QJsonValue &v, std::ostream *os)
{
    *os << QJsonDocument::fromVariant(QVariantList{v.toVariant()})
                    .toJson(QJsonDocument::Compact)
                    .toStdString();
}
inline void PrintTo(const QJsonObject &o, std::ostream *os)
{
    *os << QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}
inline void PrintTo(const QVariant &v, std::ostream *os)
{
    *os << "QVariant(" << v.toString().toStdString() << ')';
}
QT_END_NAMESPACE
