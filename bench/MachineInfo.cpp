#include "MachineInfo.h"

#include <QFile>
#include <QSysInfo>
#include <QThread>

using namespace Qt::StringLiterals;

namespace upgrade::bench {

namespace {

QString procField(const QString &file, const QString &key)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(key)) {
            const qsizetype colon = line.indexOf(u':');
            if (colon > 0)
                return line.mid(colon + 1).trimmed();
        }
    }
    return {};
}

qint64 kilobytes(const QString &value)
{
    return value.section(u' ', 0, 0).toLongLong() * 1024;
}

} // namespace

QString MachineInfo::cpu()
{
    const QString model = procField(u"/proc/cpuinfo"_s, u"model name"_s);
    return model.isEmpty() ? QSysInfo::currentCpuArchitecture() : model;
}

int MachineInfo::cores()
{
    return QThread::idealThreadCount();
}

qint64 MachineInfo::memoryBytes()
{
    return kilobytes(procField(u"/proc/meminfo"_s, u"MemTotal"_s));
}

QString MachineInfo::system()
{
    return QSysInfo::prettyProductName() + u", kernel "_s + QSysInfo::kernelVersion();
}

QString MachineInfo::compiler()
{
#if defined(__clang__)
    return u"clang "_s + QString::fromLatin1(__clang_version__);
#elif defined(__GNUC__)
    return u"GCC "_s + QString::fromLatin1(__VERSION__);
#elif defined(_MSC_VER)
    return u"MSVC "_s + QString::number(_MSC_VER);
#else
    return u"unknown"_s;
#endif
}

QString MachineInfo::loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    return QString::fromUtf8(f.readAll()).section(u' ', 0, 2);
}

QStringList MachineInfo::describe()
{
    return {u"CPU: %1, %2 logical cores"_s.arg(cpu()).arg(cores()),
            u"memory: %1 GB"_s.arg(double(memoryBytes()) / (1024.0 * 1024 * 1024), 0, 'f', 1),
            u"system: %1"_s.arg(system()),
            u"compiler: %1; Qt %2"_s.arg(compiler(), QString::fromLatin1(qVersion()))};
}

qint64 MachineInfo::peakResidentBytes()
{
    const QString hwm = procField(u"/proc/self/status"_s, u"VmHWM"_s);
    return hwm.isEmpty() ? -1 : kilobytes(hwm);
}

} // namespace upgrade::bench
