#include "PackageDescriptor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

bool isPackageName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}$"_s);
    return pattern.match(name).hasMatch() && !name.endsWith(u'.');
}

std::optional<QString> normalizedUid(const QString &text)
{
    const QUuid uid = QUuid::fromString(text.trimmed());
    if (uid.isNull())
        return std::nullopt;
    return uid.toString(QUuid::WithoutBraces);
}

bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

} // namespace

std::optional<PackageInfo> PackageDescriptor::parse(const QByteArray &json, QString *problem)
{
    auto fail = [problem](const QString &text) -> std::optional<PackageInfo> {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    QByteArray bytes = json;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("it is not valid JSON (%1 at offset %2)")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    if (!document.isObject() || !document.object().value(u"Descriptor"_s).isObject())
        return fail(tr("it has no \"Descriptor\" object"));
    const QJsonObject d = document.object().value(u"Descriptor"_s).toObject();

    PackageInfo info;
    const QJsonValue name = d.value(u"Name"_s);
    if (!name.isString() || name.toString().isEmpty())
        return fail(tr("\"Name\" is missing or not a text"));
    if (!isPackageName(name.toString()))
        return fail(tr("\"Name\" is not a package name: \"%1\"").arg(name.toString().left(100)));
    info.name = name.toString();

    const QJsonValue uid = d.value(u"UId"_s);
    if (!uid.isString())
        return fail(tr("\"UId\" is missing or not a text"));
    const auto normalized = normalizedUid(uid.toString());
    if (!normalized)
        return fail(tr("\"UId\" is not a GUID: \"%1\"").arg(uid.toString().left(100)));
    info.uid = *normalized;

    const QJsonValue version = d.value(u"PackageVersion"_s);
    if (!version.isString() || version.toString().trimmed().isEmpty())
        return fail(tr("\"PackageVersion\" is missing or empty"));
    if (version.toString().size() > 64 || !isPrintableAscii(version.toString()))
        return fail(tr("\"PackageVersion\" is not a version: \"%1\"")
                            .arg(version.toString().left(100)));
    info.version = version.toString().trimmed();

    const QJsonValue maintainer = d.value(u"Maintainer"_s);
    if (!maintainer.isUndefined() && !maintainer.isNull() && !maintainer.isString())
        return fail(tr("\"Maintainer\" is not a text"));
    info.maintainer = maintainer.toString();

    const QJsonValue dependsOn = d.value(u"DependsOn"_s);
    if (!dependsOn.isUndefined() && !dependsOn.isNull() && !dependsOn.isArray())
        return fail(tr("\"DependsOn\" is not a list"));
    const QJsonArray dependencies = dependsOn.toArray();
    for (qsizetype i = 0; i < dependencies.size(); ++i) {
        const QJsonObject o = dependencies.at(i).toObject();
        const QJsonValue depName = o.value(u"Name"_s);
        if (!dependencies.at(i).isObject() || !depName.isString() ||
            !isPackageName(depName.toString()))
            return fail(tr("item %1 of \"DependsOn\" has no valid \"Name\"").arg(i + 1));
        PackageDependency dependency;
        dependency.name = depName.toString();
        if (o.value(u"UId"_s).isString() && !o.value(u"UId"_s).toString().isEmpty()) {
            const auto depUid = normalizedUid(o.value(u"UId"_s).toString());
            if (!depUid)
                return fail(
                        tr("item %1 of \"DependsOn\" has a \"UId\" that is not a GUID").arg(i + 1));
            dependency.uid = *depUid;
        }
        dependency.version = o.value(u"PackageVersion"_s).toString().trimmed();
        info.dependsOn.append(dependency);
    }
    info.modifiedOnUtc = parseDate(d.value(u"ModifiedOnUtc"_s).toString());
    return info;
}

QDateTime PackageDescriptor::parseDate(const QString &text)
{
    static const QRegularExpression pattern(u"^/Date\\((-?[0-9]{1,15})([+-][0-9]{4})?\\)/$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    // The milliseconds are UTC already; the optional offset only says where it was written.
    return QDateTime::fromMSecsSinceEpoch(match.captured(1).toLongLong(), Qt::UTC);
}

} // namespace upgrade
