#include "HtmlReport.h"

#include "ReportText.h"

#include "package/PackageComparison.h"
#include "plan/TargetIdentity.h"
#include "util/Translations.h"

#include <QDir>
#include <QFileInfo>

#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// A CSS class name from a state word: only [a-z-], whatever the journal says.
QString stateClass(const QString &state)
{
    QString cls;
    for (QChar c : state)
        if ((c >= u'a' && c <= u'z') || c == u'-')
            cls += c;
    return u"st-"_s + cls;
}

QString stateCell(const QString &journalState)
{
    return u"<td class=\"state %1\">%2</td>"_s.arg(stateClass(journalState),
                                                   esc(ReportText::stateWord(journalState)));
}

/// Builds the page; `print` selects the QTextDocument-friendly variant.
class Page
{
public:
    explicit Page(bool print)
        : m_print(print)
    {}

    void h(int level, const QString &text)
    {
        m_html += u"<h%1>%2</h%1>\n"_s.arg(level).arg(esc(text));
    }
    void p(const QString &escapedHtml, const QString &cls = {})
    {
        m_html += cls.isEmpty() ? u"<p>%1</p>\n"_s.arg(escapedHtml)
                                : u"<p class=\"%1\">%2</p>\n"_s.arg(cls, escapedHtml);
    }
    /// A table; `widths`: the columns' shares of the width in percent (0: automatic).
    void tableStart(const QStringList &headers, const QList<int> &widths = {})
    {
        m_html += u"<table class=\"grid\"%1>\n<thead><tr>"_s.arg(
                m_print ? u" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\""_s
                        : QString());
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const int width = widths.value(i);
            m_html += width > 0 ? u"<th width=\"%1%\">%2</th>"_s.arg(width).arg(esc(headers[i]))
                                : u"<th>%1</th>"_s.arg(esc(headers[i]));
        }
        m_html += u"</tr></thead>\n<tbody>\n"_s;
    }
    /// A row of already escaped cells (each "<td>...</td>").
    void rawRow(const QString &cells) { m_html += u"<tr>"_s + cells + u"</tr>\n"_s; }
    void row(const QStringList &texts)
    {
        QString cells;
        for (const QString &t : texts)
            cells += td(t);
        rawRow(cells);
    }
    void tableEnd() { m_html += u"</tbody></table>\n"_s; }
    /// A two-column table of names and values.
    void keyValues(const QList<std::pair<QString, QString>> &rows)
    {
        m_html += u"<table class=\"kv\"%1>\n"_s.arg(
                m_print ? u" cellspacing=\"0\" cellpadding=\"2\""_s : QString());
        for (const auto &[key, value] : rows)
            m_html += u"<tr><th>%1</th><td>%2</td></tr>\n"_s.arg(
                    esc(key), esc(value).replace(u"\n"_s, u"<br>"_s));
        m_html += u"</table>\n"_s;
    }
    /// Raw details (tool output): preformatted; folded in a browser, shortened in print.
    QString details(const QString &text) const
    {
        if (text.trimmed().isEmpty())
            return {};
        QString shown = text;
        if (m_print && shown.size() > 2000)
            shown = shown.left(2000) + u"\n…"_s;
        if (m_print)
            return u"<pre class=\"details\">%1</pre>"_s.arg(esc(shown));
        return u"<details><summary>%1</summary><pre class=\"details\">%2</pre></details>"_s.arg(
                esc(HtmlReport::tr("Details")), esc(shown));
    }
    static QString td(const QString &text, const QString &cls = {})
    {
        return cls.isEmpty() ? u"<td>%1</td>"_s.arg(esc(text))
                             : u"<td class=\"%1\">%2</td>"_s.arg(cls, esc(text));
    }
    void raw(const QString &html) { m_html += html; }
    QString html() const { return m_html; }
    bool print() const { return m_print; }

private:
    bool m_print;
    QString m_html;
};

