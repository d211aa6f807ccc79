#pragma once

#include "profile/Profile.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

namespace upgrade::wizard {

class PlanViewModel;
class RunViewModel;

/// The Production page — the commit before production is touched: the maintenance window
/// (and whether now is inside it), the backups the production stage takes first, and the
/// typed confirmation of the production site's name. commit() answers the Runner's
/// "confirm.production-start" in advance with the person's word. Main thread.
class ProductionViewModel : public QObject
{
    Q_OBJECT
public:
    enum class WindowStatus { NotSet, Inside, Outside };

    ProductionViewModel(RunViewModel *run, PlanViewModel *plan, QObject *parent = nullptr);

    QString siteUrl() const;
    /// What must be typed: the host name of the production site ("crm.example.ru").
    QString siteName() const;
    bool confirmationMatches(const QString &typed) const;

    /// "Sat, Sun 20:00–06:00 (Europe/Moscow)", translated; empty when there is none.
    QString windowDescription() const;
    WindowStatus windowStatus(const QDateTime &now = QDateTime::currentDateTime()) const;
    /// Outside the window and the profile says "block".
    bool windowBlocks(const QDateTime &now = QDateTime::currentDateTime()) const;
    static bool insideWindow(const MaintenanceWindow &window, const QDateTime &now);

    /// The backups the production stage takes before it changes anything.
    QStringList backups() const;

    bool canCommit(const QString &typed) const;
    /// Records the confirmation for the Runner's production gate.
    void commit();

private:
    RunViewModel *m_run;
    PlanViewModel *m_plan;
};

} // namespace upgrade::wizard
