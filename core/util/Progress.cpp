#include "Progress.h"

#include "Log.h"

namespace upgrade {

void LogProgress::setStatus(const QString &text)
{
    logInfo(text);
}

void LogProgress::log(const QString &line)
{
    logInfo(line);
}

} // namespace upgrade