QString css(bool print)
{
    // Plain CSS that browsers and Qt's rich-text engine both understand.
    QString style = uR"(
body { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #1b1b1b; }
h1 { font-size: 16pt; margin-bottom: 4pt; }
h2 { font-size: 13pt; margin-top: 14pt; border-bottom: 1px solid #999999; }
h3 { font-size: 11pt; margin-top: 10pt; }
table.grid { border-collapse: collapse; margin-bottom: 6pt; }
table.grid th { background-color: #e8e8e8; text-align: left; }
table.grid th, table.grid td { border: 1px solid #bbbbbb; padding: 3px 5px; vertical-align: top; }
table.kv th { text-align: left; font-weight: normal; color: #555555; padding-right: 12px; vertical-align: top; }
table.kv td { vertical-align: top; }
.result { font-size: 12pt; padding: 6px; border: 1px solid #999999; }
.result-succeeded { background-color: #dff3df; }
.result-rolled-back { background-color: #fff1d6; }
.result-blocked { background-color: #fff1d6; }
.result-failed { background-color: #fbdada; }
.result-in-progress { background-color: #e3ecfa; }
.st-succeeded, .st-passed { color: #1d6b1d; font-weight: bold; }
.st-failed, .st-rollback-failed, .st-refused { color: #b00000; font-weight: bold; }
.st-blocked, .st-interrupted, .st-cancelled, .st-needs-answer, .st-overridden, .st-rolled-back { color: #9a5b00; font-weight: bold; }
.st-running, .st-rolling-back { color: #1f4e9a; font-weight: bold; }
.st-skipped, .st-pending { color: #666666; }
.bad { color: #b00000; font-weight: bold; }
.good { color: #1d6b1d; }
.mono { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 8pt; }
pre.details { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 8pt; white-space: pre-wrap; background-color: #f4f4f4; }
.muted { color: #666666; }
.footer { margin-top: 16pt; color: #666666; font-size: 8pt; }
)"_s;
    if (print)
        style += uR"(
body { font-size: 9pt; }
table.grid td, table.grid th { font-size: 8pt; }
.mono, pre.details { font-size: 7pt; }
)"_s;
    else
        style += uR"(
body { max-width: 1200px; margin: 16px auto; padding: 0 12px; line-height: 1.35; }
table.grid { width: 100%; }
pre.details { padding: 6px; overflow-x: auto; }
details summary { cursor: pointer; color: #1f4e9a; }
.mono { word-break: break-all; }
@media print { details { display: block; } }
)"_s;
    return style;
}

/// "upgrade" -> the translated word PackageComparison uses.
QString changeWord(const QString &change)
{
    for (PackageChangeKind kind :
         {PackageChangeKind::New, PackageChangeKind::Upgrade, PackageChangeKind::Same,
          PackageChangeKind::Downgrade, PackageChangeKind::Unknown})
        if (PackageComparison::toString(kind) == change)
            return PackageComparison::describe(kind);
    return change;
}

QString number(qint64 value)
{
    return QString::number(value);
}

/// Local time "17:10:46", with the date in front when it is not `runDay`.
QString shortTime(const QDateTime &at, const QDate &runDay)
{
    if (!at.isValid())
        return u"…"_s;
    const QDateTime local = at.toLocalTime();
    return local.date() == runDay ? local.toString(u"HH:mm:ss"_s)
                                  : local.toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

/// "17:10:46 – 17:12:03" (dates only where they differ from `runDay`).
QString span(const QDateTime &from, const QDateTime &to, const QDate &runDay)
{
    if (!from.isValid())
        return u"—"_s;
    return shortTime(from, runDay) + u" – "_s + shortTime(to, runDay);
}

void stepsTable(Page &page, const QList<ReportStep> &steps, const QDate &runDay)
{
    page.tableStart({HtmlReport::tr("#"), HtmlReport::tr("Step"), HtmlReport::tr("Where"),
                     HtmlReport::tr("State"), HtmlReport::tr("When"), HtmlReport::tr("Time"),
                     HtmlReport::tr("Message")},
                    {4, 20, 18, 13, 12, 8, 25});
    int index = 0;
    for (const ReportStep &s : steps) {
        const StepRecord &r = s.record;
        QString title = esc(r.title.isEmpty() ? r.stepId : r.title);
        title += u"<br><span class=\"mono muted\">%1</span>"_s.arg(esc(r.stepId));
        if (r.destructive)
            title += u"<br><span class=\"muted\">%1</span>"_s.arg(
                    esc(HtmlReport::tr("changes data")));
        QString state = esc(ReportText::stepState(r.state));
        if (r.attempts > 1)
            state += u"<br><span class=\"muted\">%1</span>"_s.arg(
                    esc(HtmlReport::tr("%n attempt(s)", nullptr, r.attempts)));
        QString message = esc(r.message) + page.details(r.details);
        // Earlier attempts: what went wrong before the last one.
        QStringList earlier;
        for (const TransitionRecord &t : s.history)
            if (t.state != toString(StepState::Running) && &t != &s.history.constLast() &&
                !t.message.isEmpty())
                earlier << u"%1 %2: %3"_s.arg(shortTime(t.at, runDay),
                                              ReportText::stateWord(t.state), t.message);
        if (!earlier.isEmpty())
            message += u"<br><span class=\"muted\">%1</span>"_s.arg(
                    esc(earlier.join(u"\n"_s)).replace(u"\n"_s, u"<br>"_s));
        page.rawRow(Page::td(QString::number(++index)) + u"<td>%1</td>"_s.arg(title) +
                    Page::td(s.target) +
                    u"<td class=\"state %1\">%2</td>"_s.arg(stateClass(toString(r.state)), state) +
                    Page::td(span(r.startedAt, r.finishedAt, runDay)) +
                    Page::td(ReportText::duration(s.runningMs)) + u"<td>%1</td>"_s.arg(message));
    }
    page.tableEnd();
}

QString environmentRow(const Profile &profile, EnvironmentKind kind)
{
    const EnvironmentSettings &env = profile.environment(kind);
    const TargetIdentity identity = TargetIdentity::expected(profile, kind);
    QString database = HtmlReport::tr("none (cloud)");
    if (env.database)
        database =
                u"%1 %2/%3"_s.arg(toString(env.database->kind), identity.server, identity.database);
    QString infobase = HtmlReport::tr("not configured");
    if (env.onec.isConfigured())
        infobase = env.onec.isServer() ? env.onec.server + u'/' + env.onec.infobaseName
                                       : QDir::toNativeSeparators(env.onec.filePath);
    return Page::td(ReportText::environment(toString(kind))) + Page::td(env.siteUrl) +
           Page::td(toString(env.hosting)) + Page::td(database) + Page::td(infobase);
}

} // namespace

QString HtmlReport::title(const RunReport &report)
{
    const QString name = report.profile.name.isEmpty()
                                 ? QFileInfo(report.run.profilePath).completeBaseName()
                                 : report.profile.name;
    return tr("Upgrade report: %1").arg(name);
}

QString HtmlReport::resultTitle(RunResult result)
{
    switch (result) {
    case RunResult::Succeeded:
        return tr("Upgrade succeeded");
    case RunResult::Failed:
        return tr("Upgrade failed");
    case RunResult::RolledBack:
        return tr("Upgrade rolled back");
    case RunResult::Blocked:
        return tr("Upgrade blocked");
    case RunResult::InProgress:
        return tr("Upgrade in progress");
    }
    return {};
}

QString HtmlReport::render(const RunReport &report, Flavor flavor)
{
    const bool print = flavor == Flavor::Print;
    Page page(print);
    const RunInfo &run = report.run;

    page.raw(u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
             "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n"_s.arg(
                     Translations::currentLanguage(), esc(title(report)), css(print)));
    page.h(1, title(report));
    page.raw(u"<p class=\"result result-%1\"><b>%2</b><br>%3</p>\n"_s.arg(
            toString(report.result), esc(resultTitle(report.result)), esc(report.resultMessage())));

    // --- the run ---
    page.h(2, tr("Run"));
    qint64 total = -1;
    if (report.startedAt.isValid() && report.lastChange.isValid())
        total = report.startedAt.msecsTo(report.lastChange);
    QString archive = QDir::toNativeSeparators(run.packageArchive);
    if (report.packageArchive && !report.packageArchive->sha256.isEmpty())
        archive += u"\nSHA-256 "_s + report.packageArchive->sha256;
    page.keyValues({{tr("Run"), run.runId},
                    {tr("Profile"), QDir::toNativeSeparators(run.profilePath)},
                    {tr("Package archive"), archive},
                    {tr("Started by"), run.createdBy},
                    {tr("Started"), ReportText::time(report.startedAt)},
                    {tr("Last change"), ReportText::time(report.lastChange)},
                    {tr("Total time"), ReportText::duration(total)},
                    {tr("Program version"), run.programVersion},
                    {tr("Journal"), QDir::toNativeSeparators(report.runDirectory)}});

    // --- where ---
    page.h(2, tr("Sites"));
    page.tableStart(
            {tr("Environment"), tr("Site"), tr("Hosting"), tr("Database"), tr("1C infobase")},
            {14, 24, 16, 26, 20});
    page.rawRow(environmentRow(report.profile, EnvironmentKind::Production));
    page.rawRow(environmentRow(report.profile, EnvironmentKind::Test));
    page.tableEnd();

    // --- packages ---
    if (report.packageArchive && !report.packageArchive->packages.isEmpty()) {
        page.h(2, tr("Packages"));
        page.tableStart({tr("Package"), tr("Version in the archive"),
                         tr("Installed on production before"), tr("Change")},
                        {34, 22, 22, 22});
        for (const ArchivePackageChange &p : report.packageArchive->packages)
            page.row({p.name, p.version, p.installedVersion.isEmpty() ? u"—"_s : p.installedVersion,
                      changeWord(p.change)});
        page.tableEnd();
    }
    for (const ReportStage &stage : report.stages) {
        if (!stage.installedPackages || stage.installedPackages->isEmpty())
            continue;
        page.h(3, tr("Packages on the site after the stage \"%1\"").arg(stageTitle(stage.kind)));
        page.tableStart({tr("Package"), tr("Version"), tr("Maintainer")}, {40, 30, 30});
        for (const InstalledPackage &p : *stage.installedPackages)
            page.row({p.name, p.version, p.maintainer});
        page.tableEnd();
    }

    // --- stages and steps ---
    const QDate runDay = report.startedAt.toLocalTime().date();
    page.h(2, tr("Stages and steps"));
    for (const ReportStage &stage : report.stages) {
        page.raw(u"<h3>%1 — <span class=\"%2\">%3</span></h3>\n"_s.arg(
                esc(stageTitle(stage.kind)), stateClass(toString(stage.state())),
                esc(ReportText::stageState(stage.state()))));
        if (!stage.record || stage.record->state == StageState::Pending) {
            page.p(esc(tr("This stage has not started in this run.")), u"muted"_s);
            continue;
        }
        QString line = esc(
                tr("%1, %2").arg(span(stage.record->startedAt, stage.record->finishedAt, QDate()),
                                 ReportText::duration(stage.durationMs())));
        if (!stage.record->message.isEmpty())
            line += u"<br>"_s + esc(stage.record->message);
        page.p(line);
        if (!stage.steps.isEmpty())
            stepsTable(page, stage.steps, runDay);
        const bool rollbackRan = std::any_of(
                stage.rollbackSteps.cbegin(), stage.rollbackSteps.cend(),
                [](const ReportStep &s) { return s.record.state != StepState::Pending; });
        if (rollbackRan) {
            page.h(3, tr("Rollback: %1").arg(stageTitle(stage.kind)));
            stepsTable(page, stage.rollbackSteps, runDay);
        }
    }

    // --- backups and other files ---
    page.h(2, tr("Backups and files"));
    if (report.artifacts.isEmpty()) {
        page.p(esc(tr("No backups or files were recorded.")), u"muted"_s);
    } else {
        page.tableStart(
                {tr("What"), tr("File and SHA-256"), tr("Size"), tr("Verified"), tr("Taken from")},
                {20, 37, 12, 12, 19});
        for (const Artifact &a : report.artifacts) {
            const QString what = esc(a.kind) + u"<br>"_s +
                                 esc(ReportText::environment(toString(a.environment))) +
                                 u"<br><span class=\"muted\">%1</span>"_s.arg(
                                         esc(shortTime(a.createdAt, runDay) + u' ' + a.stepId));
            const QString file =
                    u"<span class=\"mono\">%1</span><br><span class=\"mono "
                    "muted\">%2</span>"_s.arg(esc(QDir::toNativeSeparators(a.path)), esc(a.sha256));
            page.rawRow(u"<td>%1</td><td>%2</td>"_s.arg(what, file) +
                        Page::td(ReportText::size(a.size)) +
                        Page::td(ReportText::yesNo(a.verified), a.verified ? u"good"_s : u"bad"_s) +
                        Page::td(a.source.describe()));
        }
        page.tableEnd();
    }

    // --- compile ---
    bool anyCompile = false;
    for (const ReportStage &stage : report.stages)
        anyCompile = anyCompile || stage.compile.has_value();
    if (anyCompile) {
        page.h(2, tr("Compilation"));
        for (const ReportStage &stage : report.stages) {
            if (!stage.compile)
                continue;
            const RunCompileResult &c = *stage.compile;
            page.p(esc(tr("%1: %n error(s)", nullptr, int(c.errors.size()))
                               .arg(stageTitle(stage.kind)) +
                       tr(", %n warning(s)", nullptr, int(c.warnings.size()))),
                   c.errors.isEmpty() ? QString() : u"bad"_s);
            if (c.errors.isEmpty() && c.warnings.isEmpty())
                continue;
            page.tableStart(
                    {tr("Kind"), tr("File"), tr("Line"), tr("Column"), tr("Code"), tr("Text")},
                    {12, 28, 8, 10, 9, 33});
            auto messages = [&](const QList<RunCompileMessage> &list, bool errors) {
                for (const RunCompileMessage &m : list)
                    page.rawRow(Page::td(errors ? tr("error") : tr("warning"),
                                         errors ? u"bad"_s : QString()) +
                                Page::td(m.file, u"mono"_s) +
                                Page::td(m.line > 0 ? number(m.line) : QString()) +
                                Page::td(m.column > 0 ? number(m.column) : QString()) +
                                Page::td(m.code) + Page::td(m.text));
            };
            messages(c.errors, true);
            messages(c.warnings, false);
            page.tableEnd();
        }
    }

    // --- deduplication ---
    bool anyDedup = false;
    for (const ReportStage &stage : report.stages)
        anyDedup = anyDedup || stage.deduplication.has_value();
    if (anyDedup) {
        page.h(2, tr("Deduplication flag"));
        page.tableStart(
                {tr("Stage"), tr("Integration object"), tr("\"Use for deduplication\" set")},
                {25, 50, 25});
        for (const ReportStage &stage : report.stages)
            if (stage.deduplication)
                for (const DeduplicationObject &d : *stage.deduplication)
                    page.rawRow(Page::td(stageTitle(stage.kind)) + Page::td(d.name) +
                                Page::td(ReportText::yesNo(d.flagSet),
                                         d.flagSet ? u"good"_s : u"bad"_s));
        page.tableEnd();
    }

    // --- integrations ---
    bool anyIntegration = false;
    for (const ReportStage &stage : report.stages)
        anyIntegration = anyIntegration || stage.integrations.has_value();
    if (anyIntegration) {
        page.h(2, tr("Integration check"));
        page.tableStart({tr("Stage"), tr("Integration"), tr("Records"), tr("Errors"),
                         tr("Duplicates"), tr("Message")},
                        {16, 24, 10, 10, 12, 28});
        for (const RunReport::Integration &i : report.integrations())
            page.rawRow(Page::td(stageTitle(i.stage)) + Page::td(i.result.name) +
                        Page::td(number(i.result.records)) +
                        Page::td(number(i.result.errors), i.result.errors ? u"bad"_s : u"good"_s) +
                        Page::td(number(i.result.duplicates),
                                 i.result.duplicates ? u"bad"_s : u"good"_s) +
                        Page::td(i.result.message));
        page.tableEnd();
    }

    // --- safety checks ---
    page.h(2, tr("Safety checks"));
    if (report.gates.isEmpty()) {
        page.p(esc(tr("No safety check was recorded.")), u"muted"_s);
    } else {
        page.tableStart(
                {tr("Time"), tr("Check"), tr("Step"), tr("Decision"), tr("Reason"), tr("By")},
                {10, 17, 25, 11, 27, 10});
        for (const GateRecord &g : report.gates)
            page.rawRow(Page::td(shortTime(g.at, runDay)) + Page::td(g.gate) +
                        Page::td(g.stepId.isEmpty() ? stageTitle(g.stage) : g.stepId, u"mono"_s) +
                        u"<td class=\"%1\">%2</td>"_s.arg(
                                stateClass(g.decision), esc(ReportText::gateDecision(g.decision))) +
                        Page::td(g.reason) + Page::td(g.osUser));
        page.tableEnd();
    }

    // --- answers ---
    page.h(2, tr("Answers"));
    if (report.answers.isEmpty()) {
        page.p(esc(tr("No question was asked.")), u"muted"_s);
    } else {
        page.tableStart(
                {tr("Time"), tr("Question"), tr("Answer"), tr("Reason"), tr("Given as"), tr("By")},
                {10, 30, 12, 22, 16, 10});
        for (const AnswerRecord &a : report.answers)
            page.rawRow(Page::td(shortTime(a.at, runDay)) + Page::td(a.questionId, u"mono"_s) +
                        Page::td(a.value) + Page::td(a.reason) +
                        Page::td(ReportText::answerSource(a.source)) + Page::td(a.osUser));
        page.tableEnd();
    }

    // --- timeline ---
    page.h(2, tr("Timeline"));
    page.tableStart({tr("Time"), tr("Stage"), tr("Step"), tr("State"), tr("Message")},
                    {10, 14, 26, 16, 34});
    for (const TransitionRecord &t : report.timeline)
        page.rawRow(Page::td(shortTime(t.at, runDay)) + Page::td(stageTitle(t.stage)) +
                    Page::td(t.stepId.isEmpty() ? tr("(stage)") : t.stepId, u"mono"_s) +
                    stateCell(t.state) + Page::td(t.message));
    page.tableEnd();

    page.p(esc(tr("Generated %1 by bpmsoft-upgrade %2. Times are local (%3).")
                       .arg(ReportText::time(report.generatedAt), QStringLiteral(UPGRADE_VERSION),
                            QDateTime::currentDateTime().timeZoneAbbreviation())),
           u"footer"_s);
    page.raw(u"</body>\n</html>\n"_s);
    return page.html();
}

} // namespace upgrade
