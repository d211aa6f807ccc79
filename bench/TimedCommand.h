#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace upgrade::bench {

/// Runs one external command the way an administrator would type it — nothing between the
/// tool and its output but a file or /dev/null — and times it. The raw side of the benchmarks.
/// Synchronous on the calling thread; stateless.
class TimedCommand
{
public:
    struct Result
    {
        bool ok = false;
        double seconds = 0;
        QString error; ///< why it failed: exit code and the end of its standard error
    };

    /// `standardOutputFile`: where its output goes (empty: /dev/null). Standard error is kept
    /// in memory for the error message only.
    static Result run(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &extraEnvironment = {},
                      const QString &standardOutputFile = {});
    /// The command as a shell line, for the report (no secrets: passwords go in the environment).
    static QString shellLine(const QString &program, const QStringList &arguments);
};

} // namespace upgrade::bench
