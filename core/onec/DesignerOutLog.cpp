#include "DesignerOutLog.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace upgrade {

DesignerOutLog::DesignerOutLog(QString path)
    : m_path(std::move(path))
{}

QString DesignerOutLog::decode(const QByteArray &bytes)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(view.sliced(3));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(view);
    if (!utf8.hasError())
        return text;
    QStringDecoder cp1251("windows-1251");
    if (!cp1251.isValid()) // Qt without ICU: show what can be shown
        return QString::fromUtf8(view);
    return cp1251.decode(view);
}

QStringList DesignerOutLog::poll()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() < m_offset) { // recreated or truncated: start again
        m_offset = 0;
        m_pending.clear();
        m_utf8Bom = false;
    }
    if (file.size() > m_offset && file.seek(m_offset)) {
        const QByteArray data = file.read(file.size() - m_offset);
        if (m_offset == 0)
            m_utf8Bom = data.startsWith("\xEF\xBB\xBF");
        m_offset += data.size();
        m_pending += data;
    }
    return takeLines(false);
}

QStringList DesignerOutLog::finish()
{
    QStringList lines = poll();
    lines += takeLines(true);
    return lines;
}

QStringList DesignerOutLog::takeLines(bool all)
{
    QStringList lines;
    qsizetype newline;
    while ((newline = m_pending.indexOf('\n')) >= 0 || (all && !m_pending.isEmpty())) {
        QByteArray line = newline >= 0 ? m_pending.left(newline) : m_pending;
        m_pending.remove(0, newline >= 0 ? newline + 1 : m_pending.size());
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        // Per line: a log without a BOM may start in ASCII and go on in CP1251.
        const QString decoded = m_utf8Bom ? QString::fromUtf8(line) : decode(line);
        if (!decoded.trimmed().isEmpty())
            lines.append(decoded);
    }
    return lines;
}

QString DesignerOutLog::text() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return decode(file.readAll());
}

bool DesignerOutLog::reportsError(const QString &text)
{
    static const QRegularExpression marker(
            uR"(ошибк|не удалось|не выполнен|не обнаружен|не является|поврежд|невозможно|)"
            uR"(\berror\b|\bfailed\b|\bexception\b)"_s,
            QRegularExpression::CaseInsensitiveOption |
                    QRegularExpression::UseUnicodePropertiesOption);
    return marker.match(text).hasMatch();
}

bool DesignerOutLog::reportsSuccess(const QString &text)
{
    static const QRegularExpression marker(
            uR"(успешно\s+заверш|completed\s+successfully|successfully\s+completed)"_s,
            QRegularExpression::CaseInsensitiveOption |
                    QRegularExpression::UseUnicodePropertiesOption);
    return marker.match(text).hasMatch();
}

} // namespace upgrade
