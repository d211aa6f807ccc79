#pragma once

#include "Question.h"

#include <functional>
#include <optional>

namespace upgrade {

class Journal;

/// How a Context reaches the journal and the person answering questions. The Runner's backend
/// carries each call over to the thread that owns the journal and blocks until it is done;
/// DirectContextBackend (below) works on the calling thread, for tests of single steps.
class ContextBackend
{
public:
    virtual ~ContextBackend() = default;
    /// Runs `work` with the run's journal and returns when it is done; false when the journal
    /// cannot be reached any more (the run ended).
    virtual bool withJournal(const std::function<void(Journal &)> &work) = 0;
    /// Asks and waits for the answer; nullopt when nobody answered (cancelled, or unattended
    /// without an answer).
    virtual std::optional<Answer> ask(const Question &question) = 0;
};

/// A ContextBackend on the calling thread: a Journal the caller owns (same thread) and a
/// function that answers questions (none: every question is unanswered). For step tests.
class DirectContextBackend : public ContextBackend
{
public:
    using AskFunction = std::function<std::optional<Answer>(const Question &)>;
    explicit DirectContextBackend(Journal &journal, AskFunction ask = {})
        : m_journal(journal)
        , m_ask(std::move(ask))
    {}
    bool withJournal(const std::function<void(Journal &)> &work) override
    {
        work(m_journal);
        return true;
    }
    std::optional<Answer> ask(const Question &question) override
    {
        return m_ask ? m_ask(question) : std::nullopt;
    }

private:
    Journal &m_journal;
    AskFunction m_ask;
};

} // namespace upgrade
