#include "PackageEntryName.h"

using namespace Qt::StringLiterals;

namespace upgrade {

QString PackageEntryName::problem(const QString &name)
{
    if (name.isEmpty())
        return tr("the name is empty");
    for (const QChar c : name) {
        if (c.unicode() > 0x7e)
            return tr("the name has characters other than ASCII");
        if (c.unicode() < 0x20)
            return tr("the name has control characters");
    }
    if (name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter())
        return tr("the name starts with a drive letter");
    if (name.startsWith(u'/') || name.startsWith(u'\\'))
        return tr("the name is an absolute path");
    if (name.contains(u':'))
        return tr("the name contains \":\"");
    for (const QChar c : u"*?\"<>|"_s) {
        if (name.contains(c))
            return tr("the name contains \"%1\"").arg(c);
    }
    const QStringList parts = normalized(name).split(u'/');
    for (const QString &part : parts) {
        if (part == u".."_s)
            return tr("the name leaves the package folder (\"..\")");
        if (part.isEmpty())
            return tr("the name has an empty part (\"//\" or a trailing separator)");
        if (part == u"."_s)
            return tr("the name has a \".\" part");
        if (part.endsWith(u'.') || part.endsWith(u' '))
            return tr("a part of the name ends with a dot or a space");
    }
    return {};
}

QString PackageEntryName::normalized(const QString &name)
{
    QString result = name;
    result.replace(u'\\', u'/');
    return result;
}

} // namespace upgrade
