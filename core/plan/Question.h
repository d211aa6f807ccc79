#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace upgrade {

/// A question the engine or a step asks the person running it. The id is stable and
/// documented ("confirm.production-start", "on-failure.test.install-package"), so the CLI can
/// answer it with --yes or --answer ID=VALUE and the journal records who answered what.
struct Question
{
    enum class Kind {
        Confirm, ///< yes / no; `--yes` answers "yes"
        Choice,  ///< one of `choices`
        Text,    ///< free text, not empty (a reason); --yes does not answer it
    };

    QString id;
    Kind kind = Kind::Confirm;
    QString text;                     ///< translated question
    QString details;                  ///< translated explanation: what happens on each answer
    QStringList choices;              ///< Choice: the values ("retry", "skip", "abort")
    QStringList choiceLabels;         ///< Choice: translated labels, same order
    QStringList choicesNeedingReason; ///< Choice: values that need a reason ("skip")
    /// Used when nobody can answer (unattended, no preset answer). Empty: the run stops and
    /// waits for an answer (the CLI exits with code 4).
    QString unattendedDefault;
    QString stepId; ///< the step that asks; empty for the engine's own gates

    bool accepts(const QString &value) const;
};

/// How an answer was given, for the journal.
enum class AnswerSource { Interactive, Option, Yes, Default };
QString toString(AnswerSource source); ///< "interactive" | "option" | "yes" | "default"

/// An answer: the value ("yes", "retry", or the text), and a reason where one is needed.
struct Answer
{
    QString value;
    QString reason;
    AnswerSource source = AnswerSource::Interactive;

    bool isYes() const { return value == QLatin1String("yes"); }
};

} // namespace upgrade

Q_DECLARE_METATYPE(upgrade::Question)
Q_DECLARE_METATYPE(upgrade::Answer)
