#include "MsSqlAdmin.h"

#include "BackupSpaceCheck.h"
#include "MsSqlConnector.h"
#include "SchemaInspector.h"
#include "util/FileHash.h"
#include "util/Log.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

const QString Master = u"master"_s;

int column(const SqlResultSet &set, const QString &name)
{
    for (qsizetype i = 0; i < set.columns.size(); ++i)
        if (set.columns.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

QVariant cell(const SqlResultSet &set, int row, const QString &name)
{
    const int c = column(set, name);
    if (c < 0 || row >= set.rows.size())
        return {};
    return set.rows.at(row).value(c);
}

} // namespace

MsSqlAdmin::MsSqlAdmin(DatabaseSettings settings, QString password)
    : m_settings(settings)
    , m_connector(std::make_unique<MsSqlConnector>(settings, std::move(password)))
{}

MsSqlAdmin::MsSqlAdmin(DatabaseSettings settings, std::unique_ptr<SqlConnector> connector)
    : MsSqlAdmin(std::move(settings), std::move(connector), Options())
{}

MsSqlAdmin::MsSqlAdmin(DatabaseSettings settings, std::unique_ptr<SqlConnector> connector,
                       Options options)
    : m_settings(std::move(settings))
    , m_connector(std::move(connector))
    , m_options(options)
{}

MsSqlAdmin::~MsSqlAdmin() = default;

QString MsSqlAdmin::describe() const
{
    return tr("SQL Server database «%1» on %2").arg(m_settings.name, m_settings.host);
}

DbError MsSqlAdmin::classify(const QString &what, const SqlOutcome &o) const
{
    const QString t = o.errorText;
    const int code = o.nativeErrorCode.toInt();
    const QString login = m_settings.user.isEmpty() ? tr("(Windows account)") : m_settings.user;
    auto contains = [&t](const QString &s) { return t.contains(s, Qt::CaseInsensitive); };

    if (contains(u"Data source name not found"_s) || contains(u"Can't open lib"_s) ||
        contains(u"driver not loaded"_s) || contains(u"specified driver could not be loaded"_s))
        return DbError(DbError::Code::ToolMissing,
                       tr("%1 failed: the ODBC driver \"%2\" is not installed. Install Microsoft's "
                          "ODBC Driver for SQL Server (or FreeTDS) and name it in the profile.")
                               .arg(what, m_settings.odbcDriver.isEmpty()
                                                  ? MsSqlConnector::DefaultDriver
                                                  : m_settings.odbcDriver),
                       t);
    if (contains(u"certificate"_s))
        return DbError(DbError::Code::Connection,
                       tr("%1 failed: the server's TLS certificate is not trusted. Install a "
                          "trusted certificate on the server, or set "
                          "BPMSOFT_UPGRADE_MSSQL_ODBC_EXTRA=TrustServerCertificate=yes if you "
                          "accept that risk.")
                               .arg(what),
                       t);
    if (code == 18456 || contains(u"Login failed"_s))
        return DbError(DbError::Code::Connection,
                       tr("%1 failed: SQL Server refused the login «%2». Check the user and its "
                          "password.")
                               .arg(what, login),
                       t);
    static const QRegularExpression dbPermission(
            u"([A-Z][A-Z ]*[A-Z]) permission denied in database '([^']+)'"_s);
    if (const auto m = dbPermission.match(t); m.hasMatch()) {
        const QString right = m.captured(1);
        QString hint;
        if (right.startsWith(u"BACKUP"_s))
            hint = tr("Backups need membership in sysadmin, db_owner or db_backupoperator.");
        else if (right.startsWith(u"CREATE DATABASE"_s))
            hint = tr("Restoring or reading a backup needs the CREATE DATABASE permission (the "
                      "dbcreator role).");
        return DbError(
                DbError::Code::Permission,
                tr("%1 failed: the login «%2» lacks the %3 permission in the database %4. %5")
                        .arg(what, login, right, m.captured(2), hint)
                        .trimmed(),
                t);
    }
    if (code == 3110 || contains(u"does not have permission to RESTORE"_s))
        return DbError(DbError::Code::Permission,
                       tr("%1 failed: the login «%2» lacks the RESTORE permission for this "
                          "database: replacing an existing database needs sysadmin, dbcreator or "
                          "its owner (db_owner is not enough).")
                               .arg(what, login),
                       t);
    static const QRegularExpression objectPermission(
            u"The ([A-Z ]+) permission was denied on the object '([^']+)'"_s);
    if (const auto m = objectPermission.match(t); m.hasMatch())
        return DbError(DbError::Code::Permission,
                       tr("%1 failed: the login «%2» lacks the %3 permission on %4.")
                               .arg(what, login, m.captured(1).trimmed(), m.captured(2)),
                       t);
    if (contains(u"VIEW SERVER STATE"_s))
        return DbError(DbError::Code::Permission,
                       tr("%1 failed: the login «%2» lacks the VIEW SERVER STATE permission.")
                               .arg(what, login),
                       t);
    if (contains(u"permission"_s) && (contains(u"denied"_s) || contains(u"not have"_s)))
        return DbError(DbError::Code::Permission,
                       tr("%1 failed: the login «%2» lacks a permission: %3").arg(what, login, t),
                       t);
    if (contains(u"Operating system error 5("_s) || contains(u"Access is denied"_s))
        return DbError(DbError::Code::Permission,
                       tr("%1 failed: the SQL Server service account may not use that file or "
                          "folder on the SQL Server host. Give the service account read and write "
                          "rights on the folder.")
                               .arg(what),
                       t);
    if (contains(u"Operating system error 112("_s) || contains(u"not enough space"_s) ||
        contains(u"disk is full"_s))
        return DbError(DbError::Code::NotEnoughSpace,
                       tr("%1 failed: the disk on the SQL Server host is full. Free some space or "
                          "choose another folder there.")
                               .arg(what),
                       t);
    if (contains(u"Operating system error 2("_s) || contains(u"Operating system error 3("_s) ||
        contains(u"cannot find the path"_s) || contains(u"cannot find the file"_s))
        return DbError(DbError::Code::NotFound,
                       tr("%1 failed: the file or folder does not exist on the SQL Server host "
                          "(paths are the server's, not this computer's; SQL Server does not "
                          "create folders).")
                               .arg(what),
                       t);
    if (code == 1801 || contains(u"already exists"_s))
        return DbError(DbError::Code::AlreadyExists,
                       tr("%1 failed: a database of that name already exists.").arg(what), t);
    if (code == 3101 || contains(u"Exclusive access could not be obtained"_s))
        return DbError(
                DbError::Code::Failed,
                tr("%1 failed: the database is in use. Stop the site and try again.").arg(what), t);
    if (code == 5133 || code == 5123 || contains(u"Directory lookup"_s))
        return DbError(DbError::Code::Failed,
                       tr("%1 failed: SQL Server cannot create the database files in that folder "
                          "of its host; check that it exists and that the service account may "
                          "write there.")
                               .arg(what),
                       t);
    static const QList<int> damaged{3241, 3242, 3243, 3183, 3189, 3203, 3187, 3266, 3013, 3119};
    if (damaged.contains(code) || contains(u"media family"_s) ||
        contains(u"incorrectly formed"_s) || contains(u"checksum"_s) || contains(u"damaged"_s) ||
        contains(u"not formatted"_s) || contains(u"terminating abnormally"_s))
        return DbError(
                DbError::Code::InvalidBackup,
                tr("%1 failed: the file is not a complete, valid SQL Server backup.").arg(what), t);
    if (contains(u"Cannot open database"_s) || code == 4060)
        return DbError(DbError::Code::NotFound,
                       tr("%1 failed: the database does not exist or the login «%2» may not open "
                          "it.")
                               .arg(what, login),
                       t);
    if (contains(u"TCP Provider"_s) || contains(u"Login timeout"_s) ||
        contains(u"server was not found"_s) || contains(u"Unable to connect"_s) ||
        contains(u"Adaptive Server is unavailable"_s))
        return DbError(DbError::Code::Connection,
                       tr("%1 failed: SQL Server on %2 cannot be reached. Check the host, the port "
                          "and the firewall.")
                               .arg(what, m_settings.host),
                       t);
    return DbError(DbError::Code::Failed, tr("%1 failed.").arg(what), t);
}

std::unique_ptr<SqlExecutor> MsSqlAdmin::connect(const QString &database, DbError *error) const
{
    QString text, code;
    auto sql = m_connector->open(database, &text, &code);
    if (!sql && error) {
        *error = classify(
                tr("Connecting to SQL Server %1 (database %2)").arg(m_settings.host, database),
                SqlOutcome::failure(text, code));
        if (error->code() == DbError::Code::Failed)
            *error = DbError(DbError::Code::Connection, error->message(), error->details());
    }
    return sql;
}

std::unique_ptr<SqlExecutor> MsSqlAdmin::openSql(DbError *error)
{
    return connect(m_settings.name, error);
}

SqlOutcome MsSqlAdmin::runLong(const QString &sql, Progress &progress, double from, double to,
                               bool cancellable, bool *killed)
{
    struct Shared
    {
        std::mutex mutex;
        std::condition_variable done;
        bool finished = false;
        int session = -1;
        SqlOutcome outcome;
    };
    auto shared = std::make_shared<Shared>();
    SqlConnector *connector = m_connector.get();
    // The statement runs on its own connection and thread, in autocommit (never in a
    // transaction), and every result is read before the statement is let go.
    std::thread worker([shared, connector, sql] {
        SqlOutcome outcome;
        {
            QString text, code;
            std::unique_ptr<SqlExecutor> a = connector->open(Master, &text, &code);
            if (!a) {
                outcome = SqlOutcome::failure(text, code);
            } else {
                const SqlOutcome spid = a->exec(u"SELECT @@SPID"_s);
                {
                    std::lock_guard lock(shared->mutex);
                    shared->session = spid.ok ? spid.scalar().toInt() : -1;
                }
                outcome = a->exec(sql);
            }
        }
        std::lock_guard lock(shared->mutex);
        shared->outcome = outcome;
        shared->finished = true;
        shared->done.notify_all();
    });

    DbError pollError;
    std::unique_ptr<SqlExecutor> poller = connect(Master, &pollError);
    bool noted = false, cancelNoted = false;
    if (killed)
        *killed = false;
    for (;;) {
        int session;
        {
            std::unique_lock lock(shared->mutex);
            shared->done.wait_for(lock, std::chrono::milliseconds(m_options.pollIntervalMs),
                                  [&] { return shared->finished; });
            if (shared->finished)
                break;
            session = shared->session;
        }
        if (progress.isCancelled() && !cancelNoted) {
            cancelNoted = true;
            if (!cancellable) {
                progress.log(tr("The restore cannot be stopped once it has started: it runs to "
                                "the end."));
            } else if (poller && session > 0) {
                const SqlOutcome k = poller->exec(MsSqlStatements::kill(session));
                if (k.ok && killed)
                    *killed = true;
                if (!k.ok)
                    progress.log(tr("SQL Server's work could not be stopped (KILL needs the ALTER "
                                    "ANY CONNECTION permission): %1")
                                         .arg(k.errorText));
            }
        }
        if (!poller || session <= 0)
            continue;
        const SqlOutcome p = poller->exec(MsSqlStatements::progressQuery(), {session});
        if (p.ok && !p.rows().isEmpty()) {
            const double percent = p.rows().first().value(0).toDouble();
            progress.setFraction(from + (to - from) * qBound(0.0, percent / 100.0, 1.0));
        } else if (!noted) {
            noted = true;
            progress.log(tr("SQL Server's progress cannot be shown (reading it needs the VIEW "
                            "SERVER STATE permission); the work goes on."));
        }
    }
    worker.join();
    progress.setFraction(to);
    return shared->outcome;
}

DbResult<DbFingerprint> MsSqlAdmin::fingerprint(const QStringList &rowCountTables)
{
    using Result = DbResult<DbFingerprint>;
    DbError error;
    auto sql = connect(m_settings.name, &error);
    if (!sql)
        return Result::failure(error);
    const SqlOutcome o = sql->exec(u"SELECT @@SERVERNAME, DB_NAME(), CAST(database_id AS "
                                   "nvarchar(20)), create_date FROM sys.databases WHERE name = "
                                   "DB_NAME()"_s);
    if (!o.ok || o.rows().isEmpty())
        return Result::failure(classify(tr("Identifying the database"), o));
    DbFingerprint f;
    f.kind = DatabaseKind::MsSql;
    const QVariantList row = o.rows().first();
    f.server = row.value(0).toString();
    f.database = row.value(1).toString();
    f.databaseId = row.value(2).toString();
    f.createdOn = row.value(3).toDateTime();
    SchemaInspector inspector(*sql, dialect());
    const auto counts = inspector.rowCounts(rowCountTables);
    if (!counts.ok())
        return Result::failure(counts.error);
    f.rowCounts = counts.value;
    return Result::success(f);
}

DbResult<qint64> MsSqlAdmin::databaseSize()
{
    DbError error;
    auto master = connect(Master, &error);
    if (!master)
        return DbResult<qint64>::failure(error);
    const SqlOutcome o = master->exec(MsSqlStatements::databaseSizeQuery(), {m_settings.name});
    if (!o.ok)
        return DbResult<qint64>::failure(classify(tr("Reading the database size"), o));
    return DbResult<qint64>::success(o.scalar().toLongLong());
}

DbResult<bool> MsSqlAdmin::databaseExists(const QString &name)
{
    DbError error;
    auto master = connect(Master, &error);
    if (!master)
        return DbResult<bool>::failure(error);
    const SqlOutcome o = master->exec(MsSqlStatements::databaseIdQuery(), {name});
    if (!o.ok)
        return DbResult<bool>::failure(classify(tr("Looking for the database %1").arg(name), o));
    return DbResult<bool>::success(!o.scalar().isNull());
}

DbError MsSqlAdmin::verifyFile(SqlExecutor &master, const QString &path, Progress &progress,
                               double from, double to, VerifyResult *result)
{
    const QString what = tr("Verifying the backup %1 on the SQL Server host").arg(path);
    progress.setStatus(what);
    bool killed = false;
    const SqlOutcome v =
            runLong(MsSqlStatements::verifyOnly(path), progress, from, to, true, &killed);
    if (!v.ok) {
        if (killed || progress.isCancelled())
            return DbError::cancelled();
        DbError e = classify(what, v);
        if (e.code() == DbError::Code::Failed)
            e = DbError(DbError::Code::InvalidBackup, e.message(), e.details());
        return e;
    }
    const SqlOutcome h = master.exec(MsSqlStatements::headerOnly(path));
    if (!h.ok || h.resultSets.isEmpty() || h.resultSets.first().rows.isEmpty())
        return DbError(DbError::Code::InvalidBackup,
                       tr("%1: the backup's header cannot be read.").arg(what), h.errorText);
    if (result) {
        const SqlResultSet &set = h.resultSets.first();
        result->entries = int(set.rows.size());
        result->sourceDatabase = cell(set, 0, u"DatabaseName"_s).toString();
        result->createdAt = cell(set, 0, u"BackupFinishDate"_s).toDateTime();
        result->sourceVersion =
                u"%1.%2.%3"_s.arg(cell(set, 0, u"SoftwareVersionMajor"_s).toString(),
                                  cell(set, 0, u"SoftwareVersionMinor"_s).toString(),
                                  cell(set, 0, u"SoftwareVersionBuild"_s).toString());
        const QVariant compressedSize = cell(set, 0, u"CompressedBackupSize"_s);
        result->sizeBytes = compressedSize.isValid() && !compressedSize.isNull()
                                    ? compressedSize.toLongLong()
                                    : cell(set, 0, u"BackupSize"_s).toLongLong();
    }
    return {};
}

BackupResult MsSqlAdmin::backup(const BackupRequest &request, Progress &progress)
{
    BackupResult result;
    QElapsedTimer clock;
    clock.start();
    auto fail = [&](DbError e) {
        result.error = std::move(e);
        return result;
    };
    const QString path = request.outputPath;
    QString why;
    if (!MsSqlStatements::checkName(m_settings.name, &why))
        return fail(DbError(DbError::Code::InvalidName, why));
    if (!MsSqlStatements::checkPath(path, &why))
        return fail(DbError(DbError::Code::InvalidName, why));
    const QString what = tr("The backup of %1 to %2 on the SQL Server host").arg(describe(), path);
    progress.setFraction(0);
    progress.setStatus(tr("Reading the database %1").arg(m_settings.name));

    DbError error;
    auto master = connect(Master, &error);
    if (!master)
        return fail(error);
    const SqlOutcome info = master->exec(MsSqlStatements::serverInfoQuery());
    if (!info.ok || info.rows().isEmpty())
        return fail(classify(what, info));
    const QVariantList server = info.rows().first();
    const bool compression = MsSqlStatements::editionSupportsCompression(
            server.value(0).toInt(), server.value(1).toString());
    result.info.serverVersion =
            u"SQL Server %1 (%2)"_s.arg(server.value(2).toString(), server.value(1).toString());
    result.info.toolVersion = result.info.serverVersion;
    if (!compression)
        result.warnings.append(tr("%1 has no backup compression: the backup is written "
                                  "uncompressed.")
                                       .arg(server.value(1).toString()));

    // INIT, FORMAT overwrite: look first whether something is there.
    const SqlOutcome existing = master->exec(MsSqlStatements::headerOnly(path));
    if (existing.ok && !request.overwrite)
        return fail(DbError(DbError::Code::AlreadyExists,
                            tr("A backup already exists at %1 on the SQL Server host; choose "
                               "another name.")
                                    .arg(path)));
    if (!existing.ok) {
        const DbError e = classify(what, existing);
        if (e.code() == DbError::Code::Permission || e.code() == DbError::Code::Connection)
            return fail(e);
        const bool fileMissing = existing.errorText.contains(u"Operating system error 2("_s) ||
                                 existing.errorText.contains(u"cannot find the file"_s);
        if (e.code() == DbError::Code::NotFound && !fileMissing)
            return fail(e); // the folder is missing
        if (!fileMissing && e.code() == DbError::Code::InvalidBackup && !request.overwrite)
            return fail(DbError(DbError::Code::AlreadyExists,
                                tr("A file that is not a backup exists at %1 on the SQL Server "
                                   "host; it is not overwritten. Choose another name.")
                                        .arg(path)));
    }
    const auto source = fingerprint(request.fingerprintTables);
    if (!source.ok())
        return fail(source.error);
    result.info.source = source.value;
    const SqlOutcome size = master->exec(MsSqlStatements::databaseSizeQuery(), {m_settings.name});
    if (size.ok)
        result.info.databaseSizeBytes = size.scalar().toLongLong();
    if (progress.isCancelled())
        return fail(DbError::cancelled());

    progress.setStatus(tr("Backing up %1 to %2 on the SQL Server host").arg(m_settings.name, path));
    bool killed = false;
    const SqlOutcome b = runLong(MsSqlStatements::backup(m_settings.name, path, compression),
                                 progress, 0.02, 0.85, true, &killed);
    const QString leftover = tr("SQL Server may have left an incomplete file at %1 on its host; "
                                "it is not a valid backup — delete it.")
                                     .arg(path);
    if (!b.ok) {
        if (killed || progress.isCancelled())
            return fail(DbError(DbError::Code::Cancelled,
                                tr("The backup was cancelled. %1").arg(leftover)));
        const DbError e = classify(what, b);
        return fail(DbError(e.code(), e.message() + u' ' + leftover, e.details()));
    }
    VerifyResult verified;
    error = verifyFile(*master, path, progress, 0.85, 0.97, &verified);
    if (error)
        return fail(DbError(error.code(), error.message() + u' ' + leftover, error.details()));

    result.info.path = path;
    result.info.format = u"mssql-bak"_s;
    result.info.onServerHost = true;
    result.info.sizeBytes = verified.sizeBytes;
    result.info.compressed = compression;
    result.info.verified = true;
    // The file is on the server's machine; when it is also reachable from here (the same
    // machine, or a share), its digest is recorded too.
    if (QFileInfo(path).isFile()) {
        if (const auto digest = FileHash::sha256(path, progress.cancellation()))
            result.info.sha256 = *digest;
    }
    result.info.finishedAt = QDateTime::currentDateTimeUtc();
    result.info.elapsedMs = clock.elapsed();
    progress.setFraction(1);
    progress.log(
            tr("Backup of %1 written to %2 on the SQL Server host (%3), verified with "
               "RESTORE VERIFYONLY.")
                    .arg(m_settings.name, path, BackupSpaceCheck::formatBytes(verified.sizeBytes)));
    return result;
}

VerifyResult MsSqlAdmin::verify(const VerifyRequest &request, Progress &progress)
{
    VerifyResult result;
    QString why;
    if (!MsSqlStatements::checkPath(request.backupPath, &why)) {
        result.error = DbError(DbError::Code::InvalidName, why);
        return result;
    }
    progress.setFraction(0);
    DbError error;
    auto master = connect(Master, &error);
    if (!master) {
        result.error = error;
        return result;
    }
    error = verifyFile(*master, request.backupPath, progress, 0.0, 0.9, &result);
    if (error) {
        result.error = error;
        return result;
    }
    if (QFileInfo(request.backupPath).isFile()) {
        QString hashError;
        const auto digest =
                FileHash::sha256(request.backupPath, progress.cancellation(), {}, &hashError);
        if (!digest) {
            result.error = progress.isCancelled() ? DbError::cancelled()
                                                  : DbError(DbError::Code::Failed, hashError);
            return result;
        }
        result.sha256 = *digest;
        if (!request.expectedSha256.isEmpty() &&
            request.expectedSha256.compare(*digest, Qt::CaseInsensitive) != 0) {
            result.error =
                    DbError(DbError::Code::InvalidBackup,
                            tr("The backup %1 has changed since it was made: its SHA-256 is "
                               "%2, %3 was recorded.")
                                    .arg(request.backupPath, *digest, request.expectedSha256));
            return result;
        }
    } else {
        result.warnings.append(tr("The backup is on the SQL Server host and not reachable from "
                                  "here: its SHA-256 was not computed; SQL Server checked its "
                                  "checksums."));
    }
    if (request.trialRestore)
        result.warnings.append(tr("A trial restore is not made for SQL Server: RESTORE VERIFYONLY "
                                  "WITH CHECKSUM checked the backup."));
    result.valid = true;
    progress.setFraction(1);
    return result;
}

RestoreResult MsSqlAdmin::restoreAs(const QString &backupPath, const QString &newName,
                                    Progress &progress)
{
    RestoreResult result;
    result.database = newName;
    QElapsedTimer clock;
    clock.start();
    auto fail = [&](DbError e) {
        result.error = std::move(e);
        result.elapsedMs = clock.elapsed();
        for (const QString &a : std::as_const(result.actions))
            progress.log(a);
        return result;
    };
    QString why;
    if (!MsSqlStatements::checkName(newName, &why))
        return fail(DbError(DbError::Code::InvalidName, why));
    if (!MsSqlStatements::checkPath(backupPath, &why))
        return fail(DbError(DbError::Code::InvalidName, why));
    const QString what = tr("Restoring %1 as «%2»").arg(backupPath, newName);
    progress.setFraction(0);
    progress.setStatus(what);
    DbError error;
    auto master = connect(Master, &error);
    if (!master)
        return fail(error);
    const SqlOutcome id = master->exec(MsSqlStatements::databaseIdQuery(), {newName});
    if (!id.ok)
        return fail(classify(what, id));
    if (!id.scalar().isNull())
        return fail(DbError(DbError::Code::AlreadyExists,
                            tr("A database «%1» already exists on %2. Choose another name or drop "
                               "it first.")
                                    .arg(newName, m_settings.host)));
    const SqlOutcome list = master->exec(MsSqlStatements::fileListOnly(backupPath));
    if (!list.ok) {
        DbError e = classify(what, list);
        if (e.code() == DbError::Code::Failed)
            e = DbError(DbError::Code::InvalidBackup, e.message(), e.details());
        return fail(e);
    }
    const auto files = list.resultSets.isEmpty()
                               ? QList<MsSqlStatements::BackupFile>{}
                               : MsSqlStatements::parseFileList(list.resultSets.first().columns,
                                                                list.resultSets.first().rows);
    if (files.isEmpty())
        return fail(DbError(DbError::Code::InvalidBackup,
                            tr("%1: the backup lists no database files.").arg(what)));
    const SqlOutcome paths = master->exec(MsSqlStatements::defaultPathsQuery());
    const QString dataDir = paths.rows().value(0).value(0).toString();
    const QString logDir = paths.rows().value(0).value(1).toString();
    const auto moves = MsSqlStatements::moveList(files, newName, dataDir, logDir);
    for (const auto &m : moves)
        result.actions.append(tr("File %1 goes to %2 on the SQL Server host.")
                                      .arg(m.logicalName, m.physicalPath));

    bool killed = false;
    const SqlOutcome r = runLong(MsSqlStatements::restoreAs(newName, backupPath, moves), progress,
                                 0.05, 0.98, true, &killed);
    if (!r.ok) {
        const DbError e =
                (killed || progress.isCancelled()) ? DbError::cancelled() : classify(what, r);
        // No half-restored database stays behind.
        const SqlOutcome still = master->exec(MsSqlStatements::databaseIdQuery(), {newName});
        if (still.ok && !still.scalar().isNull()) {
            const SqlOutcome dropped = master->exec(MsSqlStatements::dropDatabase(newName));
            result.actions.append(dropped.ok
                                          ? tr("Dropped the unfinished database «%1».").arg(newName)
                                          : tr("The unfinished database «%1» could not be "
                                               "dropped: %2")
                                                    .arg(newName, dropped.errorText));
        }
        return fail(e);
    }
    result.restored = true;
    result.actions.append(tr("Restored %1 as «%2».").arg(backupPath, newName));
    result.elapsedMs = clock.elapsed();
    progress.setFraction(1);
    for (const QString &a : std::as_const(result.actions))
        progress.log(a);
    return result;
}

RestoreResult MsSqlAdmin::replaceFromBackup(const QString &backupPath, Progress &progress)
{
    RestoreResult result;
    result.database = m_settings.name;
    QElapsedTimer clock;
    clock.start();
    auto fail = [&](DbError e) {
        result.error = std::move(e);
        result.elapsedMs = clock.elapsed();
        for (const QString &a : std::as_const(result.actions))
            progress.log(a);
        return result;
    };
    QString why;
    if (!MsSqlStatements::checkName(m_settings.name, &why))
        return fail(DbError(DbError::Code::InvalidName, why));
    if (!MsSqlStatements::checkPath(backupPath, &why))
        return fail(DbError(DbError::Code::InvalidName, why));
    const QString what = tr("Replacing «%1» with the backup %2").arg(m_settings.name, backupPath);
    progress.setFraction(0);
    DbError error;
    auto master = connect(Master, &error);
    if (!master)
        return fail(error);
    const SqlOutcome id = master->exec(MsSqlStatements::databaseIdQuery(), {m_settings.name});
    if (!id.ok)
        return fail(classify(what, id));
    if (id.scalar().isNull()) {
        result = restoreAs(backupPath, m_settings.name, progress);
        return result;
    }
    // A file that is not a valid backup stops here, before anything is touched.
    error = verifyFile(*master, backupPath, progress, 0.0, 0.3, nullptr);
    if (error)
        return fail(error);
    result.actions.append(tr("Verified %1 (RESTORE VERIFYONLY).").arg(backupPath));
    if (progress.isCancelled())
        return fail(DbError::cancelled());

    progress.setStatus(what);
    // One batch on one connection, so no other session takes the single-user slot between.
    const QString batch = MsSqlStatements::setSingleUser(m_settings.name) + u";\n"_s +
                          MsSqlStatements::restoreReplace(m_settings.name, backupPath);
    const SqlOutcome r = runLong(batch, progress, 0.3, 0.98, false, nullptr);
    const SqlOutcome multi = master->exec(MsSqlStatements::setMultiUser(m_settings.name));
    if (!r.ok) {
        const DbError e = classify(what, r);
        const SqlOutcome state = master->exec(
                u"SELECT state_desc FROM sys.databases WHERE name = ?"_s, {m_settings.name});
        const QString stateDesc = state.scalar().toString();
        const QString after =
                stateDesc == u"ONLINE"_s
                        ? tr("The database «%1» is still online.").arg(m_settings.name)
                        : tr("The database «%1» is now %2: restore it again from a "
                             "valid backup before the site is started.")
                                  .arg(m_settings.name, stateDesc);
        return fail(DbError(e.code(), e.message() + u' ' + after, e.details()));
    }
    result.actions.append(
            tr("Set «%1» to single-user mode, ending other sessions.").arg(m_settings.name));
    result.actions.append(tr("Replaced «%1» with the backup %2 (RESTORE … WITH REPLACE).")
                                  .arg(m_settings.name, backupPath));
    if (!multi.ok)
        result.warnings.append(tr("«%1» could not be set back to multi-user mode: %2")
                                       .arg(m_settings.name, multi.errorText));
    result.restored = true;
    result.elapsedMs = clock.elapsed();
    progress.setFraction(1);
    for (const QString &a : std::as_const(result.actions))
        progress.log(a);
    return result;
}

} // namespace upgrade
