#pragma once

#include "Progress.h"

namespace upgrade {

/// Progress that reports nowhere and is never cancelled: for work without a listener (quick
/// reads, fuzzing). Stateless; thread-safe.
class QuietProgress : public Progress
{
public:
    void setFraction(double) override {}
    void setStatus(const QString &) override {}
    void log(const QString &) override {}
    Cancellation cancellation() const override { return m_cancellation; }

private:
    Cancellation m_cancellation;
};

} // namespace upgrade
