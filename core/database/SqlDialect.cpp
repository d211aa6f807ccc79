#include "SqlDialect.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace upgrade {

QString SqlDialect::quoteIdentifier(const QString &name) const
{
    if (m_kind == DatabaseKind::MsSql)
        return u'[' + QString(name).replace(u"]"_s, u"]]"_s) + u']';
    return u'"' + QString(name).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString SqlDialect::quoteString(const QString &text) const
{
    const QString body = QString(text).replace(u"'"_s, u"''"_s);
    if (m_kind == DatabaseKind::MsSql)
        return u"N'"_s + body + u'\'';
    return u'\'' + body + u'\'';
}

QString SqlDialect::trueLiteral() const
{
    return m_kind == DatabaseKind::PostgreSql ? u"TRUE"_s : u"1"_s;
}

QString SqlDialect::falseLiteral() const
{
    return m_kind == DatabaseKind::PostgreSql ? u"FALSE"_s : u"0"_s;
}

bool SqlDialect::isPlainIdentifier(const QString &name)
{
    static const QRegularExpression re(u"^[A-Za-z_][A-Za-z0-9_]{0,127}$"_s);
    return re.match(name).hasMatch();
}

bool SqlDialect::isAcceptableDatabaseName(const QString &name, QString *why) const
{
    auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (name.trimmed().isEmpty())
        return refuse(tr("The database name is empty."));
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph ||
            c.isNull())
            return refuse(tr("The database name contains a control character."));
    }
    if (name != name.trimmed())
        return refuse(tr("The database name begins or ends with a space."));
    if (m_kind == DatabaseKind::PostgreSql && name.toUtf8().size() > 63)
        return refuse(tr("The database name is longer than PostgreSQL allows (63 bytes)."));
    if (m_kind == DatabaseKind::MsSql && name.size() > 128)
        return refuse(tr("The database name is longer than SQL Server allows (128 characters)."));
    return true;
}

} // namespace upgrade
