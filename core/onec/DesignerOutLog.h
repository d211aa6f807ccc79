#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace upgrade {

/// The /Out file of 1cv8 DESIGNER, read while the process runs and once more at the end.
/// 1C writes it as UTF-8 with a BOM; older setups write the Windows code page (CP1251), so
/// text without a BOM that is not valid UTF-8 is decoded as CP1251 (QStringDecoder, ICU).
/// poll() returns the complete lines that appeared since the last call; the file may not
/// exist yet, may be recreated or truncated. Not thread-safe; one per process run.
class DesignerOutLog
{
public:
    explicit DesignerOutLog(QString path);

    const QString &path() const { return m_path; }
    /// New complete lines since the last call (decoded, without line ends).
    QStringList poll();
    /// The rest of the file after the process ended: the last line even without a newline.
    QStringList finish();
    /// The whole file as text, decoded as above.
    QString text() const;

    /// UTF-8 (BOM or valid) or CP1251.
    static QString decode(const QByteArray &bytes);
    /// Whether the text reports an error (Russian and English markers of 1C's messages).
    static bool reportsError(const QString &text);
    /// Whether it contains the Designer's "... успешно завершена/завершено" line.
    static bool reportsSuccess(const QString &text);

private:
    QStringList takeLines(bool all);

    QString m_path;
    qint64 m_offset = 0;
    bool m_utf8Bom = false; ///< the file starts with a BOM: every line is UTF-8
    QByteArray m_pending;
};

} // namespace upgrade
