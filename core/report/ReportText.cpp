#include "ReportText.h"

#include "package/PackageArchiveReader.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace upgrade {

QString ReportText::stageState(StageState state)
{
    switch (state) {
    case StageState::Pending:
        return tr("not started");
    case StageState::Running:
        return tr("running");
    case StageState::Passed:
        return tr("passed");
    case StageState::Failed:
        return tr("failed");
    case StageState::Cancelled:
        return tr("cancelled");
    case StageState::Interrupted:
        return tr("interrupted");
    case StageState::Blocked:
        return tr("blocked");
    case StageState::NeedsAnswer:
        return tr("waiting for an answer");
    case StageState::RollingBack:
        return tr("rolling back");
    case StageState::RolledBack:
        return tr("rolled back");
    case StageState::RollbackFailed:
        return tr("rollback failed");
    }
    return {};
}

QString ReportText::stepState(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return tr("not run");
    case StepState::Running:
        return tr("running");
    case StepState::Succeeded:
        return tr("succeeded");
    case StepState::Failed:
        return tr("failed");
    case StepState::Skipped:
        return tr("skipped");
    case StepState::Cancelled:
        return tr("cancelled");
    case StepState::Interrupted:
        return tr("interrupted");
    case StepState::Blocked:
        return tr("blocked");
    }
    return {};
}

QString ReportText::stateWord(const QString &journalState)
{
    if (const auto step = stepStateFromString(journalState))
        return stepState(*step);
    if (const auto stage = stageStateFromString(journalState))
        return stageState(*stage);
    return journalState;
}

QString ReportText::duration(qint64 ms)
{
    if (ms < 0)
        return u"—"_s;
    const QLocale locale;
    if (ms < 60'000)
        return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
}

QString ReportText::time(const QDateTime &at)
{
    if (!at.isValid())
        return u"—"_s;
    return at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString ReportText::size(qint64 bytes)
{
    if (bytes < 0)
        return u"—"_s;
    if (bytes < 1024)
        return PackageArchiveReader::formatSize(bytes);
    return tr("%1 (%2 bytes)")
            .arg(PackageArchiveReader::formatSize(bytes), QLocale().toString(bytes));
}

QString ReportText::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString ReportText::environment(const QString &environment)
{
    if (environment == u"production"_s)
        return tr("production");
    if (environment == u"test"_s)
        return tr("test");
    return environment;
}

QString ReportText::answerSource(const QString &source)
{
    if (source == u"interactive"_s)
        return tr("typed in");
    if (source == u"option"_s)
        return tr("command-line option");
    if (source == u"yes"_s)
        return u"--yes"_s;
    if (source == u"default"_s)
        return tr("unattended default");
    return source;
}

QString ReportText::gateDecision(const QString &decision)
{
    if (decision == u"passed"_s)
        return tr("passed", "a safety check");
    if (decision == u"refused"_s)
        return tr("refused", "a safety check");
    if (decision == u"overridden"_s)
        return tr("overridden", "a safety check");
    return decision;
}

} // namespace upgrade
