#pragma once

#include "package/PackageArchive.h"
#include "package/PackageComparison.h"
#include "plan/Stage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace upgrade {

// The values steps keep in the run's journal (Context::setValue) for the report, with their
// JSON shapes. Steps write them with RunValues::toJson(); reports read them with the
// RunValues::...FromJson() functions, which accept any JSON (the journal is untrusted input):
// wrong types read as defaults, entries that are not objects are skipped. docs/report.md lists
// the same keys and shapes.
//
// Per-stage values are stored under "<name>.<stage>" (RunValues::key(), stage = "preparation",
// "test" or "production", i.e. Context::stage() of the step that writes it), so the test and the
// production stage never overwrite each other's evidence.

/// One message of "Компилировать все" (BPMSoft's compile-all response).
/// JSON: {"file": "...", "line": 12, "column": 5, "code": "CS0103", "text": "..."}.
struct RunCompileMessage
{
    QString file;
    int line = 0;   ///< 0: unknown
    int column = 0; ///< 0: unknown
    QString code;   ///< the compiler's code ("CS0103"); may be empty
    QString text;
};

/// The result of the compile step. Key "compile.result.<stage>".
/// JSON: {"errors": [RunCompileMessage...], "warnings": [RunCompileMessage...]}.
struct RunCompileResult
{
    QList<RunCompileMessage> errors;
    QList<RunCompileMessage> warnings;
};

/// The result of one integration run on a site. Key "integration.results.<stage>": a JSON array
/// of {"name": "...", "records": 120, "errors": 0, "duplicates": 0, "message": "..."}
/// — `name`: the integration as the connector names it; `records`: records exchanged; `errors`:
/// failed records or log errors; `duplicates`: duplicate records found in the synced entities
/// afterwards; `message` (optional): a translated line for people (what went wrong).
struct IntegrationResult
{
    QString name;
    qint64 records = 0;
    qint64 errors = 0;
    qint64 duplicates = 0;
    QString message;

    bool passed() const { return errors == 0 && duplicates == 0; }
};

/// An integration object and its "Использовать для дедупликации" flag after the deduplication
/// step. Key "deduplication.objects.<stage>": a JSON array of {"name": "...", "flagSet": true}.
struct DeduplicationObject
{
    QString name;
    bool flagSet = false;
};

/// One package of the archive next to the site's installed version (PackageComparison).
/// JSON: {"name": "...", "version": "2.4.0", "installedVersion": "2.3.1" | "",
/// "change": "new" | "upgrade" | "same" | "downgrade" | "unknown"}.
struct ArchivePackageChange
{
    QString name;
    QString version;
    QString installedVersion; ///< empty: not installed (or not known)
    QString change;           ///< PackageComparison::toString(kind)
};

/// The archive being installed, as preflight saw it. Key "package.archive" (one per run).
/// JSON: {"file": "...", "sha256": "...", "packages": [ArchivePackageChange...]}.
struct PackageArchiveSummary
{
    QString file;
    QString sha256;
    QList<ArchivePackageChange> packages;

    /// The site's installed versions of the archive's packages, as preflight read them.
    QList<InstalledPackage> installed() const
    {
        QList<InstalledPackage> list;
        for (const ArchivePackageChange &p : packages)
            if (!p.installedVersion.isEmpty())
                list.append({p.name, {}, p.installedVersion, {}});
        return list;
    }
};

/// Key "package.installed.<stage>": the site's packages as re-read after the install (or after
/// the rollback), a JSON array of {"name": "...", "version": "...", "uid": "...",
/// "maintainer": "..."} (InstalledPackage; uid and maintainer may be empty).

/// Key names and the conversions between the structures above and JSON. Stateless.
class RunValues
{
public:
    static constexpr char16_t CompileResultName[] = u"compile.result";
    static constexpr char16_t IntegrationResultsName[] = u"integration.results";
    static constexpr char16_t DeduplicationObjectsName[] = u"deduplication.objects";
    static constexpr char16_t InstalledPackagesName[] = u"package.installed";
    static constexpr char16_t PackageArchiveKey[] = u"package.archive";

    /// "<name>.<stage>": key(CompileResultName, StageKind::Preparation) ==
    /// "compile.result.preparation".
    static QString key(const char16_t *name, StageKind stage);
    static QString compileResultKey(StageKind stage) { return key(CompileResultName, stage); }
    static QString integrationResultsKey(StageKind stage)
    {
        return key(IntegrationResultsName, stage);
    }
    static QString deduplicationObjectsKey(StageKind stage)
    {
        return key(DeduplicationObjectsName, stage);
    }
    static QString installedPackagesKey(StageKind stage)
    {
        return key(InstalledPackagesName, stage);
    }
    static QString packageArchiveKey() { return QString::fromUtf16(PackageArchiveKey); }

    static QJsonObject toJson(const RunCompileMessage &message);
    static QJsonObject toJson(const RunCompileResult &result);
    static QJsonObject toJson(const IntegrationResult &result);
    static QJsonArray toJson(const QList<IntegrationResult> &results);
    static QJsonObject toJson(const DeduplicationObject &object);
    static QJsonArray toJson(const QList<DeduplicationObject> &objects);
    static QJsonObject toJson(const PackageArchiveSummary &summary);
    static QJsonArray toJson(const QList<InstalledPackage> &packages);

    /// The summary preflight records: the archive's packages compared with the installed ones.
    static PackageArchiveSummary summarize(const PackageArchive &archive,
                                           const QList<PackageChange> &changes);

    /// nullopt when `value` is undefined or not of the right JSON type (object / array).
    static std::optional<RunCompileResult> compileResultFromJson(const QJsonValue &value);
    static std::optional<QList<IntegrationResult>>
    integrationResultsFromJson(const QJsonValue &value);
    static std::optional<QList<DeduplicationObject>>
    deduplicationObjectsFromJson(const QJsonValue &value);
    static std::optional<PackageArchiveSummary> packageArchiveFromJson(const QJsonValue &value);
    static std::optional<QList<InstalledPackage>>
    installedPackagesFromJson(const QJsonValue &value);
};

} // namespace upgrade
