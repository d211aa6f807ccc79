#include "ProductionViewModel.h"

#include "PlanViewModel.h"
#include "RunViewModel.h"

#include <QLocale>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

ProductionViewModel::ProductionViewModel(RunViewModel *run, PlanViewModel *plan, QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_plan(plan)
{}

QString ProductionViewModel::siteUrl() const
{
    return m_run->config().profile.production.siteUrl;
}

QString ProductionViewModel::siteName() const
{
    return QUrl(siteUrl()).host();
}

bool ProductionViewModel::confirmationMatches(const QString &typed) const
{
    const QString expected = siteName();
    return !expected.isEmpty() && typed.trimmed().compare(expected, Qt::CaseInsensitive) == 0;
}

QString ProductionViewModel::windowDescription() const
{
    const MaintenanceWindow &w = m_run->config().profile.maintenanceWindow;
    if (!w.enabled)
        return {};
    QStringList days;
    const QLocale locale;
    for (int day : w.days)
        days << locale.dayName(day, QLocale::ShortFormat);
    const QString when = u"%1–%2"_s.arg(w.from.toString(u"HH:mm"_s), w.to.toString(u"HH:mm"_s));
    const QString zone = w.timeZone.isEmpty() ? tr("this computer's time") : w.timeZone;
    if (days.isEmpty())
        return tr("Every day %1 (%2)").arg(when, zone);
    return tr("%1, %2 (%3)").arg(days.join(u", "_s), when, zone);
}

bool ProductionViewModel::insideWindow(const MaintenanceWindow &w, const QDateTime &now)
{
    if (!w.enabled)
        return true;
    const QTimeZone zone =
            w.timeZone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(w.timeZone.toUtf8());
    const QDateTime local = zone.isValid() ? now.toTimeZone(zone) : now;
    const QTime t = local.time();
    const int today = local.date().dayOfWeek();
    const int yesterday = today == 1 ? 7 : today - 1;
    auto dayAllowed = [&](int day) { return w.days.isEmpty() || w.days.contains(day); };
    if (w.from <= w.to)
        return dayAllowed(today) && t >= w.from && t < w.to;
    // Over midnight: the evening of an allowed day, or the morning after one.
    return (dayAllowed(today) && t >= w.from) || (dayAllowed(yesterday) && t < w.to);
}

ProductionViewModel::WindowStatus ProductionViewModel::windowStatus(const QDateTime &now) const
{
    const MaintenanceWindow &w = m_run->config().profile.maintenanceWindow;
    if (!w.enabled)
        return WindowStatus::NotSet;
    return insideWindow(w, now) ? WindowStatus::Inside : WindowStatus::Outside;
}

bool ProductionViewModel::windowBlocks(const QDateTime &now) const
{
    return windowStatus(now) == WindowStatus::Outside &&
           m_run->config().profile.maintenanceWindow.mode == WindowMode::Block;
}

QStringList ProductionViewModel::backups() const
{
    return m_plan->backupsTaken(StageKind::Production);
}

bool ProductionViewModel::canCommit(const QString &typed) const
{
    return confirmationMatches(typed) && !windowBlocks();
}

void ProductionViewModel::commit()
{
    m_run->setPresetAnswer(u"confirm.production-start"_s,
                           Answer{u"yes"_s, {}, AnswerSource::Interactive});
}

} // namespace upgrade::wizard
