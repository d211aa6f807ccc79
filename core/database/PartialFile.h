#pragma once

#include <QCoreApplication>
#include <QString>

namespace upgrade {

/// A backup written under a temporary name ("<final>.partial") and given its final name only
/// when it is complete and verified: a failed, cancelled or disk-full backup never leaves a
/// file that looks like a backup. Destroying an uncommitted PartialFile removes the temporary
/// file. Not copyable; use on one thread.
class PartialFile
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::PartialFile)
public:
    static inline const QString Suffix = QStringLiteral(".partial");

    explicit PartialFile(QString finalPath);
    ~PartialFile();
    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;

    QString finalPath() const { return m_finalPath; }
    QString temporaryPath() const { return m_finalPath + Suffix; }

    /// Removes a leftover temporary file of an earlier attempt; false with a reason if it
    /// cannot be removed.
    bool prepare(QString *error);
    /// Flushes the temporary file to disk and renames it to the final name (replacing an
    /// existing file only when `overwrite`). False with a translated reason otherwise.
    bool commit(bool overwrite, QString *error);
    /// Removes the temporary file now.
    void discard();

    /// Flushes a file's data to the disk (fsync / FlushFileBuffers). False when it cannot.
    static bool syncToDisk(const QString &path);

private:
    QString m_finalPath;
    bool m_committed = false;
};

} // namespace upgrade
