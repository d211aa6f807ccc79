#include "TestCopyNeutralizer.h"

#include "SchemaInspector.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

QString normalizedUrl(QString url)
{
    url = url.trimmed().toLower();
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

} // namespace

/// A table as it is really spelled, with the real names of the columns asked for (empty when
/// the column is absent); `name` empty when the table is absent.
struct TestCopyNeutralizer::TableColumns
{
    QString name;
    QMap<QString, QString> columns;
    QString column(const QString &wanted) const { return columns.value(wanted); }
};

TestCopyNeutralizer::TestCopyNeutralizer(SqlExecutor &sql, SqlDialect dialect,
                                         ConnectorSettings settings)
    : m_sql(sql)
    , m_dialect(dialect)
    , m_settings(std::move(settings))
{}

DbError TestCopyNeutralizer::sqlError(const QString &what, const SqlOutcome &o) const
{
    const bool denied = o.nativeErrorCode == u"42501"_s || o.nativeErrorCode == u"229"_s ||
                        o.nativeErrorCode == u"230"_s ||
                        o.errorText.contains(u"permission"_s, Qt::CaseInsensitive);
    return DbError(
            denied ? DbError::Code::Permission : DbError::Code::Failed,
            denied ? tr("%1 failed: the database user lacks a right: %2").arg(what, o.errorText)
                   : tr("%1 failed.").arg(what),
            o.errorText);
}

