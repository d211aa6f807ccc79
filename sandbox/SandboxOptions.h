#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace upgrade::sandbox {

/// The options of `bpmsoft-sandbox` (and of the wizard's --sandbox), parsed from arguments.
struct SandboxOptions
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::sandbox::SandboxOptions)
public:
    QString scenario = QStringLiteral("happy");
    QString directory;   ///< where profile.json and secrets are written
    quint16 port = 0;    ///< 0: a free port
    QString databaseUrl; ///< empty: SQLite in `directory`
    QString password = QStringLiteral("Supervisor");
    double speed = 1.0;   ///< >1 makes simulated work faster
    QString scenarioFile; ///< a JSON scenario (docs/sandbox.md); overrides --scenario
    QStringList faults;   ///< extra faults, "ENDPOINT=KIND[,option=value...]"
    QString hosting = QStringLiteral("netframework"); ///< or "netcore"
    QString role = QStringLiteral("production");      ///< or "test" (with --site-only)
    bool siteOnly = false;  ///< one site on --database; no 1C, profile or secrets
    bool smallSeed = false; ///< --seed small: tens of records instead of thousands
    /// --exit-with URL: stop when that site stops answering (the upgrade's sandbox test site
    /// ends with the sandbox it was made for; CompanionSiteWatcher).
    QUrl exitWith;

    /// nullopt and a translated message in `error` on bad arguments.
    static std::optional<SandboxOptions> parse(const QStringList &arguments, QString *error);
    static QString helpText();
};

} // namespace upgrade::sandbox
