#include "SecretKeys.h"

using namespace Qt::StringLiterals;

namespace upgrade {

QString SecretKeys::key(EnvironmentKind environment, Kind kind)
{
    static const char16_t *const names[] = {u"site", u"database", u"onec", u"odata", u"cluster"};
    return toString(environment) + u'.' + QString::fromUtf16(names[kind]);
}

QString SecretKeys::environmentVariable(const QString &key)
{
    QString name = key.toUpper();
    name.replace(u'.', u'_').replace(u'-', u'_');
    return u"BPMSOFT_UPGRADE_SECRET_"_s + name;
}

QStringList SecretKeys::allKeys()
{
    QStringList keys;
    for (EnvironmentKind env : {EnvironmentKind::Production, EnvironmentKind::Test})
        for (Kind kind : {Site, Database, OneC, OData, Cluster})
            keys.append(key(env, kind));
    return keys;
}

} // namespace upgrade
