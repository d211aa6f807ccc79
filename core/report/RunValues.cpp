#include "RunValues.h"

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

QString text(const QJsonObject &o, const QString &name)
{
    const QJsonValue v = o.value(name);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

qint64 count(const QJsonObject &o, const QString &name)
{
    const QJsonValue v = o.value(name);
    if (v.isString())
        return v.toString().toLongLong();
    return v.toInteger(qint64(v.toDouble()));
}

RunCompileMessage compileMessageFromJson(const QJsonObject &o)
{
    RunCompileMessage m;
    m.file = text(o, u"file"_s);
    m.line = int(count(o, u"line"_s));
    m.column = int(count(o, u"column"_s));
    m.code = text(o, u"code"_s);
    m.text = text(o, u"text"_s);
    return m;
}

QList<RunCompileMessage> compileMessages(const QJsonValue &value)
{
    QList<RunCompileMessage> list;
    for (const QJsonValue &v : value.toArray())
        if (v.isObject())
            list.append(compileMessageFromJson(v.toObject()));
    return list;
}

} // namespace

QString RunValues::key(const char16_t *name, StageKind stage)
{
    return QString::fromUtf16(name) + u'.' + toString(stage);
}

QJsonObject RunValues::toJson(const RunCompileMessage &message)
{
    return {{u"file"_s, message.file},
            {u"line"_s, message.line},
            {u"column"_s, message.column},
            {u"code"_s, message.code},
            {u"text"_s, message.text}};
}

QJsonObject RunValues::toJson(const RunCompileResult &result)
{
    QJsonArray errors, warnings;
    for (const RunCompileMessage &m : result.errors)
        errors.append(toJson(m));
    for (const RunCompileMessage &m : result.warnings)
        warnings.append(toJson(m));
    return {{u"errors"_s, errors}, {u"warnings"_s, warnings}};
}

QJsonObject RunValues::toJson(const IntegrationResult &result)
{
    QJsonObject o{{u"name"_s, result.name},
                  {u"records"_s, result.records},
                  {u"errors"_s, result.errors},
                  {u"duplicates"_s, result.duplicates}};
    if (!result.message.isEmpty())
        o.insert(u"message"_s, result.message);
    return o;
}

QJsonArray RunValues::toJson(const QList<IntegrationResult> &results)
{
    QJsonArray array;
    for (const IntegrationResult &r : results)
        array.append(toJson(r));
    return array;
}

QJsonObject RunValues::toJson(const DeduplicationObject &object)
{
    return {{u"name"_s, object.name}, {u"flagSet"_s, object.flagSet}};
}

QJsonArray RunValues::toJson(const QList<DeduplicationObject> &objects)
{
    QJsonArray array;
    for (const DeduplicationObject &o : objects)
        array.append(toJson(o));
    return array;
}

QJsonObject RunValues::toJson(const PackageArchiveSummary &summary)
{
    QJsonArray packages;
    for (const ArchivePackageChange &p : summary.packages)
        packages.append(QJsonObject{{u"name"_s, p.name},
                                    {u"version"_s, p.version},
                                    {u"installedVersion"_s, p.installedVersion},
                                    {u"change"_s, p.change}});
    return {{u"file"_s, summary.file}, {u"sha256"_s, summary.sha256}, {u"packages"_s, packages}};
}

QJsonArray RunValues::toJson(const QList<InstalledPackage> &packages)
{
    QJsonArray array;
    for (const InstalledPackage &p : packages)
        array.append(QJsonObject{{u"name"_s, p.name},
                                 {u"version"_s, p.version},
                                 {u"uid"_s, p.uid},
                                 {u"maintainer"_s, p.maintainer}});
    return array;
}

PackageArchiveSummary RunValues::summarize(const PackageArchive &archive,
                                           const QList<PackageChange> &changes)
{
    PackageArchiveSummary summary;
    summary.file = archive.path;
    summary.sha256 = archive.sha256;
    for (const PackageChange &c : changes)
        summary.packages.append({c.package.name, c.package.version,
                                 c.installed ? c.installed->version : QString(),
                                 PackageComparison::toString(c.kind)});
    if (changes.isEmpty())
        for (const PackageInfo &p : archive.packages)
            summary.packages.append({p.name, p.version, {}, {}});
    return summary;
}

std::optional<RunCompileResult> RunValues::compileResultFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    return RunCompileResult{compileMessages(o.value(u"errors"_s)),
                            compileMessages(o.value(u"warnings"_s))};
}

std::optional<QList<IntegrationResult>>
RunValues::integrationResultsFromJson(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QList<IntegrationResult> list;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        list.append({text(o, u"name"_s), count(o, u"records"_s), count(o, u"errors"_s),
                     count(o, u"duplicates"_s), text(o, u"message"_s)});
    }
    return list;
}

std::optional<QList<DeduplicationObject>>
RunValues::deduplicationObjectsFromJson(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QList<DeduplicationObject> list;
    for (const QJsonValue &v : value.toArray())
        if (v.isObject())
            list.append({text(v.toObject(), u"name"_s), v.toObject().value(u"flagSet"_s).toBool()});
    return list;
}

std::optional<PackageArchiveSummary> RunValues::packageArchiveFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    PackageArchiveSummary summary;
    summary.file = text(o, u"file"_s);
    summary.sha256 = text(o, u"sha256"_s);
    for (const QJsonValue &v : o.value(u"packages"_s).toArray()) {
        if (!v.isObject())
            continue;
        const QJsonObject p = v.toObject();
        summary.packages.append({text(p, u"name"_s), text(p, u"version"_s),
                                 text(p, u"installedVersion"_s), text(p, u"change"_s)});
    }
    return summary;
}

std::optional<QList<InstalledPackage>> RunValues::installedPackagesFromJson(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QList<InstalledPackage> list;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isObject())
            continue;
        const QJsonObject p = v.toObject();
        list.append({text(p, u"name"_s), text(p, u"uid"_s), text(p, u"version"_s),
                     text(p, u"maintainer"_s)});
    }
    return list;
}

} // namespace upgrade