NeutralizeResult TestCopyNeutralizer::neutralize(const NeutralizeOptions &options,
                                                 Progress &progress)
{
    NeutralizeResult result;
    auto refuse = [&](DbError e) {
        result.error = std::move(e);
        return result;
    };
    if (options.testOneCUrl.trimmed().isEmpty())
        return refuse(DbError(DbError::Code::InvalidName,
                              tr("The address of the test 1C is not set: the test copy would "
                                 "keep exchanging with the production 1C.")));
    if (!options.productionOneCUrl.isEmpty() &&
        normalizedUrl(options.productionOneCUrl) == normalizedUrl(options.testOneCUrl))
        return refuse(DbError(DbError::Code::InvalidName,
                              tr("The test 1C address %1 is the production 1C's. Give the address "
                                 "of a test 1C with a copy of the data.")
                                      .arg(options.testOneCUrl)));
    if (!SqlDialect::isPlainIdentifier(m_settings.oneCSettingsTable))
        return refuse(DbError(DbError::Code::InvalidName,
                              tr("\"%1\" is not a valid table name; it is refused.")
                                      .arg(m_settings.oneCSettingsTable)));

    SchemaInspector inspector(m_sql, m_dialect);
    auto resolve = [&](const QString &table, const QStringList &columns,
                       DbError *error) -> TableColumns {
        TableColumns tc;
        const auto real = inspector.resolveTable(table);
        if (!real.ok()) {
            *error = real.error;
            return tc;
        }
        tc.name = real.value;
        if (tc.name.isEmpty())
            return tc;
        const auto all = inspector.columns(tc.name);
        if (!all.ok()) {
            *error = all.error;
            return tc;
        }
        for (const QString &c : columns)
            tc.columns.insert(c, SchemaInspector::findColumn(all.value, c));
        return tc;
    };
    auto q = [this](const QString &name) { return m_dialect.quoteIdentifier(name); };

    QString text;
    if (!m_sql.beginTransaction(&text))
        return refuse(
                DbError(DbError::Code::Failed, tr("Making the test copy inert failed."), text));
    auto abort = [&](const DbError &e) {
        m_sql.rollback(nullptr);
        result.changes.clear();
        result.error = e;
        return result;
    };
    DbError error;

    // 1. The connector's 1C connection: required.
    const TableColumns onec =
            resolve(m_settings.oneCSettingsTable, {u"Id"_s, u"SmrUrl"_s, u"SmrUser"_s}, &error);
    if (error)
        return abort(error);
    if (onec.name.isEmpty() || onec.column(u"SmrUrl"_s).isEmpty())
        return abort(
                DbError(DbError::Code::NotFound,
                        tr("The connector's 1C connection settings (table %1, column SmrUrl) "
                           "were not found in the test copy, so it cannot be re-pointed at the "
                           "test 1C. Check the table name in the profile.")
                                .arg(m_settings.oneCSettingsTable)));
    {
        const QString url = onec.column(u"SmrUrl"_s);
        const QString user = onec.column(u"SmrUser"_s);
        SqlOutcome o = m_sql.exec(u"SELECT %1 FROM %2"_s.arg(q(url), q(onec.name)));
        if (!o.ok)
            return abort(sqlError(tr("Reading the 1C connection"), o));
        QStringList before;
        for (const QVariantList &row : o.rows())
            before.append(row.value(0).toString());
        before.removeDuplicates();
        const bool setUser = !options.testOneCUser.isEmpty() && !user.isEmpty();
        o = setUser ? m_sql.exec(
                              u"UPDATE %1 SET %2 = ?, %3 = ?"_s.arg(q(onec.name), q(url), q(user)),
                              {options.testOneCUrl, options.testOneCUser})
                    : m_sql.exec(u"UPDATE %1 SET %2 = ?"_s.arg(q(onec.name), q(url)),
                                 {options.testOneCUrl});
        if (!o.ok)
            return abort(sqlError(tr("Re-pointing the 1C connection"), o));
        if (o.rowsAffected == 0) {
            result.skipped.append(tr("No 1C connection is configured in %1.").arg(onec.name));
        } else {
            result.changes.append(
                    {tr("Re-pointed the connector's 1C connection (%1) from %2 to %3%4")
                             .arg(onec.name, before.join(u", "_s), options.testOneCUrl,
                                  setUser ? tr(", user %1").arg(options.testOneCUser) : QString()),
                     o.rowsAffected});
        }
    }

    // 2. The scheduler: pause every trigger, mark all groups paused, forget production's nodes.
    const TableColumns triggers =
            resolve(u"QRTZ_TRIGGERS"_s, {u"SCHED_NAME"_s, u"TRIGGER_STATE"_s}, &error);
    if (error)
        return abort(error);
    if (triggers.name.isEmpty() || triggers.column(u"TRIGGER_STATE"_s).isEmpty()) {
        result.skipped.append(tr("No Quartz trigger table (QRTZ_TRIGGERS) was found."));
    } else {
        const QString state = q(triggers.column(u"TRIGGER_STATE"_s));
        const SqlOutcome o = m_sql.exec(
                u"UPDATE %1 SET %2 = ? WHERE %2 IS NULL OR %2 <> ?"_s.arg(q(triggers.name), state),
                {u"PAUSED"_s, u"PAUSED"_s});
        if (!o.ok)
            return abort(sqlError(tr("Pausing the scheduler triggers"), o));
        result.changes.append(
                {tr("Paused %1 scheduler triggers (%2).").arg(o.rowsAffected).arg(triggers.name),
                 o.rowsAffected});

        const TableColumns groups = resolve(u"QRTZ_PAUSED_TRIGGER_GRPS"_s,
                                            {u"SCHED_NAME"_s, u"TRIGGER_GROUP"_s}, &error);
        if (error)
            return abort(error);
        const QString sched = triggers.column(u"SCHED_NAME"_s);
        if (!groups.name.isEmpty() && !sched.isEmpty() &&
            !groups.column(u"SCHED_NAME"_s).isEmpty() &&
            !groups.column(u"TRIGGER_GROUP"_s).isEmpty()) {
            const QString gs = q(groups.column(u"SCHED_NAME"_s));
            const QString gg = q(groups.column(u"TRIGGER_GROUP"_s));
            const SqlOutcome g = m_sql.exec(
                    u"INSERT INTO %1 (%2, %3) SELECT DISTINCT t.%4, CAST(? AS VARCHAR(200)) FROM "
                    u"%5 t "
                    "WHERE NOT EXISTS (SELECT 1 FROM %1 p WHERE p.%2 = t.%4 AND p.%3 = ?)"_s.arg(
                            q(groups.name), gs, gg, q(sched), q(triggers.name)),
                    {PausedGroupsMarker, PausedGroupsMarker});
            if (!g.ok)
                return abort(sqlError(tr("Marking all trigger groups paused"), g));
            result.changes.append({tr("Marked all trigger groups paused for %1 schedulers (%2).")
                                           .arg(g.rowsAffected)
                                           .arg(groups.name),
                                   g.rowsAffected});
        }
        for (const QString &table : {u"QRTZ_SCHEDULER_STATE"_s, u"QRTZ_FIRED_TRIGGERS"_s}) {
            const TableColumns stale = resolve(table, {}, &error);
            if (error)
                return abort(error);
            if (stale.name.isEmpty())
                continue;
            const SqlOutcome d = m_sql.exec(u"DELETE FROM %1"_s.arg(q(stale.name)));
            if (!d.ok)
                return abort(sqlError(tr("Clearing %1").arg(stale.name), d));
            result.changes.append({tr("Removed %1 rows of production's scheduler nodes (%2).")
                                           .arg(d.rowsAffected)
                                           .arg(stale.name),
                                   d.rowsAffected});
        }
    }

    // 3. Mail: no downloading, no sending.
    const QList<std::pair<QString, QStringList>> mail{
            {u"MailServer"_s, {u"AllowEmailDownloading"_s, u"AllowEmailSending"_s}},
            {u"MailboxSyncSettings"_s,
             {u"EnableMailSynhronization"_s, u"SendEmailsViaThisAccount"_s}}};
    for (const auto &[table, flags] : mail) {
        const TableColumns tc = resolve(table, flags, &error);
        if (error)
            return abort(error);
        QStringList present;
        for (const QString &f : flags)
            if (!tc.column(f).isEmpty())
                present.append(tc.column(f));
        if (tc.name.isEmpty() || present.isEmpty()) {
            result.skipped.append(tr("No mail settings table %1 was found.").arg(table));
            continue;
        }
        QStringList sets, wheres;
        QVariantList values;
        for (const QString &c : std::as_const(present)) {
            sets.append(u"%1 = ?"_s.arg(q(c)));
            values.append(false);
        }
        for (const QString &c : std::as_const(present)) {
            wheres.append(u"%1 IS NULL OR %1 <> ?"_s.arg(q(c)));
            values.append(false);
        }
        const SqlOutcome o =
                m_sql.exec(u"UPDATE %1 SET %2 WHERE %3"_s.arg(q(tc.name), sets.join(u", "_s),
                                                              wheres.join(u" OR "_s)),
                           values);
        if (!o.ok)
            return abort(sqlError(tr("Switching off mail in %1").arg(tc.name), o));
        result.changes.append({tr("Switched off %1 in %2 rows of %3.")
                                       .arg(present.join(u", "_s))
                                       .arg(o.rowsAffected)
                                       .arg(tc.name),
                               o.rowsAffected});
    }

    // 4. The site's own address in e-mails and links.
    if (!options.testSiteUrl.isEmpty()) {
        const TableColumns settings = resolve(u"SysSettings"_s, {u"Id"_s, u"Code"_s}, &error);
        const TableColumns values = error ? TableColumns{}
                                          : resolve(u"SysSettingsValue"_s,
                                                    {u"SysSettingsId"_s, u"TextValue"_s}, &error);
        if (error)
            return abort(error);
        if (settings.name.isEmpty() || values.name.isEmpty() ||
            values.column(u"TextValue"_s).isEmpty()) {
            result.skipped.append(tr("The SiteUrl system setting was not found."));
        } else {
            const SqlOutcome o = m_sql.exec(
                    u"UPDATE %1 SET %2 = ? WHERE %3 IN (SELECT %4 FROM %5 WHERE %6 = ?)"_s.arg(
                            q(values.name), q(values.column(u"TextValue"_s)),
                            q(values.column(u"SysSettingsId"_s)), q(settings.column(u"Id"_s)),
                            q(settings.name), q(settings.column(u"Code"_s))),
                    {options.testSiteUrl, u"SiteUrl"_s});
            if (!o.ok)
                return abort(sqlError(tr("Setting SiteUrl"), o));
            result.changes.append(
                    {tr("Set the SiteUrl system setting to %1.").arg(options.testSiteUrl),
                     o.rowsAffected});
        }
    }

    if (!m_sql.commit(&text)) {
        m_sql.rollback(nullptr);
        result.changes.clear();
        result.error =
                DbError(DbError::Code::Failed, tr("Making the test copy inert failed."), text);
        return result;
    }
    for (const NeutralizeChange &c : std::as_const(result.changes))
        progress.log(c.description);
    for (const QString &s : std::as_const(result.skipped))
        progress.log(s);
    return result;
}

