#pragma once

#include <QString>
#include <QStringList>

namespace upgrade::bench {

/// What the report says about the machine: CPU, cores, memory, system, compiler, Qt; and the
/// process's peak memory. Stateless; thread-safe.
class MachineInfo
{
public:
    static QString cpu();
    static int cores();
    static qint64 memoryBytes();
    static QString system();
    static QString compiler();
    static QString loadAverage(); ///< "/proc/loadavg" first three fields
    /// Lines for the report's header ("- CPU: ...").
    static QStringList describe();
    /// Peak resident memory of this process (VmHWM), bytes; -1 where unknown.
    static qint64 peakResidentBytes();
};

} // namespace upgrade::bench
