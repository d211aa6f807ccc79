#pragma once

#include "Redactor.h"

#include <spdlog/sinks/dist_sink.h>

#include <mutex>

namespace upgrade {

/// A spdlog sink that masks secrets (Redactor) in each message and then hands it to its
/// child sinks. Every sink of the program's logger hangs below one of these, so no sink ever
/// sees an unredacted line. Thread-safe (dist_sink_mt).
class RedactingSink final : public spdlog::sinks::dist_sink<std::mutex>
{
protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        const std::string redacted =
                Redactor::redact(std::string_view(msg.payload.data(), msg.payload.size()));
        spdlog::details::log_msg copy = msg;
        copy.payload = spdlog::string_view_t(redacted.data(), redacted.size());
        spdlog::sinks::dist_sink<std::mutex>::sink_it_(copy);
    }
};

} // namespace upgrade