DbResult<QList<OneCConnectionRow>> TestCopyNeutralizer::oneCConnections()
{
    using Result = DbResult<QList<OneCConnectionRow>>;
    if (!SqlDialect::isPlainIdentifier(m_settings.oneCSettingsTable))
        return Result::failure(DbError(DbError::Code::InvalidName,
                                       tr("\"%1\" is not a valid table name; it is refused.")
                                               .arg(m_settings.oneCSettingsTable)));
    SchemaInspector inspector(m_sql, m_dialect);
    const auto table = inspector.resolveTable(m_settings.oneCSettingsTable);
    if (!table.ok())
        return Result::failure(table.error);
    if (table.value.isEmpty())
        return Result::failure(
                DbError(DbError::Code::NotFound,
                        tr("The table %1 does not exist.").arg(m_settings.oneCSettingsTable)));
    const auto columns = inspector.columns(table.value);
    if (!columns.ok())
        return Result::failure(columns.error);
    const QString id = SchemaInspector::findColumn(columns.value, u"Id"_s);
    const QString url = SchemaInspector::findColumn(columns.value, u"SmrUrl"_s);
    const QString user = SchemaInspector::findColumn(columns.value, u"SmrUser"_s);
    if (url.isEmpty())
        return Result::failure(DbError(DbError::Code::NotFound,
                                       tr("The table %1 has no column SmrUrl.").arg(table.value)));
    auto q = [this](const QString &n) { return m_dialect.quoteIdentifier(n); };
    const SqlOutcome o = m_sql.exec(u"SELECT %1, %2, %3 FROM %4"_s.arg(
            id.isEmpty() ? u"NULL"_s : q(id), q(url), user.isEmpty() ? u"NULL"_s : q(user),
            q(table.value)));
    if (!o.ok)
        return Result::failure(sqlError(tr("Reading the 1C connection"), o));
    QList<OneCConnectionRow> rows;
    for (const QVariantList &row : o.rows())
        rows.append({row.value(0).toString(), row.value(1).toString(), row.value(2).toString()});
    return Result::success(rows);
}

} // namespace upgrade
