#pragma once

#include "plan/JournalRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace upgrade {

/// Words and numbers of the reports for people, translated: state names, durations, times,
/// sizes. Stateless; thread-safe (tr() is).
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::ReportText)
public:
    static QString stageState(StageState state);
    static QString stepState(StepState state);
    /// A state as the journal spells it ("running", "rolled-back"), step or stage.
    static QString stateWord(const QString &journalState);
    /// "1 h 02 min", "3 min 05 s", "4.2 s"; "—" for a negative value.
    static QString duration(qint64 ms);
    /// Local time, "2024-06-01 20:03:15"; "—" when invalid.
    static QString time(const QDateTime &at);
    /// "906 bytes", "1.5 MB" and the exact byte count: "1.5 MB (1 572 864 bytes)".
    static QString size(qint64 bytes);
    static QString yesNo(bool value);
    static QString environment(const QString &environment); ///< "production" -> translated
    static QString answerSource(const QString &source);     ///< "option" -> translated
    static QString gateDecision(const QString &decision);   ///< "refused" -> translated
};

} // namespace upgrade
