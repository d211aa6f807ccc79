#include "VerificationViewModel.h"

#include "BackgroundTask.h"
#include "RunSnapshot.h"

#include "report/RunValues.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

namespace {

qint64 number(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() && v.toDouble() >= 0 ? qint64(v.toDouble()) : -1;
}

StageKind stageOf(EnvironmentKind environment)
{
    return environment == EnvironmentKind::Production ? StageKind::Production : StageKind::Test;
}

} // namespace

QString VerificationViewModel::resultsKey(EnvironmentKind environment)
{
    return RunValues::integrationResultsKey(stageOf(environment));
}

QString VerificationViewModel::flagsKey(EnvironmentKind environment)
{
    return RunValues::deduplicationObjectsKey(stageOf(environment));
}

QString VerificationViewModel::snapshotKey(EnvironmentKind environment)
{
    return toString(environment) + u".sync-history-snapshot"_s;
}

VerificationViewModel::VerificationViewModel(QObject *parent)
    : QObject(parent)
{}

void VerificationViewModel::load(const QString &runDirectory, EnvironmentKind environment)
{
    m_loading = true;
    m_error.clear();
    m_environment = environment;
    const quint64 generation = ++m_generation;
    emit changed();
    const QStringList keys{resultsKey(environment), flagsKey(environment),
                           snapshotKey(environment)};
    runInBackground(
            this,
            [runDirectory, keys] {
                QString error;
                std::optional<RunSnapshot> s = RunSnapshot::read(runDirectory, keys, &error);
                return std::make_pair(s, error);
            },
            [this, generation, environment,
             keys](std::pair<std::optional<RunSnapshot>, QString> r) {
                if (generation != m_generation)
                    return;
                m_loading = false;
                if (!r.first) {
                    m_error = r.second;
                    setValues(environment, {}, {}, {});
                    return;
                }
                const auto &values = r.first->values;
                setValues(environment, values.value(keys[0]), values.value(keys[1]),
                          values.value(keys[2]));
            });
}

void VerificationViewModel::setValues(EnvironmentKind environment, const QJsonValue &results,
                                      const QJsonValue &flags, const QJsonValue &mapping)
{
    m_environment = environment;
    m_integrations.clear();
    m_flags.clear();
    m_mapping.reset();
    for (const QJsonValue &v : results.toArray()) {
        const QJsonObject o = v.toObject();
        Integration i;
        i.name = o.value(u"name"_s).toString();
        i.object = o.value(u"object"_s).toString();
        if (i.name.isEmpty())
            i.name = i.object;
        i.records = number(o, u"records"_s);
        i.errors = number(o, u"errors"_s);
        i.duplicates = number(o, u"duplicates"_s);
        i.duplicatesInBpmSoft = number(o, u"duplicatesInBpmSoft"_s);
        i.duplicatesIn1C = number(o, u"duplicatesIn1C"_s);
        i.status = o.value(u"status"_s).toString();
        i.message = o.value(u"message"_s).toString();
        m_integrations << i;
    }
    for (const QJsonValue &v : flags.toArray()) {
        const QJsonObject o = v.toObject();
        Flag f;
        f.name = o.value(u"name"_s).toString();
        f.object = o.value(u"object"_s).toString();
        if (f.name.isEmpty())
            f.name = f.object;
        if (o.value(u"before"_s).isBool())
            f.before = o.value(u"before"_s).toBool();
        f.after = o.value(u"flagSet"_s).toBool();
        m_flags << f;
    }
    if (mapping.isObject()) {
        const QJsonObject o = mapping.toObject();
        m_mapping = MappingTable{m_mappingTableName, number(o, u"rows"_s),
                                 number(o, u"rowsAfter"_s), o.value(u"table"_s).toString()};
    }
    emit changed();
}

bool VerificationViewModel::hasData() const
{
    return !m_integrations.isEmpty() || !m_flags.isEmpty() || m_mapping.has_value();
}

bool VerificationViewModel::isClean() const
{
    if (m_integrations.isEmpty())
        return false;
    for (const Integration &i : m_integrations)
        if (!i.isClean())
            return false;
    for (const Flag &f : m_flags)
        if (!f.after)
            return false;
    return true;
}

QString VerificationViewModel::verdict() const
{
    if (m_loading)
        return tr("Reading the results from the journal…");
    if (!m_error.isEmpty())
        return tr("The results cannot be read: %1").arg(m_error);
    if (!hasData())
        return tr("The verification step has recorded no results in this run.");
    if (m_integrations.isEmpty())
        return tr("No integration results were recorded.");
    qint64 errors = 0, duplicates = 0;
    for (const Integration &i : m_integrations) {
        errors += std::max<qint64>(i.errors, 0);
        duplicates += std::max<qint64>(i.duplicates, 0);
    }
    int unset = 0;
    for (const Flag &f : m_flags)
        unset += f.after ? 0 : 1;
    if (isClean())
        return tr("All %n integration(s) finished without errors, and no duplicates appeared.",
                  nullptr, int(m_integrations.size()));
    QStringList problems;
    if (errors > 0)
        problems << tr("%n error(s)", nullptr, int(errors));
    if (duplicates > 0)
        problems << tr("%n duplicate(s)", nullptr, int(duplicates));
    if (unset > 0)
        problems << tr("%n object(s) without the deduplication flag", nullptr, unset);
    if (problems.isEmpty())
        problems << tr("an integration did not finish");
    return tr("Problems found: %1. Do not go on to production before they are understood.")
            .arg(problems.join(u", "_s));
}

} // namespace upgrade::wizard
