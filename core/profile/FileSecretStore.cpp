#include "FileSecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

constexpr qint64 MaxFileSize = 64 * 1024;

} // namespace

bool FileSecretStore::open(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("The secrets file %1 does not exist.").arg(shown));
#ifndef Q_OS_WIN
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions() & others)
        return fail(tr("The secrets file %1 can be read by other users. Make it readable by its "
                       "owner only (chmod 600) and try again.")
                            .arg(shown));
#endif
    if (info.size() > MaxFileSize)
        return fail(tr("The secrets file %1 is too large to be a secrets file.").arg(shown));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the secrets file %1: %2.").arg(shown, file.errorString()));

    QHash<QString, QString> values;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = QString::fromUtf8(lines.at(i));
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            // The line itself is not shown: it may hold a secret.
            return fail(
                    tr("The secrets file %1, line %2: expected key=value.").arg(shown).arg(i + 1));
        values.insert(line.left(eq).trimmed(), line.mid(eq + 1));
    }
    m_path = info.absoluteFilePath();
    m_values = std::move(values);
    return true;
}

bool FileSecretStore::writeFile(const QString &path, const QHash<QString, QString> &values,
                                QString *error)
{
    QFile::remove(path);
    QFile file(path);
    // Owner-only from the start: the file never exists with wider permissions and content.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = tr("Cannot write the secrets file %1: %2.")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QStringList keys = values.keys();
    std::sort(keys.begin(), keys.end());
    QByteArray content = "# bpmsoft-upgrade secrets: key=value, readable by the owner only\n";
    for (const QString &key : keys)
        content += key.toUtf8() + '=' + values.value(key).toUtf8() + '\n';
    if (file.write(content) != content.size() || !file.flush()) {
        if (error)
            *error = tr("Cannot write the secrets file %1: %2.")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        file.close();
        QFile::remove(path);
        return false;
    }
    return true;
}

bool FileSecretStore::write(const QString &, const QString &, QString *error)
{
    if (error)
        *error = tr("The secrets file is read-only for the program.");
    return false;
}

bool FileSecretStore::remove(const QString &key, QString *error)
{
    return write(key, {}, error);
}

QString FileSecretStore::describe() const
{
    return tr("the secrets file %1").arg(QDir::toNativeSeparators(m_path));
}

std::optional<QString> FileSecretStore::read(const QString &key, QString *)
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace upgrade
