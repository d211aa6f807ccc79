#pragma once

#include <QString>
#include <QStringList>

namespace upgrade::bench {

/// Measurement (e) of issue 9, the parent side: runs upgrade-bench-wizard (the real wizard
/// driven through a whole `--sandbox` rehearsal on the real sandbox, offscreen) as a child
/// process and reads what it measured; times the start to the first page from the moment the
/// process is started. Synchronous on the calling thread.
class WizardBenchmark
{
public:
    struct Run
    {
        bool ok = false;
        QString error;
        double firstPageSeconds = 0;           ///< process start to the first page's first paint
        double firstPaintInProcessSeconds = 0; ///< main() to the first paint
        double longestStallMs = 0;
        double peakMegabytes = 0;
        double upgradeSeconds = 0;
        QStringList pages;
    };

    /// `speed`: the wizard's --speed (the sandbox's simulated durations divided by it).
    WizardBenchmark(QString executable, QString workDir, double speed);
    Run run(int index);
    static bool available();

private:
    QString m_executable;
    QString m_workDir;
    double m_speed;
};

} // namespace upgrade::bench
