#pragma once

#include <atomic>
#include <memory>

namespace upgrade {

/// A cancel flag shared by copies: the UI (or a signal handler) calls cancel(), the worker
/// polls isCancelled() between units of work. Copies are cheap; thread-safe.
class Cancellation
{
public:
    Cancellation()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    {}
    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace upgrade
