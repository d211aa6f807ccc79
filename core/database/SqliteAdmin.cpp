#include "SqliteAdmin.h"

#include "BackupSpaceCheck.h"
#include "PartialFile.h"
#include "QtSqlExecutor.h"
#include "SchemaInspector.h"
#include "SystemFreeSpace.h"
#include "util/FileHash.h"
#include "util/Log.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

const QStringList SideSuffixes{u"-wal"_s, u"-shm"_s, u"-journal"_s};

} // namespace

SqliteAdmin::SqliteAdmin(DatabaseSettings settings)
    : SqliteAdmin(std::move(settings), Options())
{}

SqliteAdmin::SqliteAdmin(DatabaseSettings settings, Options options)
    : m_path(QFileInfo(settings.path.isEmpty() ? settings.name : settings.path).absoluteFilePath())
    , m_options(options)
{
    if (!m_options.freeSpace) {
        m_ownFreeSpace = std::make_unique<SystemFreeSpace>();
        m_options.freeSpace = m_ownFreeSpace.get();
    }
}

SqliteAdmin::~SqliteAdmin() = default;

QString SqliteAdmin::describe() const
{
    return tr("SQLite database %1").arg(native(m_path));
}

QString SqliteAdmin::resolve(const QString &name) const
{
    if (QFileInfo(name).isAbsolute())
        return QDir::cleanPath(name);
    return QDir::cleanPath(QFileInfo(m_path).dir().filePath(name));
}

std::unique_ptr<SqlExecutor> SqliteAdmin::open(const QString &path, bool readOnly,
                                               DbError *error) const
{
    if (!QFileInfo(path).isFile()) {
        if (error)
            *error = DbError(DbError::Code::NotFound,
                             tr("The SQLite database %1 does not exist.").arg(native(path)));
        return nullptr;
    }
    auto sql = std::make_unique<QtSqlExecutor>();
    SqlConnectionSpec spec;
    spec.driver = u"QSQLITE"_s;
    spec.database = path;
    spec.connectOptions = readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s
                                   : u"QSQLITE_BUSY_TIMEOUT=10000"_s;
    QString text;
    if (!sql->open(spec, &text)) {
        if (error)
            *error =
                    DbError(DbError::Code::Connection,
                            tr("The SQLite database %1 cannot be opened.").arg(native(path)), text);
        return nullptr;
    }
    return sql;
}

std::unique_ptr<SqlExecutor> SqliteAdmin::openSql(DbError *error)
{
    return open(m_path, false, error);
}

DbResult<DbFingerprint> SqliteAdmin::fingerprint(const QStringList &rowCountTables)
{
    using Result = DbResult<DbFingerprint>;
    DbError error;
    auto sql = open(m_path, true, &error);
    if (!sql)
        return Result::failure(error);
    DbFingerprint f;
    f.kind = DatabaseKind::Sqlite;
    f.database = QFileInfo(m_path).canonicalFilePath();
    const QDateTime born = QFileInfo(m_path).birthTime();
    if (born.isValid())
        f.createdOn = born.toUTC();
    SchemaInspector inspector(*sql, dialect());
    const auto counts = inspector.rowCounts(rowCountTables);
    if (!counts.ok())
        return Result::failure(counts.error);
    f.rowCounts = counts.value;
    return Result::success(f);
}

DbResult<qint64> SqliteAdmin::databaseSize()
{
    if (!QFileInfo(m_path).isFile())
        return DbResult<qint64>::failure(
                DbError(DbError::Code::NotFound,
                        tr("The SQLite database %1 does not exist.").arg(native(m_path))));
    return DbResult<qint64>::success(QFileInfo(m_path).size() +
                                     QFileInfo(m_path + u"-wal"_s).size());
}

DbResult<bool> SqliteAdmin::databaseExists(const QString &name)
{
    return DbResult<bool>::success(QFileInfo::exists(resolve(name)));
}

DbError SqliteAdmin::checkFile(const QString &path, int *tables) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DbError(DbError::Code::NotFound, tr("The file %1 cannot be read.").arg(native(path)),
                       file.errorString());
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return DbError(DbError::Code::InvalidBackup,
                       tr("%1 is not an SQLite database.").arg(native(path)));
    file.close();
    DbError error;
    auto sql = open(path, true, &error);
    if (!sql)
        return DbError(DbError::Code::InvalidBackup, error.message(), error.details());
    const SqlOutcome check = sql->exec(u"PRAGMA integrity_check"_s);
    QStringList problems;
    for (const QVariantList &row : check.rows())
        if (row.value(0).toString() != u"ok"_s)
            problems.append(row.value(0).toString());
    if (!check.ok || !problems.isEmpty() || check.rows().isEmpty())
        return DbError(DbError::Code::InvalidBackup,
                       tr("%1 is damaged: SQLite's integrity check failed.").arg(native(path)),
                       check.ok ? problems.join(u'\n') : check.errorText);
    const SqlOutcome count =
            sql->exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table'"_s);
    if (tables)
        *tables = count.scalar().toInt();
    return {};
}

