#pragma once

#include <QString>

namespace upgrade::sandbox {

/// The sandbox's own ".dt" file: a zip archive (QuaZip, deflate) holding `manifest.json`
/// (magic, format version, the SQLite file's size and SHA-256) and `infobase.sqlite`, the
/// infobase's one data file, copied consistently. Not 1C's real format, and not meant to be:
/// it only has to be refused when corrupt or foreign. Stateless; thread-safe.
class SandboxDtArchive
{
public:
    static constexpr char16_t Magic[] = u"bpmsoft-sandbox-1c-infobase-dump";
    static constexpr int FormatVersion = 1;

    /// Writes `dtPath` from the consistent SQLite copy `sqlitePath`. False and the reason.
    static bool write(const QString &sqlitePath, const QString &sourceName, const QString &dtPath,
                      QString *error);
    /// Extracts and checks (magic, version, zip CRC, size, SHA-256) the SQLite file into
    /// `sqlitePath`. False and the reason (in Russian, as 1C would say it) when the file is
    /// not a sandbox dump or is damaged; `sqlitePath` is then removed.
    static bool extract(const QString &dtPath, const QString &sqlitePath, QString *error);
};

} // namespace upgrade::sandbox
