#include "RunDriver.h"

#include "plan/IdentityProvider.h"
#include "plan/Journal.h"
#include "plan/Plan.h"
#include "plan/RunServices.h"
#include "plan/Runner.h"
#include "plan/StepFactory.h"
#include "plan/sample/SampleIdentityProvider.h"
#include "plan/sample/SampleStepFactory.h"
#include "profile/SecretStoreFactory.h"
#include "report/StageReports.h"
#include "util/ExitCode.h"
#include "util/Redactor.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace upgrade::cli {

namespace {

/// Ctrl+C / SIGTERM: a cooperative cancel of the running stage; a second one ends the program.
Cancellation *g_cancel = nullptr;

extern "C" void onSignal(int signal)
{
    if (g_cancel)
        g_cancel->cancel();
    std::signal(signal, SIG_DFL);
}

QString stateWord(StepResult::Outcome outcome)
{
    return toString(outcome);
}

} // namespace

RunDriver::RunDriver(CliContext &context, RunOptions options)
    : m_context(context)
    , m_options(std::move(options))
{}

RunDriver::ParserOptions RunDriver::addOptions(QCommandLineParser &parser)
{
    ParserOptions o{
            QCommandLineOption(u"journal"_s, tr("The run folder (its journal.sqlite)."), u"DIR"_s),
            QCommandLineOption(u"secrets-file"_s,
                               tr("Passwords from this owner-only file (key=value lines), before "
                                  "the environment and the keychain."),
                               u"F"_s),
            QCommandLineOption(u"yes"_s, tr("Answer \"yes\" to every confirmation.")),
            QCommandLineOption(u"answer"_s,
                               tr("Answer the question ID (repeatable). For a choice that needs "
                                  "a reason: ID=skip:REASON."),
                               u"ID=VALUE"_s),
            QCommandLineOption(u"json"_s, tr("Print one JSON object per line for each event.")),
            QCommandLineOption(u"help"_s, tr("Show this help.")),
    };
    parser.addOption(o.journal);
    parser.addOption(o.secretsFile);
    parser.addOption(o.yes);
    parser.addOption(o.answer);
    parser.addOption(o.json);
    parser.addOption(o.help);
    return o;
}

bool RunDriver::readOptions(const QCommandLineParser &parser, const ParserOptions &o,
                            RunOptions *options, CliContext &context)
{
    options->json = parser.isSet(o.json);
    options->yes = parser.isSet(o.yes);
    options->secretsFile = parser.value(o.secretsFile);
#ifdef Q_OS_WIN
    options->interactive = _isatty(_fileno(stdin));
#else
    options->interactive = isatty(fileno(stdin));
#endif
    for (const QString &answer : parser.values(o.answer)) {
        const qsizetype eq = answer.indexOf(u'=');
        if (eq <= 0) {
            context.err << tr("--answer needs the form ID=VALUE, not \"%1\".").arg(answer)
                        << Qt::endl;
            return false;
        }
        options->answers.insert(answer.left(eq).trimmed(), answer.mid(eq + 1));
    }
    return true;
}

int RunDriver::exitCodeFor(StageState state)
{
    switch (state) {
    case StageState::Passed:
        return toInt(ExitCode::Done);
    case StageState::Blocked:
        return toInt(ExitCode::PreflightBlocked);
    case StageState::NeedsAnswer:
        return toInt(ExitCode::ConfirmationNeeded);
    case StageState::Cancelled:
    case StageState::Interrupted:
    case StageState::Running:
    case StageState::RollingBack:
    case StageState::Pending:
        return toInt(ExitCode::Interrupted);
    case StageState::Failed:
    case StageState::RolledBack:
    case StageState::RollbackFailed:
        return toInt(ExitCode::StepFailed);
    }
    return toInt(ExitCode::StepFailed);
}

