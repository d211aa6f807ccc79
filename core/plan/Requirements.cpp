#include "Requirements.h"

using namespace Qt::StringLiterals;

namespace upgrade {

QString toString(Finding::Severity severity)
{
    return severity == Finding::Severity::Blocking ? u"blocking"_s : u"warning"_s;
}

} // namespace upgrade
