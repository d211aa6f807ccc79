#pragma once

#include "CliContext.h"

#include "plan/JournalRecords.h"
#include "plan/Question.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace upgrade {
class Runner;
}

namespace upgrade::cli {

/// What `run` and `resume` share: how questions are answered and how events are printed.
struct RunOptions
{
    bool json = false;
    bool yes = false;
    bool interactive = false;        ///< standard input is a terminal: ask there
    QHash<QString, QString> answers; ///< --answer ID=VALUE
    QString secretsFile;
};

/// Drives a plan Runner for the CLI (`run`, `resume`): opens the run's journal (checking it
/// first: a damaged one is exit code 2, untouched), rebuilds the plan from the journal's profile
/// and step factory, sets up the services (secrets chain, identity), runs an event loop until
/// the Runner finishes, prints its events — for people, or one JSON object per line with --json
/// (docs/cli.md) — answers its questions (--answer, --yes, the terminal; otherwise the question's
/// unattended default, or exit code 4), turns Ctrl+C into a cooperative cancel, and returns the
/// exit code. Main thread only.
class RunDriver
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::cli::RunDriver)
public:
    RunDriver(CliContext &context, RunOptions options);

    /// The options `run` and `resume` share, added to `parser`.
    struct ParserOptions
    {
        QCommandLineOption journal;
        QCommandLineOption secretsFile;
        QCommandLineOption yes;
        QCommandLineOption answer;
        QCommandLineOption json;
        QCommandLineOption help;
    };
    static ParserOptions addOptions(QCommandLineParser &parser);
    /// Reads them; false (and a message printed) on a malformed --answer.
    static bool readOptions(const QCommandLineParser &parser, const ParserOptions &o,
                            RunOptions *options, CliContext &context);

    /// Runs `target` (or resumes when nullopt) on the run in `runDirectory`; the exit code.
    int drive(const QString &runDirectory, std::optional<StageKind> target);

    static int exitCodeFor(StageState state);

private:
    void event(const QJsonObject &object);
    void onQuestion(Runner &runner, const Question &question);
    std::optional<Answer> presetAnswer(const Question &question);
    std::optional<Answer> askTerminal(const Question &question);

    CliContext &m_context;
    RunOptions m_options;
    QString m_lastStatus;
    QString m_unansweredQuestion;
    bool m_unansweredIsConfirm = false;
};

} // namespace upgrade::cli
