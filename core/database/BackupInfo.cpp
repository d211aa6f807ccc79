#include "BackupInfo.h"

using namespace Qt::StringLiterals;

namespace upgrade {

QJsonObject BackupInfo::toJson() const
{
    return QJsonObject{{u"path"_s, path},
                       {u"format"_s, format},
                       {u"sizeBytes"_s, double(sizeBytes)},
                       {u"sha256"_s, sha256},
                       {u"verified"_s, verified},
                       {u"onServerHost"_s, onServerHost},
                       {u"source"_s, source.toJson()},
                       {u"databaseSizeBytes"_s, double(databaseSizeBytes)},
                       {u"toolVersion"_s, toolVersion},
                       {u"serverVersion"_s, serverVersion},
                       {u"compressed"_s, compressed},
                       {u"finishedAt"_s, finishedAt.toUTC().toString(Qt::ISODateWithMs)},
                       {u"elapsedMs"_s, double(elapsedMs)}};
}

std::optional<BackupInfo> BackupInfo::fromJson(const QJsonObject &o)
{
    if (!o.value(u"path"_s).isString() || !o.value(u"format"_s).isString())
        return std::nullopt;
    BackupInfo b;
    b.path = o.value(u"path"_s).toString();
    b.format = o.value(u"format"_s).toString();
    b.sizeBytes = qint64(o.value(u"sizeBytes"_s).toDouble(-1));
    b.sha256 = o.value(u"sha256"_s).toString();
    b.verified = o.value(u"verified"_s).toBool();
    b.onServerHost = o.value(u"onServerHost"_s).toBool();
    if (o.value(u"source"_s).isObject()) {
        const auto source = DbFingerprint::fromJson(o.value(u"source"_s).toObject());
        if (!source)
            return std::nullopt;
        b.source = *source;
    }
    b.databaseSizeBytes = qint64(o.value(u"databaseSizeBytes"_s).toDouble(-1));
    b.toolVersion = o.value(u"toolVersion"_s).toString();
    b.serverVersion = o.value(u"serverVersion"_s).toString();
    b.compressed = o.value(u"compressed"_s).toBool();
    b.finishedAt = QDateTime::fromString(o.value(u"finishedAt"_s).toString(), Qt::ISODateWithMs);
    b.elapsedMs = qint64(o.value(u"elapsedMs"_s).toDouble());
    return b;
}

} // namespace upgrade
