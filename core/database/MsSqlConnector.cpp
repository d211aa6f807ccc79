#include "MsSqlConnector.h"

#include "QtSqlExecutor.h"

using namespace Qt::StringLiterals;

namespace upgrade {

MsSqlConnector::MsSqlConnector(DatabaseSettings settings, QString password)
    : m_settings(std::move(settings))
    , m_password(std::move(password))
{}

QString MsSqlConnector::odbcValue(const QString &value)
{
    // Braces where a value would otherwise end early or be trimmed (databases-and-iis.md §1.8).
    const bool needs = value.isEmpty() || value.contains(u';') || value.contains(u'{') ||
                       value.contains(u'}') || value != value.trimmed();
    if (!needs)
        return value;
    return u'{' + QString(value).replace(u"}"_s, u"}}"_s) + u'}';
}

QString MsSqlConnector::connectionString(const DatabaseSettings &settings, const QString &password,
                                         const QString &database)
{
    const QString driver = settings.odbcDriver.isEmpty() ? DefaultDriver : settings.odbcDriver;
    const bool freeTds = driver.contains(u"FreeTDS"_s, Qt::CaseInsensitive);
    const int port = settings.port > 0 ? settings.port : 1433;
    QStringList parts{u"DRIVER={%1}"_s.arg(QString(driver).replace(u"}"_s, u"}}"_s))};
    if (freeTds) {
        parts.append(u"SERVER="_s + odbcValue(settings.host));
        parts.append(u"PORT=%1"_s.arg(port));
        parts.append(u"TDS_Version=7.4"_s);
        parts.append(u"ClientCharset=UTF-8"_s);
    } else {
        // host\instance is resolved by the SQL Browser; a port only for the default instance.
        parts.append(u"SERVER="_s +
                     odbcValue(settings.host.contains(u'\\')
                                       ? settings.host
                                       : u"tcp:%1,%2"_s.arg(settings.host).arg(port)));
    }
    parts.append(u"DATABASE="_s + odbcValue(database));
    if (settings.user.isEmpty()) {
        parts.append(u"Trusted_Connection=yes"_s);
    } else {
        parts.append(u"UID="_s + odbcValue(settings.user));
        parts.append(u"PWD="_s + odbcValue(password));
    }
    parts.append(u"APP=bpmsoft-upgrade"_s);
    const QString extra = qEnvironmentVariable("BPMSOFT_UPGRADE_MSSQL_ODBC_EXTRA").trimmed();
    if (!extra.isEmpty())
        parts.append(extra);
    return parts.join(u';') + u';';
}

std::unique_ptr<SqlExecutor> MsSqlConnector::open(const QString &database, QString *error,
                                                  QString *nativeCode)
{
    auto sql = std::make_unique<QtSqlExecutor>();
    SqlConnectionSpec spec;
    spec.driver = u"QODBC"_s;
    spec.database = connectionString(m_settings, m_password, database);
    spec.connectOptions = u"SQL_ATTR_LOGIN_TIMEOUT=15;SQL_ATTR_ODBC_VERSION=SQL_OV_ODBC3"_s;
    if (!sql->open(spec, error, nativeCode))
        return nullptr;
    return sql;
}

} // namespace upgrade