void RunDriver::event(const QJsonObject &object)
{
    m_context.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

std::optional<Answer> RunDriver::presetAnswer(const Question &question)
{
    const auto it = m_options.answers.constFind(question.id);
    if (it != m_options.answers.cend()) {
        Answer answer{it.value(), {}, AnswerSource::Option};
        if (question.kind == Question::Kind::Choice) {
            answer.value = it.value().section(u':', 0, 0).trimmed();
            answer.reason = it.value().section(u':', 1).trimmed();
        }
        // A failure answer is used once: "retry" must not loop forever unattended.
        if (question.id.startsWith(u"on-failure."_s))
            m_options.answers.remove(question.id);
        if (!question.accepts(answer.value)) {
            m_context.err << tr("The answer \"%1\" does not fit the question %2 (possible: %3).")
                                     .arg(answer.value, question.id,
                                          question.kind == Question::Kind::Confirm
                                                  ? u"yes, no"_s
                                                  : question.choices.join(u", "_s))
                          << Qt::endl;
            return std::nullopt;
        }
        return answer;
    }
    if (m_options.yes && question.kind == Question::Kind::Confirm)
        return Answer{u"yes"_s, {}, AnswerSource::Yes};
    return std::nullopt;
}

std::optional<Answer> RunDriver::askTerminal(const Question &question)
{
    QTextStream in(stdin);
    QTextStream &err = m_context.err;
    err << Qt::endl << question.text << Qt::endl;
    if (!question.details.isEmpty())
        err << question.details << Qt::endl;
    for (int tries = 0; tries < 3; ++tries) {
        switch (question.kind) {
        case Question::Kind::Confirm:
            err << tr("[yes/no]: ") << Qt::flush;
            break;
        case Question::Kind::Choice:
            for (qsizetype i = 0; i < question.choices.size(); ++i)
                err << u"  %1 — %2"_s.arg(question.choices[i], question.choiceLabels.value(i))
                    << Qt::endl;
            err << tr("Your choice (%1): ").arg(question.choices.join(u'/')) << Qt::flush;
            break;
        case Question::Kind::Text:
            err << tr("Your answer (empty: none): ") << Qt::flush;
            break;
        }
        const QString line = in.readLine();
        if (line.isNull())
            return std::nullopt; // end of input
        QString value = line.trimmed();
        if (question.kind == Question::Kind::Confirm) {
            const QString v = value.toLower();
            if (v == u"y"_s || v == u"yes"_s || v == u"д"_s || v == u"да"_s)
                value = u"yes"_s;
            else if (v == u"n"_s || v == u"no"_s || v == u"н"_s || v == u"нет"_s)
                value = u"no"_s;
        }
        if (question.kind == Question::Kind::Text && value.isEmpty())
            return std::nullopt;
        if (!question.accepts(value))
            continue;
        Answer answer{value, {}, AnswerSource::Interactive};
        if (question.choicesNeedingReason.contains(value)) {
            err << tr("Reason (it is recorded): ") << Qt::flush;
            answer.reason = in.readLine().trimmed();
            if (answer.reason.isEmpty())
                continue;
        }
        return answer;
    }
    return std::nullopt;
}

void RunDriver::onQuestion(Runner &runner, const Question &question)
{
    const std::optional<Answer> preset = presetAnswer(question);
    if (m_options.json) {
        QJsonArray choices;
        for (const QString &c : question.choices)
            choices.append(c);
        QJsonObject o{{u"event"_s, u"question"_s},
                      {u"id"_s, question.id},
                      {u"kind"_s, question.kind == Question::Kind::Confirm  ? u"confirm"_s
                                  : question.kind == Question::Kind::Choice ? u"choice"_s
                                                                            : u"text"_s},
                      {u"text"_s, question.text},
                      {u"details"_s, question.details},
                      {u"choices"_s, choices},
                      {u"step"_s, question.stepId},
                      {u"default"_s, question.unattendedDefault}};
        event(o);
    } else if (!m_options.interactive || preset) {
        m_context.out << u"    ? "_s << question.text << u" ["_s << question.id << u"]"_s
                      << Qt::endl;
    }
    std::optional<Answer> answer = preset;
    if (!answer && m_options.interactive)
        answer = askTerminal(question);
    if (m_options.json)
        event({{u"event"_s, u"answer"_s},
               {u"id"_s, question.id},
               {u"value"_s, answer ? QJsonValue(Redactor::redact(answer->value)) : QJsonValue()},
               {u"reason"_s, answer ? Redactor::redact(answer->reason) : QString()},
               {u"source"_s, answer ? toString(answer->source) : u"none"_s}});
    else if (answer)
        m_context.out << u"      → "_s << answer->value
                      << (answer->reason.isEmpty() ? QString() : u" ("_s + answer->reason + u')')
                      << Qt::endl;
    if (answer) {
        runner.answer(question.id, *answer);
    } else {
        if (question.unattendedDefault.isEmpty()) {
            m_unansweredQuestion = question.id;
            m_unansweredIsConfirm = question.kind == Question::Kind::Confirm;
        } else if (!m_options.json) {
            m_context.out
                    << u"      → "_s
                    << tr("%1 (nobody to ask: the safe default)").arg(question.unattendedDefault)
                    << Qt::endl;
        }
        runner.noAnswer(question.id);
    }
}

int RunDriver::drive(const QString &runDirectory, std::optional<StageKind> target)
{
    QString error;
    RunInfo info;
    {
        // Read-only check first: a damaged journal is refused and left exactly as it is.
        auto journal = Journal::open(runDirectory, Journal::Mode::ReadOnly, &error);
        if (!journal) {
            m_context.err << error << Qt::endl;
            return toInt(ExitCode::UsageError);
        }
        info = journal->run();
    }
    Profile profile = Profile::fromJson(info.profile);
    profile.filePath = info.profilePath;
    std::unique_ptr<StepFactory> factory = StepFactory::create(info.factory, &error);
    if (!factory) {
        m_context.err << error << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    auto plan = std::make_shared<Plan>(Plan::build(profile, *factory));
    if (const QStringList problems = plan->validate(); !problems.isEmpty()) {
        m_context.err << tr("The plan is not sound:") << Qt::endl;
        for (const QString &p : problems)
            m_context.err << u"  - "_s << p << Qt::endl;
        return toInt(ExitCode::UsageError);
    }

    RunSetup setup;
    setup.runDirectory = runDirectory;
    setup.plan = plan;
    std::shared_ptr<SecretStore> secrets =
            SecretStoreFactory::create(profile, m_options.secretsFile, &error);
    if (!secrets) {
        m_context.err << error << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    if (factory->name() == sample::SampleStepFactory::factoryName()) {
        setup.services.set<SecretStore>(secrets);
        setup.services.set<IdentityProvider>(std::make_shared<sample::SampleIdentityProvider>(
                profile, sample::SampleStepFactory::directory()));
        setup.options.checkpointHook = &sample::SampleStepFactory::checkpoint;
    } else {
        // The real procedure: the same services the wizard sets up (core/plan/RunServices).
        setup.services = RunServices::create(profile, secrets);
    }

    const QString shownDir = QDir::toNativeSeparators(runDirectory);
    if (m_options.json)
        event({{u"event"_s, u"run"_s},
               {u"journal"_s, shownDir},
               {u"runId"_s, info.runId},
               {u"profile"_s, QDir::toNativeSeparators(info.profilePath)},
               {u"plan"_s, info.factory},
               {u"target"_s, target ? toString(*target) : QString()},
               {u"resume"_s, !target.has_value()}});
    else
        m_context.out << tr("Journal: %1").arg(shownDir) << Qt::endl;

    Runner runner(setup);
    QEventLoop loop;
    StageState finalState = StageState::Failed;
    QString finalMessage;
    const bool json = m_options.json;
    QTextStream &out = m_context.out;

    QObject::connect(&runner, &Runner::stageStarted, [&](StageKind stage, int count) {
        if (json)
            event({{u"event"_s, u"stage-started"_s},
                   {u"stage"_s, toString(stage)},
                   {u"steps"_s, count}});
        else
            out << Qt::endl
                << tr("== %1 (%2) ==").arg(stageTitle(stage), toString(stage)) << Qt::endl;
    });
    QObject::connect(&runner, &Runner::stepStarted,
                     [&](StageKind stage, const QString &id, const QString &title, int index,
                         int count, bool destructive, int attempt) {
                         m_lastStatus.clear();
                         if (json) {
                             event({{u"event"_s, u"step-started"_s},
                                    {u"stage"_s, toString(stage)},
                                    {u"step"_s, id},
                                    {u"title"_s, title},
                                    {u"index"_s, index},
                                    {u"count"_s, count},
                                    {u"destructive"_s, destructive},
                                    {u"attempt"_s, attempt}});
                             return;
                         }
                         out << u"[%1/%2] "_s.arg(index + 1).arg(count) << title;
                         if (destructive)
                             out << tr(" (changes data)");
                         if (attempt > 1)
                             out << tr(" — attempt %1").arg(attempt);
                         out << Qt::endl;
                     });
    QObject::connect(&runner, &Runner::progressChanged,
                     [&](const QString &id, double fraction, double stageFraction) {
                         if (json)
                             event({{u"event"_s, u"progress"_s},
                                    {u"step"_s, id},
                                    {u"fraction"_s, fraction},
                                    {u"stageFraction"_s, stageFraction}});
                     });
    QObject::connect(&runner, &Runner::statusChanged, [&](const QString &id, const QString &text) {
        if (json) {
            event({{u"event"_s, u"status"_s}, {u"step"_s, id}, {u"text"_s, text}});
        } else if (text != m_lastStatus) {
            m_lastStatus = text;
            out << u"    … "_s << text << Qt::endl;
        }
    });
    QObject::connect(&runner, &Runner::logLine, [&](const QString &id, const QString &line) {
        if (json)
            event({{u"event"_s, u"log"_s}, {u"step"_s, id}, {u"line"_s, line}});
        else
            out << u"    "_s << line << Qt::endl;
    });
    QObject::connect(&runner, &Runner::findingsReported,
                     [&](const QString &id, const Requirements &requirements) {
                         for (const Finding &f : requirements.findings) {
                             if (json)
                                 event({{u"event"_s, u"finding"_s},
                                        {u"step"_s, id},
                                        {u"severity"_s, toString(f.severity)},
                                        {u"id"_s, f.id},
                                        {u"message"_s, f.message},
                                        {u"howToFix"_s, f.howToFix}});
                             else
                                 out << u"    "_s
                                     << (f.isBlocking() ? tr("BLOCKING: %1 — %2")
                                                        : tr("warning: %1 — %2"))
                                                 .arg(f.message, f.howToFix)
                                     << Qt::endl;
                         }
                     });
    QObject::connect(&runner, &Runner::gateDecided,
                     [&](const QString &gate, const QString &id, const QString &decision,
                         const QString &reason) {
                         if (json)
                             event({{u"event"_s, u"gate"_s},
                                    {u"gate"_s, gate},
                                    {u"step"_s, id},
                                    {u"decision"_s, decision},
                                    {u"reason"_s, reason}});
                         else if (decision != u"passed"_s)
                             out << u"    "_s
                                 << tr("safety check %1: %2. %3").arg(gate, decision, reason)
                                 << Qt::endl;
                     });
    QObject::connect(&runner, &Runner::questionAsked,
                     [&](const Question &q) { onQuestion(runner, q); });
    QObject::connect(&runner, &Runner::stepFinished,
                     [&](StageKind stage, const QString &id, const StepResult &result) {
                         if (json) {
                             event({{u"event"_s, u"step-finished"_s},
                                    {u"stage"_s, toString(stage)},
                                    {u"step"_s, id},
                                    {u"outcome"_s, stateWord(result.outcome)},
                                    {u"message"_s, result.message},
                                    {u"details"_s, result.details}});
                             return;
                         }
                         switch (result.outcome) {
                         case StepResult::Outcome::Ok:
                             out << u"    ✓ "_s
                                 << (result.message.isEmpty() ? tr("done") : result.message);
                             break;
                         case StepResult::Outcome::Skipped:
                             out << u"    – "_s << tr("skipped: %1").arg(result.message);
                             break;
                         case StepResult::Outcome::Cancelled:
                             out << u"    ✗ "_s << tr("cancelled");
                             break;
                         case StepResult::Outcome::Failed:
                             out << u"    ✗ "_s << tr("FAILED: %1").arg(result.message);
                             break;
                         }
                         out << u" ["_s << id << u"]"_s << Qt::endl;
                     });
    QObject::connect(&runner, &Runner::stageFinished,
                     [&](StageKind stage, StageState state, const QString &message) {
                         if (json)
                             event({{u"event"_s, u"stage-finished"_s},
                                    {u"stage"_s, toString(stage)},
                                    {u"state"_s, toString(state)},
                                    {u"message"_s, message}});
                     });
    QObject::connect(&runner, &Runner::finished, &loop,
                     [&](StageState state, const QString &message) {
                         finalState = state;
                         finalMessage = message;
                         loop.quit();
                     });

    Cancellation cancel;
    if (target)
        runner.start(*target);
    else
        runner.resume();
    cancel = runner.cancellation();
    g_cancel = &cancel;
    auto oldInt = std::signal(SIGINT, onSignal);
    auto oldTerm = std::signal(SIGTERM, onSignal);
    loop.exec();
    std::signal(SIGINT, oldInt);
    std::signal(SIGTERM, oldTerm);
    g_cancel = nullptr;

    const int code = exitCodeFor(finalState);
    StageReports::write(m_context, runDirectory, json);
    if (json) {
        event({{u"event"_s, u"finished"_s},
               {u"state"_s, toString(finalState)},
               {u"message"_s, finalMessage},
               {u"exitCode"_s, code},
               {u"journal"_s, shownDir},
               {u"unanswered"_s, m_unansweredQuestion}});
        return code;
    }
    QTextStream &stream = code == 0 ? m_context.out : m_context.err;
    stream << Qt::endl << finalMessage << Qt::endl;
    if (finalState == StageState::NeedsAnswer && !m_unansweredQuestion.isEmpty())
        m_context.err << tr("Answer it and continue: bpmsoft-upgrade resume --journal %1 %2")
                                 .arg(shownDir,
                                      m_unansweredIsConfirm
                                              ? u"--yes"_s
                                              : u"--answer %1=VALUE"_s.arg(m_unansweredQuestion))
                      << Qt::endl;
    else if (code == toInt(ExitCode::Interrupted))
        m_context.err << tr("Continue with: bpmsoft-upgrade resume --journal %1").arg(shownDir)
                      << Qt::endl;
    else if (code != 0)
        m_context.err << tr("The journal of this run: %1 (bpmsoft-upgrade status --journal %1)")
                                 .arg(shownDir)
                      << Qt::endl;
    return code;
}

} // namespace upgrade::cli
