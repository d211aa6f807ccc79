#include "VerificationViewModel.h"

#include "BackgroundTask.h"
#include "RunSnapshot.h"

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

} // namespace

QString VerificationViewModel::resultsKey(EnvironmentKind environment)
{
    return u"integration.results."_s + toString(environment);
}

QString VerificationViewModel::flagsKey(EnvironmentKind environment)
{
    return u"deduplication.flags."_s + toString(environment);
}

QString VerificationViewModel::mappingKey(EnvironmentKind environment)
{
    return u"mapping-table."_s + toString(environment);
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
                           mappingKey(environment), stepResultsKey(),
                           stepFlagsKey(),          snapshotKey(environment)};
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
                // The procedure's steps keep one value for both environments: it is this
                // environment's when its step of that kind ran last.
                auto owned = [&](const QString &key, const QString &stepSuffix) {
                    return lastStepEnvironment(r.first->steps, stepSuffix) == environment
                                   ? values.value(key)
                                   : QJsonValue();
                };
                auto pick = [](const QJsonValue &a, const QJsonValue &b) {
                    return a.isUndefined() || a.isNull() ? b : a;
                };
                setValues(environment, pick(values.value(keys[0]), owned(keys[3], u".verify"_s)),
                          pick(values.value(keys[1]), owned(keys[4], u".deduplicate"_s)),
                          pick(values.value(keys[2]), values.value(keys[5])));
            });
}

QString VerificationViewModel::stepResultsKey()
{
    return u"integration.results"_s;
}

QString VerificationViewModel::stepFlagsKey()
{
    return u"deduplication.objects"_s;
}

QString VerificationViewModel::snapshotKey(EnvironmentKind environment)
{
    return toString(environment) + u".sync-history-snapshot"_s;
}

std::optional<EnvironmentKind>
VerificationViewModel::lastStepEnvironment(const QList<StepRecord> &steps, const QString &suffix)
{
    std::optional<EnvironmentKind> owner;
    QDateTime latest;
    for (const StepRecord &step : steps) {
        if (!step.stepId.endsWith(suffix) || !step.startedAt.isValid())
            continue;
        if (owner && step.startedAt < latest)
            continue;
        const QString env = step.stepId.left(step.stepId.size() - suffix.size());
        if (env == toString(EnvironmentKind::Test))
            owner = EnvironmentKind::Test;
        else if (env == toString(EnvironmentKind::Production))
            owner = EnvironmentKind::Production;
        else
            continue;
        latest = step.startedAt;
    }
    return owner;
}

void VerificationViewModel::setValues(EnvironmentKind environment, const QJsonValue &results,
                                      const QJsonValue &flags, const QJsonValue &mapping)
{
    m_environment = environment;
    m_integrations.clear();
    m_flags.clear();
    m_mapping.reset();
    // The documented shape {"integrations": [...]}, or the steps' bare array.
    const QJsonArray integrations = results.isArray()
                                            ? results.toArray()
                                            : results.toObject().value(u"integrations"_s).toArray();
    for (const QJsonValue &v : integrations) {
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
    // {"objects": [{name, object, before, after}]}, or the steps' [{name, flagSet}].
    const QJsonArray objects =
            flags.isArray() ? flags.toArray() : flags.toObject().value(u"objects"_s).toArray();
    for (const QJsonValue &v : objects) {
        const QJsonObject o = v.toObject();
        Flag f;
        f.name = o.value(u"name"_s).toString();
        f.object = o.value(u"object"_s).toString();
        if (f.name.isEmpty())
            f.name = f.object;
        if (o.value(u"before"_s).isBool())
            f.before = o.value(u"before"_s).toBool();
        f.after = o.contains(u"flagSet"_s) ? o.value(u"flagSet"_s).toBool()
                                           : o.value(u"after"_s).toBool();
        m_flags << f;
    }
    if (mapping.isObject()) {
        const QJsonObject o = mapping.toObject();
        if (o.contains(u"rowsBefore"_s) || !o.contains(u"rows"_s)) {
            m_mapping = MappingTable{o.value(u"table"_s).toString(), number(o, u"rowsBefore"_s),
                                     number(o, u"rowsAfter"_s), o.value(u"snapshot"_s).toString()};
        } else {
            // The step's "<env>.sync-history-snapshot": {table: the snapshot table, rows:
            // the rows it copied, i.e. the mapping table's rows before it was cleared}. The
            // rows left are not recorded (the step fails unless none are).
            m_mapping = MappingTable{m_mappingTableName, number(o, u"rows"_s), -1,
                                     o.value(u"table"_s).toString()};
        }
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
