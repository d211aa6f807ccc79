#pragma once

#include "util/Progress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QTextStream>

namespace upgrade::cli {

/// Progress for the command line: status lines and a percentage on standard error (each
/// percentage step of 5 at most once), log lines to the run log; Ctrl+C cancels the work
/// (the handler is installed for the lifetime of the object). Thread-safe.
class CliProgress : public Progress
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::cli::CliProgress)
public:
    explicit CliProgress(QTextStream &err);
    ~CliProgress() override;
    CliProgress(const CliProgress &) = delete;
    CliProgress &operator=(const CliProgress &) = delete;

    void setFraction(double fraction) override;
    void setStatus(const QString &text) override;
    void log(const QString &line) override;
    Cancellation cancellation() const override { return m_cancel; }

private:
    QTextStream &m_err;
    QMutex m_mutex;
    Cancellation m_cancel;
    QString m_status;
    int m_lastPercent = -1;
};

} // namespace upgrade::cli