BackupResult SqliteAdmin::backup(const BackupRequest &request, Progress &progress)
{
    BackupResult result;
    QElapsedTimer clock;
    clock.start();
    auto fail = [&](DbError e) {
        result.error = std::move(e);
        return result;
    };
    if (request.outputPath.isEmpty())
        return fail(DbError(DbError::Code::InvalidName, tr("No backup file was given.")));
    const QString output = QFileInfo(request.outputPath).absoluteFilePath();
    if (output == m_path)
        return fail(DbError(DbError::Code::InvalidName,
                            tr("The backup cannot be written over the database itself.")));
    if (QFileInfo::exists(output) && !request.overwrite)
        return fail(DbError(
                DbError::Code::AlreadyExists,
                tr("The file %1 already exists; choose another name.").arg(native(output))));
    const QString folder = QFileInfo(output).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(DbError(DbError::Code::Failed,
                            tr("The folder %1 cannot be created.").arg(native(folder))));
    progress.setFraction(0);
    progress.setStatus(tr("Backing up %1").arg(describe()));
    const auto size = databaseSize();
    if (!size.ok())
        return fail(size.error);
    result.info.databaseSizeBytes = size.value;
    QString note;
    if (DbError e = BackupSpaceCheck::check(*m_options.freeSpace, folder, size.value,
                                            BackupSpaceCheck::SqliteFactor, &note))
        return fail(e);
    if (!note.isEmpty())
        result.warnings.append(note);
    const auto source = fingerprint(request.fingerprintTables);
    if (!source.ok())
        return fail(source.error);
    result.info.source = source.value;

    PartialFile partial(output);
    QString text;
    if (!partial.prepare(&text))
        return fail(DbError(DbError::Code::Failed, text));
    if (progress.isCancelled())
        return fail(DbError::cancelled());
    {
        DbError error;
        auto sql = open(m_path, false, &error);
        if (!sql)
            return fail(error);
        const SqlOutcome version = sql->exec(u"SELECT sqlite_version()"_s);
        result.info.toolVersion = u"SQLite "_s + version.scalar().toString();
        result.info.serverVersion = result.info.toolVersion;
        // One read transaction: a consistent copy even while the site writes.
        const SqlOutcome o = sql->exec(u"VACUUM INTO ?"_s, {partial.temporaryPath()});
        if (!o.ok) {
            partial.discard();
            const bool full = o.errorText.contains(u"full"_s, Qt::CaseInsensitive);
            return fail(DbError(full ? DbError::Code::NotEnoughSpace : DbError::Code::Failed,
                                full ? tr("The backup of %1 failed: the disk is full. Free some "
                                          "space or choose another folder.")
                                                .arg(describe())
                                     : tr("The backup of %1 failed.").arg(describe()),
                                o.errorText));
        }
    }
    progress.setFraction(0.7);
    if (progress.isCancelled())
        return fail(DbError::cancelled());
    int tables = 0;
    if (DbError e = checkFile(partial.temporaryPath(), &tables)) {
        partial.discard();
        return fail(e);
    }
    QString hashError;
    const auto digest =
            FileHash::sha256(partial.temporaryPath(), progress.cancellation(), {}, &hashError);
    if (!digest)
        return fail(progress.isCancelled() ? DbError::cancelled()
                                           : DbError(DbError::Code::Failed, hashError));
    const qint64 bytes = QFileInfo(partial.temporaryPath()).size();
    if (!partial.commit(request.overwrite, &text))
        return fail(DbError(DbError::Code::Failed, text));
    result.info.path = output;
    result.info.format = u"sqlite"_s;
    result.info.sizeBytes = bytes;
    result.info.sha256 = *digest;
    result.info.verified = true;
    result.info.finishedAt = QDateTime::currentDateTimeUtc();
    result.info.elapsedMs = clock.elapsed();
    progress.setFraction(1);
    progress.log(tr("Backup of %1 written to %2 (%3, sha256 %4), verified.")
                         .arg(describe(), native(output), BackupSpaceCheck::formatBytes(bytes),
                              *digest));
    return result;
}

VerifyResult SqliteAdmin::verify(const VerifyRequest &request, Progress &progress)
{
    VerifyResult result;
    const QString path = QFileInfo(request.backupPath).absoluteFilePath();
    if (!QFileInfo(path).isFile()) {
        result.error = DbError(DbError::Code::NotFound,
                               tr("The backup file %1 does not exist.").arg(native(path)));
        return result;
    }
    if (path.endsWith(PartialFile::Suffix)) {
        result.error = DbError(DbError::Code::InvalidBackup,
                               tr("%1 is an unfinished backup (its name ends with %2).")
                                       .arg(native(path), PartialFile::Suffix));
        return result;
    }
    progress.setFraction(0);
    progress.setStatus(tr("Verifying the backup %1").arg(native(path)));
    result.sizeBytes = QFileInfo(path).size();
    if (DbError e = checkFile(path, &result.entries)) {
        result.error = e;
        return result;
    }
    QString hashError;
    const auto digest = FileHash::sha256(path, progress.cancellation(), {}, &hashError);
    if (!digest) {
        result.error = progress.isCancelled() ? DbError::cancelled()
                                              : DbError(DbError::Code::Failed, hashError);
        return result;
    }
    result.sha256 = *digest;
    if (!request.expectedSha256.isEmpty() &&
        request.expectedSha256.compare(*digest, Qt::CaseInsensitive) != 0) {
        result.error = DbError(DbError::Code::InvalidBackup,
                               tr("The backup %1 has changed since it was made: its SHA-256 is %2, "
                                  "%3 was recorded.")
                                       .arg(native(path), *digest, request.expectedSha256));
        return result;
    }
    result.valid = true;
    progress.setFraction(1);
    return result;
}

