#include "BpmTestSchema.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace upgrade::test {

QString BpmTestSchema::exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return {};
    return sql + u": "_s + q.lastError().text();
}

qint64 BpmTestSchema::count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString BpmTestSchema::create(QSqlDatabase db, int rows, bool withDeduplicationColumn)
{
    const bool pg = db.driverName() == u"QPSQL"_s;
    const QString uuid = pg ? u"uuid"_s : u"TEXT"_s;
    const QString ts = pg ? u"timestamp"_s : u"TEXT"_s;
    const QString boolean = pg ? u"boolean"_s : u"INTEGER"_s;
    const QString common =
            u"\"Id\" %1 PRIMARY KEY, \"CreatedOn\" %2, \"ModifiedOn\" %2"_s.arg(uuid, ts);
    QStringList statements{
            u"CREATE TABLE \"SysSettings\" (%1, \"Code\" varchar(250), \"Name\" varchar(250))"_s
                    .arg(common),
            u"CREATE TABLE \"SysSettingsValue\" (%1, \"SysSettingsId\" %2 REFERENCES "
            "\"SysSettings\"(\"Id\"), \"TextValue\" text)"_s.arg(common, uuid),
            u"CREATE TABLE \"SysPackage\" (%1, \"Name\" varchar(250), \"UId\" %2, \"Version\" "
            "varchar(250), \"Maintainer\" varchar(250))"_s.arg(common, uuid),
            u"CREATE TABLE \"SysAdminUnit\" (%1, \"Name\" varchar(250))"_s.arg(common),
            u"CREATE TABLE \"SmrSyncHistory\" (%1, \"SmrEntityName\" varchar(250), \"SmrEntityId\" "
            "%2, \"SmrOneCId\" varchar(250), \"SmrData\" text)"_s.arg(common, uuid),
            u"CREATE TABLE \"SmrIntegrationObject\" (%1, \"Name\" varchar(250)%2)"_s.arg(
                    common, withDeduplicationColumn
                                    ? u", \"SmrUseForDeduplication\" %1"_s.arg(boolean)
                                    : QString()),
            u"CREATE TABLE \"SmrIntegrationLog\" (%1, \"SmrMessage\" text)"_s.arg(common),
            u"CREATE TABLE \"SmrOneCConnection\" (%1, \"SmrUrl\" varchar(500), \"SmrUser\" "
            "varchar(250))"_s.arg(common),
            u"CREATE TABLE \"QRTZ_TRIGGERS\" (\"SCHED_NAME\" varchar(120), \"TRIGGER_NAME\" "
            "varchar(150), \"TRIGGER_GROUP\" varchar(150), \"TRIGGER_STATE\" varchar(16), PRIMARY "
            "KEY (\"SCHED_NAME\", \"TRIGGER_NAME\", \"TRIGGER_GROUP\"))"_s,
            u"CREATE TABLE \"QRTZ_PAUSED_TRIGGER_GRPS\" (\"SCHED_NAME\" varchar(120), "
            "\"TRIGGER_GROUP\" varchar(150), PRIMARY KEY (\"SCHED_NAME\", \"TRIGGER_GROUP\"))"_s,
            u"CREATE TABLE \"QRTZ_SCHEDULER_STATE\" (\"SCHED_NAME\" varchar(120), "
            "\"INSTANCE_NAME\" varchar(200))"_s,
            u"CREATE TABLE \"QRTZ_FIRED_TRIGGERS\" (\"SCHED_NAME\" varchar(120), \"ENTRY_ID\" "
            "varchar(95))"_s,
            u"CREATE TABLE \"MailServer\" (%1, \"Name\" varchar(250), \"AllowEmailDownloading\" "
            "%2, \"AllowEmailSending\" %2)"_s.arg(common, boolean),
            u"CREATE TABLE \"MailboxSyncSettings\" (%1, \"EnableMailSynhronization\" %2, "
            "\"SendEmailsViaThisAccount\" %2)"_s.arg(common, boolean),
    };
    if (pg) {
        const QString id = u"gen_random_uuid()"_s;
        statements += {
                u"INSERT INTO \"SysSettings\" SELECT %1, now(), now(), 'Code' || g, 'Настройка "
                "№' || g FROM generate_series(1, 50) g"_s.arg(id),
                u"INSERT INTO \"SysSettings\" VALUES (%1, now(), now(), 'SiteUrl', 'Site URL')"_s
                        .arg(id),
                u"INSERT INTO \"SysSettingsValue\" SELECT %1, now(), now(), s.\"Id\", 'value of ' "
                "|| s.\"Code\" FROM \"SysSettings\" s"_s.arg(id),
                u"INSERT INTO \"SysPackage\" SELECT %1, now(), now(), 'Package' || g, %1, "
                "'1.' || g, CASE WHEN g % 3 = 0 THEN NULL ELSE 'Lanit' END FROM "
                "generate_series(1, 40) g"_s.arg(id),
                u"INSERT INTO \"SysAdminUnit\" SELECT %1, now(), now(), 'User ' || g FROM "
                "generate_series(1, 10) g"_s.arg(id),
                u"INSERT INTO \"SmrSyncHistory\" SELECT %1, now() - g * interval '1 minute', "
                "now(), 'Contact', %1, 'ОК-' || g, repeat(md5(g::text), 4) FROM "
                "generate_series(1, %2) g"_s.arg(id)
                        .arg(rows),
                u"INSERT INTO \"SmrIntegrationObject\" SELECT %1, now(), now(), 'Объект ' || g%2 "
                "FROM generate_series(1, 8) g"_s.arg(id, withDeduplicationColumn ? u", NULL"_s
                                                                                 : QString()),
                u"INSERT INTO \"SmrIntegrationLog\" SELECT %1, now(), now(), 'line ' || g FROM "
                "generate_series(1, %2) g"_s.arg(id)
                        .arg(rows),
                u"INSERT INTO \"SmrOneCConnection\" VALUES (%1, now(), now(), "
                "'http://1c-prod.example.ru/trade/odata/standard.odata', 'Integration')"_s.arg(id),
                u"INSERT INTO \"QRTZ_TRIGGERS\" SELECT 'BPMonlineQuartzScheduler', 'job' || g, "
                "'group' || (g % 3), CASE WHEN g % 4 = 0 THEN 'PAUSED' ELSE 'WAITING' END FROM "
                "generate_series(1, 12) g"_s,
                u"INSERT INTO \"QRTZ_SCHEDULER_STATE\" VALUES ('BPMonlineQuartzScheduler', "
                "'prod-node-1')"_s,
                u"INSERT INTO \"QRTZ_FIRED_TRIGGERS\" VALUES ('BPMonlineQuartzScheduler', 'e1')"_s,
                u"INSERT INTO \"MailServer\" VALUES (%1, now(), now(), 'Exchange', true, true)"_s
                        .arg(id),
                u"INSERT INTO \"MailboxSyncSettings\" SELECT %1, now(), now(), true, g % 2 = 0 "
                "FROM generate_series(1, 5) g"_s.arg(id),
        };
    } else {
        auto id = [](int n) {
            return u"'00000000-0000-0000-0000-%1'"_s.arg(n, 12, 10, QChar(u'0'));
        };
        int n = 1;
        for (int g = 1; g <= 50; ++g)
            statements.append(u"INSERT INTO \"SysSettings\" VALUES (%1, 'now', 'now', 'Code%2', "
                              "'Настройка %2')"_s.arg(id(n++))
                                      .arg(g));
        for (int g = 1; g <= 40; ++g)
            statements.append(u"INSERT INTO \"SysPackage\" VALUES (%1, 'now', 'now', 'Package%2', "
                              "%1, '1.%2', 'Lanit')"_s.arg(id(n++))
                                      .arg(g));
        for (int g = 1; g <= rows; ++g)
            statements.append(u"INSERT INTO \"SmrSyncHistory\" VALUES (%1, 'now', 'now', "
                              "'Contact', %1, 'ОК-%2', 'data')"_s.arg(id(n++))
                                      .arg(g));
        for (int g = 1; g <= 8; ++g)
            statements.append(u"INSERT INTO \"SmrIntegrationObject\" VALUES (%1, 'now', 'now', "
                              "'Объект %2'%3)"_s.arg(id(n++))
                                      .arg(g)
                                      .arg(withDeduplicationColumn ? u", NULL"_s : QString()));
        statements.append(u"INSERT INTO \"SmrOneCConnection\" VALUES (%1, 'now', 'now', "
                          "'http://1c-prod.example.ru/trade/odata/standard.odata', "
                          "'Integration')"_s.arg(id(n++)));
        for (int g = 1; g <= 12; ++g)
            statements.append(u"INSERT INTO \"QRTZ_TRIGGERS\" VALUES ('BPMonlineQuartzScheduler', "
                              "'job%1', 'group%2', '%3')"_s.arg(g)
                                      .arg(g % 3)
                                      .arg(g % 4 == 0 ? u"PAUSED"_s : u"WAITING"_s));
        statements.append(u"INSERT INTO \"QRTZ_SCHEDULER_STATE\" VALUES "
                          "('BPMonlineQuartzScheduler', 'prod-node-1')"_s);
        statements.append(
                u"INSERT INTO \"MailServer\" VALUES (%1, 'now', 'now', 'Exchange', 1, 1)"_s.arg(
                        id(n++)));
        statements.append(
                u"INSERT INTO \"MailboxSyncSettings\" VALUES (%1, 'now', 'now', 1, 1)"_s.arg(
                        id(n++)));
    }
    // One transaction: SQLite would otherwise sync the file after every row.
    if (!pg)
        statements.prepend(u"BEGIN"_s);
    if (!pg)
        statements.append(u"COMMIT"_s);
    for (const QString &s : std::as_const(statements)) {
        const QString error = exec(db, s);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QMap<QString, QString> BpmTestSchema::checksums(QSqlDatabase db)
{
    QMap<QString, QString> sums;
    QSqlQuery tables(db);
    tables.exec(u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                "AND table_type = 'BASE TABLE' ORDER BY 1"_s);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &name : std::as_const(names)) {
        QSqlQuery q(db);
        const QString quoted = u'"' + QString(name).replace(u"\""_s, u"\"\""_s) + u'"';
        if (q.exec(u"SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), "
                   "'')) FROM %1 t"_s.arg(quoted)) &&
            q.next())
            sums.insert(name, q.value(0).toString() + u':' + q.value(1).toString());
        else
            sums.insert(name, u"error: "_s + q.lastError().text());
    }
    return sums;
}

void RecordingProgress::setFraction(double fraction)
{
    QMutexLocker lock(&m_mutex);
    m_fractions.append(fraction);
}

void RecordingProgress::setStatus(const QString &text)
{
    {
        QMutexLocker lock(&m_mutex);
        m_statuses.append(text);
    }
    if (m_cancelWhen && m_cancelWhen(text))
        m_cancel.cancel();
}

void RecordingProgress::log(const QString &line)
{
    {
        QMutexLocker lock(&m_mutex);
        m_lines.append(line);
    }
    if (m_cancelWhen && m_cancelWhen(line))
        m_cancel.cancel();
}

QList<double> RecordingProgress::fractions() const
{
    QMutexLocker lock(&m_mutex);
    return m_fractions;
}

QStringList RecordingProgress::statuses() const
{
    QMutexLocker lock(&m_mutex);
    return m_statuses;
}

QStringList RecordingProgress::lines() const
{
    QMutexLocker lock(&m_mutex);
    return m_lines;
}

} // namespace upgrade::test