RestoreResult SqliteAdmin::restoreAs(const QString &backupPath, const QString &newName,
                                     Progress &progress)
{
    RestoreResult result;
    const QString target = resolve(newName);
    result.database = target;
    auto fail = [&](DbError e) {
        result.error = std::move(e);
        return result;
    };
    if (newName.trimmed().isEmpty())
        return fail(DbError(DbError::Code::InvalidName, tr("No database file was given.")));
    if (QFileInfo::exists(target))
        return fail(
                DbError(DbError::Code::AlreadyExists,
                        tr("The file %1 already exists. Choose another name or remove it first.")
                                .arg(native(target))));
    progress.setFraction(0);
    progress.setStatus(tr("Restoring %1 as %2").arg(native(backupPath), native(target)));
    if (DbError e = checkFile(backupPath, nullptr))
        return fail(e);
    PartialFile partial(target);
    QString text;
    if (!partial.prepare(&text))
        return fail(DbError(DbError::Code::Failed, text));
    QDir().mkpath(QFileInfo(target).absolutePath());
    if (!QFile::copy(backupPath, partial.temporaryPath()))
        return fail(DbError(DbError::Code::Failed,
                            tr("The backup could not be copied to %1.").arg(native(target))));
    if (DbError e = checkFile(partial.temporaryPath(), nullptr))
        return fail(e);
    if (!partial.commit(false, &text))
        return fail(DbError(DbError::Code::Failed, text));
    result.restored = true;
    result.actions.append(tr("Restored %1 as %2.").arg(native(backupPath), native(target)));
    progress.setFraction(1);
    progress.log(result.actions.last());
    return result;
}

RestoreResult SqliteAdmin::replaceFromBackup(const QString &backupPath, Progress &progress)
{
    RestoreResult result;
    result.database = m_path;
    auto fail = [&](DbError e) {
        result.error = std::move(e);
        for (const QString &a : std::as_const(result.actions))
            progress.log(a);
        return result;
    };
    progress.setFraction(0);
    progress.setStatus(tr("Replacing %1 with %2").arg(native(m_path), native(backupPath)));
    if (DbError e = checkFile(backupPath, nullptr))
        return fail(e);
    PartialFile incoming(m_path + u".restoring"_s);
    QString text;
    if (!incoming.prepare(&text))
        return fail(DbError(DbError::Code::Failed, text));
    if (!QFile::copy(backupPath, incoming.temporaryPath()))
        return fail(DbError(DbError::Code::Failed,
                            tr("The backup could not be copied beside %1.").arg(native(m_path))));
    if (DbError e = checkFile(incoming.temporaryPath(), nullptr))
        return fail(e);
    progress.setFraction(0.5);

    // Keep the current file (and its journal files) aside.
    const QString aside = m_path + u".before-restore-"_s +
                          QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QStringList moved;
    auto moveBack = [&] {
        for (const QString &suffix : std::as_const(moved)) {
            QFile::remove(m_path + suffix);
            QFile::rename(aside + suffix, m_path + suffix);
        }
    };
    for (const QString &suffix : QStringList{QString()} + SideSuffixes) {
        if (!QFileInfo::exists(m_path + suffix))
            continue;
        if (!QFile::rename(m_path + suffix, aside + suffix)) {
            moveBack();
            return fail(DbError(DbError::Code::Failed,
                                tr("%1 could not be moved aside: is the site still using it? Stop "
                                   "it and try again.")
                                        .arg(native(m_path + suffix))));
        }
        moved.append(suffix);
    }
    if (!moved.isEmpty())
        result.actions.append(tr("Moved the current database aside as %1.").arg(native(aside)));
    if (!QFile::rename(incoming.temporaryPath(), m_path)) {
        moveBack();
        return fail(DbError(DbError::Code::Failed,
                            tr("The restored file could not be put in place of %1; the previous "
                               "database was put back.")
                                    .arg(native(m_path))));
    }
    for (const QString &suffix : std::as_const(moved))
        QFile::remove(aside + suffix);
    if (!moved.isEmpty())
        result.actions.append(tr("Removed the previous database."));
    result.restored = true;
    result.actions.append(
            tr("Replaced %1 with the backup %2.").arg(native(m_path), native(backupPath)));
    progress.setFraction(1);
    for (const QString &a : std::as_const(result.actions))
        progress.log(a);
    return result;
}

} // namespace upgrade
