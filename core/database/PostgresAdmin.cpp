#include "PostgresAdmin.h"

#include "BackupSpaceCheck.h"
#include "PartialFile.h"
#include "PostgresCasts.h"
#include "SchemaInspector.h"
#include "SystemFreeSpace.h"
#include "util/FileHash.h"
#include "util/Log.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#include <QTimeZone>

#include <atomic>
#include <chrono>
#include <future>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

QString quoteConnValue(const QString &value)
{
    QString v = value;
    v.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u'\'' + v + u'\'';
}

/// Cuts a name to at most maxBytes of UTF-8 without splitting a character.
QString truncateUtf8(const QString &text, int maxBytes)
{
    QString out = text;
    while (out.toUtf8().size() > maxBytes)
        out.chop(1);
    return out;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// Maps a part of the work (0..1) to a range of the whole.
class Span
{
public:
    Span(Progress &progress, double from, double to)
        : m_progress(progress)
        , m_from(from)
        , m_to(to)
    {}
    void set(double fraction) const
    {
        m_progress.setFraction(m_from + (m_to - m_from) * qBound(0.0, fraction, 1.0));
    }

private:
    Progress &m_progress;
    double m_from;
    double m_to;
};

/// Lines of a tool's standard error that report errors (with their detail lines).
bool isErrorLine(const QString &line)
{
    return line.contains(u"error:"_s) || line.contains(u"ERROR:"_s) || line.contains(u"FATAL:"_s) ||
           line.contains(u"detail:"_s) || line.contains(u"DETAIL:"_s) ||
           line.contains(u"Command was:"_s);
}

} // namespace

PostgresAdmin::PostgresAdmin(DatabaseSettings settings, QString password)
    : PostgresAdmin(std::move(settings), std::move(password), Options())
{}

PostgresAdmin::PostgresAdmin(DatabaseSettings settings, QString password, Options options)
    : m_settings(std::move(settings))
    , m_password(std::move(password))
    , m_options(std::move(options))
{
    if (m_settings.port <= 0)
        m_settings.port = 5432;
    if (!m_options.runner) {
        m_ownRunner = std::make_unique<ProcessRunner>();
        m_options.runner = m_ownRunner.get();
    }
    if (!m_options.freeSpace) {
        m_ownFreeSpace = std::make_unique<SystemFreeSpace>();
        m_options.freeSpace = m_ownFreeSpace.get();
    }
    if (m_options.restoreJobs <= 0)
        m_options.restoreJobs = qBound(1, QThread::idealThreadCount(), 4);
}

PostgresAdmin::~PostgresAdmin() = default;

QString PostgresAdmin::describe() const
{
    return tr("PostgreSQL database «%1» on %2:%3")
            .arg(m_settings.name, m_settings.host)
            .arg(m_settings.port);
}

QString PostgresAdmin::connectionString(const QString &database) const
{
    QStringList parts;
    if (!m_settings.host.isEmpty())
        parts.append(u"host="_s + quoteConnValue(m_settings.host));
    parts.append(u"port="_s + quoteConnValue(QString::number(m_settings.port)));
    if (!m_settings.user.isEmpty())
        parts.append(u"user="_s + quoteConnValue(m_settings.user));
    parts.append(u"dbname="_s + quoteConnValue(database));
    parts.append(u"connect_timeout="_s +
                 quoteConnValue(QString::number(m_options.connectTimeoutSeconds)));
    parts.append(u"application_name='bpmsoft-upgrade'"_s);
    return parts.join(u' ');
}

QProcessEnvironment PostgresAdmin::toolEnvironment() const
{
    QProcessEnvironment env;
    if (!m_password.isEmpty())
        env.insert(u"PGPASSWORD"_s, m_password);
    // Messages in English whatever the system's language: they are parsed.
    env.insert(u"LC_MESSAGES"_s, u"C"_s);
    env.insert(u"PGAPPNAME"_s, u"bpmsoft-upgrade"_s);
    return env;
}

std::unique_ptr<QtSqlExecutor> PostgresAdmin::connect(const QString &database, DbError *error) const
{
    auto sql = std::make_unique<QtSqlExecutor>();
    SqlConnectionSpec spec;
    spec.driver = u"QPSQL"_s;
    spec.host = m_settings.host;
    spec.port = m_settings.port;
    spec.database = database;
    spec.user = m_settings.user;
    spec.password = m_password;
    spec.connectOptions = u"connect_timeout=%1;application_name=bpmsoft-upgrade"_s.arg(
            m_options.connectTimeoutSeconds);
    QString text, code;
    if (!sql->open(spec, &text, &code)) {
        if (error) {
            SqlOutcome o = SqlOutcome::failure(text, code);
            *error = classifySql(tr("Connecting to the PostgreSQL database «%1» on %2:%3")
                                         .arg(database, m_settings.host)
                                         .arg(m_settings.port),
                                 o);
            if (error->code() == DbError::Code::Failed)
                *error = DbError(DbError::Code::Connection, error->message(), error->details());
        }
        return nullptr;
    }
    return sql;
}

std::unique_ptr<SqlExecutor> PostgresAdmin::openSql(DbError *error)
{
    return connect(m_settings.name, error);
}

DbError PostgresAdmin::classifySql(const QString &what, const SqlOutcome &o) const
{
    const QString text = o.errorText;
    const QString code = o.nativeErrorCode;
    const QString user = m_settings.user;
    if (text.contains(u"permission denied to create database"_s))
        return DbError(DbError::Code::Permission,
                       tr("%1 failed: the user «%2» lacks the CREATEDB right (creating a "
                          "database). Grant it (ALTER ROLE … CREATEDB) or use a superuser.")
                               .arg(what, user),
                       text);
    if (text.contains(u"must be owner of database"_s))
        return DbError(DbError::Code::Permission,
                       tr("%1 failed: the user «%2» is not the owner of the database, which "
                          "renaming or dropping it requires. Use the owner or a superuser.")
                               .arg(what, user),
                       text);
    if (text.contains(u"terminate"_s) && (code == u"42501"_s || text.contains(u"permission"_s)))
        return DbError(DbError::Code::Permission,
                       tr("%1 failed: the user «%2» may not end other sessions (it needs the "
                          "pg_signal_backend role, or to be a superuser). Stop the site and "
                          "close other connections, or use a superuser.")
                               .arg(what, user),
                       text);
    if (code == u"42501"_s || text.contains(u"permission denied"_s)) {
        static const QRegularExpression re(
                u"permission denied for (table|relation|sequence|schema|database|function) "
                "\"?([^\"\\s]+)"_s);
        const auto m = re.match(text);
        if (m.hasMatch()) {
            const QString object = m.captured(1);
            const QString right = object == u"schema"_s     ? u"USAGE"_s
                                  : object == u"database"_s ? u"CONNECT"_s
                                  : object == u"function"_s ? u"EXECUTE"_s
                                                            : u"SELECT"_s;
            return DbError(DbError::Code::Permission,
                           tr("%1 failed: the user «%2» lacks the %3 right on the %4 %5. Grant it "
                              "or use the database owner or a superuser.")
                                   .arg(what, user, right, object, m.captured(2)),
                           text);
        }
        return DbError(DbError::Code::Permission,
                       tr("%1 failed: the user «%2» lacks a right: %3").arg(what, user, text),
                       text);
    }
    if (code == u"28P01"_s || code == u"28000"_s || text.contains(u"password authentication"_s) ||
        text.contains(u"no password supplied"_s))
        return DbError(DbError::Code::Connection,
                       tr("%1 failed: the server refused the login of «%2». Check the user and "
                          "its password.")
                               .arg(what, user),
                       text);
    if (code == u"3D000"_s || (text.contains(u"database"_s) && text.contains(u"does not exist"_s)))
        return DbError(DbError::Code::NotFound,
                       tr("%1 failed: the database does not exist.").arg(what), text);
    if (code == u"42P04"_s || text.contains(u"already exists"_s))
        return DbError(DbError::Code::AlreadyExists,
                       tr("%1 failed: a database of that name already exists.").arg(what), text);
    if (code == u"55006"_s || text.contains(u"is being accessed by other users"_s))
        return DbError(DbError::Code::Failed,
                       tr("%1 failed: other sessions are using the database. Stop the site that "
                          "uses it and try again.")
                               .arg(what),
                       text);
    if (code.startsWith(u"08"_s) || text.contains(u"could not connect"_s) ||
        text.contains(u"Connection refused"_s) || text.contains(u"could not translate host"_s) ||
        text.contains(u"timeout expired"_s) || text.contains(u"connection to server"_s))
        return DbError(DbError::Code::Connection,
                       tr("%1 failed: the PostgreSQL server %2:%3 cannot be reached. Check the "
                          "host, the port and that the server is running.")
                               .arg(what, m_settings.host)
                               .arg(m_settings.port),
                       text);
    return DbError(DbError::Code::Failed, tr("%1 failed.").arg(what), text);
}

DbError PostgresAdmin::classifyTool(const QString &what, const ProcessResult &r,
                                    const QStringList &errorLines) const
{
    if (r.cancelled)
        return DbError::cancelled();
    QString details = errorLines.join(u'\n');
    if (details.isEmpty())
        details = QString::fromLocal8Bit(r.standardError).right(4000);
    if (!r.started)
        return DbError(DbError::Code::ToolMissing, tr("%1: the tool %2").arg(what, r.describe()),
                       details);
    if (r.timedOut)
        return DbError(DbError::Code::Failed,
                       tr("%1 did not finish in time and was stopped.").arg(what), details);
    if (details.contains(u"No space left on device"_s) ||
        details.contains(u"could not write to output file"_s) ||
        details.contains(u"could not write to file"_s))
        return DbError(DbError::Code::NotEnoughSpace,
                       tr("%1 failed: the disk is full. Free some space or choose another "
                          "folder.")
                               .arg(what),
                       details);
    if (details.contains(u"server version mismatch"_s))
        return DbError(DbError::Code::ToolTooOld,
                       tr("%1 failed: the PostgreSQL tools are older than the server. Install "
                          "the tools of the server's version.")
                               .arg(what),
                       details);
    if (details.contains(u"could not obtain lock"_s))
        return DbError(DbError::Code::Failed,
                       tr("%1 failed: another session holds a lock on a table for too long. "
                          "Stop the site or the process holding it and try again.")
                               .arg(what),
                       details);
    static const QRegularExpression memberOf(u"must be (?:a )?member of role \"?([^\"\\s]+)"_s);
    if (const auto m = memberOf.match(details); m.hasMatch())
        return DbError(DbError::Code::Permission,
                       tr("%1 failed: the user «%2» must be a member of the role %3 to give "
                          "objects back to their owners. Use a superuser.")
                               .arg(what, m_settings.user, m.captured(1)),
                       details);
    SqlOutcome asSql = SqlOutcome::failure(details);
    if (details.contains(u"permission denied"_s) || details.contains(u"must be owner"_s) ||
        details.contains(u"password authentication"_s) ||
        details.contains(u"connection to server"_s) || details.contains(u"could not connect"_s) ||
        details.contains(u"does not exist"_s)) {
        const DbError e = classifySql(what, asSql);
        if (e.code() != DbError::Code::Failed)
            return e;
    }
    return DbError(DbError::Code::Failed, tr("%1 failed: the tool %2.").arg(what, r.describe()),
                   details);
}

DbResult<int> PostgresAdmin::serverMajorVersion()
{
    DbError error;
    auto sql = connect(m_settings.name, &error);
    if (!sql)
        sql = connect(m_options.maintenanceDatabase, &error);
    if (!sql)
        return DbResult<int>::failure(error);
    const SqlOutcome o = sql->exec(u"SHOW server_version_num"_s);
    if (!o.ok)
        return DbResult<int>::failure(classifySql(tr("Reading the server version"), o));
    m_serverMajor = o.scalar().toInt() / 10000;
    return DbResult<int>::success(m_serverMajor);
}

std::optional<PgToolSet> PostgresAdmin::tools(DbError *error)
{
    if (m_tools)
        return m_tools;
    if (m_serverMajor <= 0) { // backup() reads it on its own connection
        const auto major = serverMajorVersion();
        if (!major.ok()) {
            if (error)
                *error = major.error;
            return std::nullopt;
        }
    }
    m_tools = PostgresTools::find(m_serverMajor, m_options.toolsDir, *m_options.runner, error);
    if (m_tools)
        logInfo(u"PostgreSQL tools: %1 (%2)"_s.arg(m_tools->pgDump, m_tools->versionText));
    return m_tools;
}

DbResult<DbFingerprint> PostgresAdmin::fingerprint(const QStringList &rowCountTables)
{
    DbError error;
    auto sql = connect(m_settings.name, &error);
    if (!sql)
        return DbResult<DbFingerprint>::failure(error);
    return fingerprintOn(*sql, rowCountTables);
}

DbResult<DbFingerprint> PostgresAdmin::fingerprintOn(SqlExecutor &sql,
                                                     const QStringList &rowCountTables)
{
    using Result = DbResult<DbFingerprint>;
    DbFingerprint f;
    f.kind = DatabaseKind::PostgreSql;
    f.server = u"%1:%2"_s.arg(m_settings.host).arg(m_settings.port);
    const SqlOutcome o = sql.exec(u"SELECT current_database(), d.oid::text FROM pg_database d "
                                  "WHERE d.datname = current_database()"_s);
    if (!o.ok || o.rows().isEmpty())
        return Result::failure(classifySql(tr("Identifying the database"), o));
    f.database = o.rows().first().value(0).toString();
    f.databaseId = o.rows().first().value(1).toString();
    // Readable by superusers and pg_monitor members only; the OID alone still changes when
    // the database is re-created.
    const SqlOutcome sys = sql.exec(u"SELECT system_identifier::text FROM pg_control_system()"_s);
    if (sys.ok)
        f.systemIdentifier = sys.scalar().toString();
    SchemaInspector inspector(sql, dialect());
    const auto counts = inspector.rowCounts(rowCountTables);
    if (!counts.ok())
        return Result::failure(counts.error);
    f.rowCounts = counts.value;
    return Result::success(f);
}

DbResult<qint64> PostgresAdmin::databaseSize()
{
    DbError error;
    auto sql = connect(m_settings.name, &error);
    if (!sql)
        return DbResult<qint64>::failure(error);
    const SqlOutcome o = sql->exec(u"SELECT pg_database_size(current_database())"_s);
    if (!o.ok)
        return DbResult<qint64>::failure(classifySql(tr("Reading the database size"), o));
    return DbResult<qint64>::success(o.scalar().toLongLong());
}

DbResult<bool> PostgresAdmin::databaseExists(const QString &name)
{
    DbError error;
    auto sql = connect(m_options.maintenanceDatabase, &error);
    if (!sql)
        return DbResult<bool>::failure(error);
    return databaseExistsOn(*sql, name);
}

DbResult<bool> PostgresAdmin::databaseExistsOn(SqlExecutor &admin, const QString &name)
{
    const SqlOutcome o =
            admin.exec(u"SELECT count(*) FROM pg_database WHERE datname = ?"_s, {name});
    if (!o.ok)
        return DbResult<bool>::failure(classifySql(tr("Looking for the database %1").arg(name), o));
    return DbResult<bool>::success(o.scalar().toLongLong() > 0);
}

// --- backup ------------------------------------------------------------------------------

BackupResult PostgresAdmin::backup(const BackupRequest &request, Progress &progress)
{
    BackupResult result;
    QElapsedTimer clock;
    clock.start();
    const QString what = tr("The backup of %1").arg(describe());
    auto fail = [&](DbError e) {
        result.error = std::move(e);
        return result;
    };

    const QString output = QFileInfo(request.outputPath).absoluteFilePath();
    if (request.outputPath.isEmpty())
        return fail(DbError(DbError::Code::InvalidName, tr("No backup file was given.")));
    if (QFileInfo::exists(output) && !request.overwrite)
        return fail(DbError(
                DbError::Code::AlreadyExists,
                tr("The file %1 already exists; choose another name.").arg(native(output))));
    const QString folder = QFileInfo(output).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(DbError(DbError::Code::Failed,
                            tr("The folder %1 cannot be created.").arg(native(folder))));

    progress.setStatus(tr("Reading the database %1").arg(m_settings.name));
    progress.setFraction(0);
    DbError error;
    auto sql = connect(m_settings.name, &error);
    if (!sql)
        return fail(error);
    const SqlOutcome version = sql->exec(u"SELECT current_setting('server_version'), "
                                         "pg_database_size(current_database()), "
                                         "current_setting('server_version_num')::int"_s);
    if (!version.ok)
        return fail(classifySql(what, version));
    result.info.serverVersion = version.rows().value(0).value(0).toString();
    result.info.databaseSizeBytes = version.rows().value(0).value(1).toLongLong();
    if (m_serverMajor <= 0)
        m_serverMajor = version.rows().value(0).value(2).toInt() / 10000;

    // Table sizes, to turn pg_dump's "dumping contents of table" lines into progress.
    QHash<QString, qint64> tableBytes;
    qint64 totalTableBytes = 0;
    const SqlOutcome sizes = sql->exec(
            u"SELECT n.nspname || '.' || c.relname, pg_table_size(c.oid) FROM pg_class c JOIN "
            "pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'm', 'p') AND "
            "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE "
            "'pg_toast%'"_s);
    if (sizes.ok) {
        for (const QVariantList &row : sizes.rows()) {
            tableBytes.insert(row.value(0).toString(), row.value(1).toLongLong());
            totalTableBytes += row.value(1).toLongLong();
        }
    }
    const auto source = fingerprintOn(*sql, request.fingerprintTables);
    if (!source.ok())
        return fail(source.error);
    result.info.source = source.value;
    sql.reset();

    const auto toolSet = tools(&error);
    if (!toolSet)
        return fail(error);
    result.info.toolVersion = toolSet->versionText;

    QString note;
    error = BackupSpaceCheck::check(*m_options.freeSpace, folder, result.info.databaseSizeBytes,
                                    BackupSpaceCheck::PostgresFactor, &note);
    if (error)
        return fail(error);
    if (!note.isEmpty())
        result.warnings.append(note);
    if (progress.isCancelled())
        return fail(DbError::cancelled());

    PartialFile partial(output);
    QString text;
    if (!partial.prepare(&text))
        return fail(DbError(DbError::Code::Failed, text));

    // pg_dump: one consistent snapshot (REPEATABLE READ), custom format, no password prompt.
    const double dumpEnd = 0.85;
    Span dumpSpan(progress, 0.02, dumpEnd);
    progress.setStatus(tr("Backing up %1").arg(describe()));
    QStringList errorLines;
    qint64 doneBytes = 0;
    QString currentTable;
    int tablesDone = 0;
    ProcessSpec spec;
    spec.program = toolSet->pgDump;
    spec.arguments = {u"--format=custom"_s,
                      u"--compress=%1"_s.arg(qBound(0, request.compressionLevel, 9)),
                      u"--verbose"_s,
                      u"--no-password"_s,
                      u"--lock-wait-timeout=300000"_s,
                      u"--file=%1"_s.arg(partial.temporaryPath()),
                      u"--dbname=%1"_s.arg(connectionString(m_settings.name))};
    spec.extraEnvironment = toolEnvironment();
    spec.timeoutMs = int(qMin<qint64>(request.timeoutMs, std::numeric_limits<int>::max()));
    static const QRegularExpression tableLine(u"dumping contents of table \"(.+)\"$"_s);
    spec.onLine = [&](const QString &line, bool fromError) {
        if (!fromError)
            return;
        if (isErrorLine(line)) {
            errorLines.append(line);
            return;
        }
        const auto m = tableLine.match(line);
        if (!m.hasMatch())
            return;
        if (!currentTable.isEmpty())
            doneBytes += tableBytes.value(currentTable);
        currentTable = m.captured(1);
        ++tablesDone;
        if (totalTableBytes > 0)
            dumpSpan.set(double(doneBytes) / double(totalTableBytes));
        progress.setStatus(tr("Backing up %1: table %2 (%3 of %4)")
                                   .arg(m_settings.name, currentTable)
                                   .arg(tablesDone)
                                   .arg(tableBytes.size()));
    };
    progress.log(tr("Running: %1").arg(ProcessRunner::commandLine(spec)));
    const ProcessResult run = m_options.runner->run(spec, progress.cancellation());
    if (!run.succeeded()) {
        partial.discard();
        return fail(classifyTool(what, run, errorLines));
    }
    dumpSpan.set(1);

    // Verify the finished file before it gets its name.
    progress.setStatus(tr("Verifying the backup of %1").arg(m_settings.name));
    const auto list = listArchive(*toolSet, partial.temporaryPath(), progress);
    if (!list.ok()) {
        partial.discard();
        return fail(list.error);
    }
    const auto digest =
            readWholeArchiveAndHash(*toolSet, partial.temporaryPath(), list.value.entries, progress,
                                    dumpEnd, 0.99, request.timeoutMs);
    if (!digest.ok()) {
        partial.discard();
        return fail(digest.error);
    }
    const qint64 size = QFileInfo(partial.temporaryPath()).size();
    if (request.trialRestore) {
        const QString trial = truncateUtf8(m_settings.name, 40) + u"_verify_"_s +
                              QString::number(QRandomGenerator::global()->bounded(1000000));
        RestoreResult r = restoreInto(partial.temporaryPath(), trial, false, progress);
        dropDatabase(trial);
        if (!r.ok()) {
            partial.discard();
            return fail(DbError(
                    r.error.code() == DbError::Code::Cancelled ? r.error.code()
                                                               : DbError::Code::InvalidBackup,
                    tr("The trial restore of the backup failed: %1").arg(r.error.message()),
                    r.error.details()));
        }
    }
    if (!partial.commit(request.overwrite, &text))
        return fail(DbError(DbError::Code::Failed, text));

    result.info.path = output;
    result.info.format = u"postgresql-custom"_s;
    result.info.sizeBytes = size;
    result.info.sha256 = digest.value;
    result.info.verified = true;
    result.info.compressed = request.compressionLevel > 0;
    result.info.finishedAt = QDateTime::currentDateTimeUtc();
    result.info.elapsedMs = clock.elapsed();
    progress.setFraction(1);
    progress.log(tr("Backup of %1 written to %2 (%3, sha256 %4), verified.")
                         .arg(m_settings.name, native(output), BackupSpaceCheck::formatBytes(size),
                              digest.value));
    return result;
}

// --- verify ------------------------------------------------------------------------------

DbResult<PostgresAdmin::ArchiveList>
PostgresAdmin::listArchive(const PgToolSet &tools, const QString &path, Progress &progress)
{
    using Result = DbResult<ArchiveList>;
    ProcessSpec spec;
    spec.program = tools.pgRestore;
    spec.arguments = {u"--list"_s, path};
    spec.extraEnvironment = toolEnvironment();
    spec.timeoutMs = 600000;
    const ProcessResult r = m_options.runner->run(spec, progress.cancellation());
    if (r.cancelled)
        return Result::failure(DbError::cancelled());
    const QString out = QString::fromUtf8(r.standardOutput);
    const QString err = QString::fromLocal8Bit(r.standardError).trimmed();
    if (!r.succeeded() || !out.contains(u"; Archive created at"_s)) {
        return Result::failure(DbError(
                DbError::Code::InvalidBackup,
                tr("%1 is not a valid PostgreSQL backup: pg_restore cannot read its table of "
                   "contents.")
                        .arg(native(path)),
                err.isEmpty() ? r.describe() : err));
    }
    ArchiveList list;
    static const QRegularExpression header(u"^;\\s+([A-Za-z ]+):\\s*(.*)$"_s);
    for (const QString &raw : out.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (!line.startsWith(u';')) {
            ++list.entries;
            continue;
        }
        if (line.startsWith(u"; Archive created at "_s)) {
            const QString when = line.mid(21).trimmed();
            QDateTime t = QDateTime::fromString(when.left(19), u"yyyy-MM-dd HH:mm:ss"_s);
            if (when.endsWith(u"UTC"_s))
                t.setTimeZone(QTimeZone::utc());
            list.createdAt = t;
            continue;
        }
        const auto m = header.match(line);
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1).trimmed();
        if (key == u"dbname"_s)
            list.database = m.captured(2).trimmed();
        else if (key == u"Dumped from database version"_s)
            list.sourceVersion = m.captured(2).trimmed();
        else if (key == u"Format"_s)
            list.format = m.captured(2).trimmed();
    }
    if (list.entries == 0)
        return Result::failure(DbError(DbError::Code::InvalidBackup,
                                       tr("%1 is an empty PostgreSQL archive.").arg(native(path))));
    return Result::success(list);
}

DbResult<QString> PostgresAdmin::readWholeArchiveAndHash(const PgToolSet &tools,
                                                         const QString &path, int entries,
                                                         Progress &progress, double from, double to,
                                                         qint64 timeoutMs)
{
    using Result = DbResult<QString>;
    // pg_restore decompresses on one core while the file is hashed on another (the file was
    // just written or is being read anyway: the second reader finds it in the page cache).
    // Progress: half for each, reported from this thread only.
    Cancellation stopHash;
    std::atomic<qint64> hashed{0};
    const qint64 size = qMax<qint64>(1, QFileInfo(path).size());
    QString hashError;
    auto hash = std::async(std::launch::async, [&]() {
        return FileHash::sha256(
                path, stopHash, [&](qint64 done, qint64) { hashed.store(done); }, &hashError);
    });
    Span span(progress, from, to);
    int seen = 0;
    const auto report = [&]() {
        const double read = entries > 0 ? double(seen) / double(entries) : 0;
        span.set(0.5 * read + 0.5 * double(hashed.load()) / double(size));
    };
    QStringList errorLines;
    ProcessSpec spec;
    spec.program = tools.pgRestore;
    spec.arguments = {u"--verbose"_s, u"--file=%1"_s.arg(QProcess::nullDevice()), path};
    spec.extraEnvironment = toolEnvironment();
    spec.timeoutMs = int(qMin<qint64>(timeoutMs, std::numeric_limits<int>::max()));
    spec.onLine = [&](const QString &line, bool fromError) {
        if (!fromError)
            return;
        if (isErrorLine(line)) {
            errorLines.append(line);
        } else if (entries > 0) {
            seen = qMin(seen + 1, entries);
            report();
        }
    };
    const ProcessResult r = m_options.runner->run(spec, progress.cancellation());
    const bool readOk = !r.cancelled && r.succeeded() && errorLines.isEmpty();
    if (!readOk)
        stopHash.cancel();
    seen = entries;
    while (hash.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready) {
        if (progress.isCancelled())
            stopHash.cancel();
        report();
    }
    const std::optional<QString> digest = hash.get();
    if (r.cancelled || progress.isCancelled())
        return Result::failure(DbError::cancelled());
    // Restoring into nothing reads and decompresses every entry: a truncated or damaged file
    // fails here even though its table of contents (read by --list) is intact.
    if (!readOk)
        return Result::failure(
                DbError(DbError::Code::InvalidBackup,
                        tr("%1 is damaged or incomplete: not every part of it can be read.")
                                .arg(native(path)),
                        errorLines.isEmpty() ? r.describe() : errorLines.join(u'\n')));
    if (!digest)
        return Result::failure(DbError(DbError::Code::Failed, hashError));
    span.set(1);
    return Result::success(*digest);
}

VerifyResult PostgresAdmin::verify(const VerifyRequest &request, Progress &progress)
{
    VerifyResult result;
    const QString path = QFileInfo(request.backupPath).absoluteFilePath();
    const QFileInfo info(path);
    auto fail = [&](DbError e) {
        result.error = std::move(e);
        return result;
    };
    if (!info.isFile())
        return fail(DbError(DbError::Code::NotFound,
                            tr("The backup file %1 does not exist.").arg(native(path))));
    if (path.endsWith(PartialFile::Suffix))
        return fail(DbError(DbError::Code::InvalidBackup,
                            tr("%1 is an unfinished backup (its name ends with %2).")
                                    .arg(native(path), PartialFile::Suffix)));
    result.sizeBytes = info.size();
    progress.setStatus(tr("Verifying the backup %1").arg(native(path)));
    progress.setFraction(0);

    // The server's version decides which tools; without a server, the newest tools found.
    DbError error;
    std::optional<PgToolSet> toolSet = m_tools;
    if (!toolSet) {
        const auto major = serverMajorVersion();
        toolSet = PostgresTools::find(major.ok() ? major.value : 0, m_options.toolsDir,
                                      *m_options.runner, &error);
        if (!toolSet)
            return fail(error);
        if (major.ok())
            m_tools = toolSet;
    }
    const auto list = listArchive(*toolSet, path, progress);
    if (!list.ok())
        return fail(list.error);
    result.entries = list.value.entries;
    result.sourceDatabase = list.value.database;
    result.sourceVersion = list.value.sourceVersion;
    result.createdAt = list.value.createdAt;
    const auto digest =
            readWholeArchiveAndHash(*toolSet, path, list.value.entries, progress, 0.02,
                                    request.trialRestore ? 0.5 : 1.0, request.timeoutMs);
    if (!digest.ok())
        return fail(digest.error);
    result.sha256 = digest.value;
    if (!request.expectedSha256.isEmpty() &&
        request.expectedSha256.compare(digest.value, Qt::CaseInsensitive) != 0)
        return fail(DbError(DbError::Code::InvalidBackup,
                            tr("The backup %1 has changed since it was made: its SHA-256 is %2, "
                               "%3 was recorded.")
                                    .arg(native(path), digest.value, request.expectedSha256)));
    if (request.trialRestore) {
        const QString trial = truncateUtf8(m_settings.name, 40) + u"_verify_"_s +
                              QString::number(QRandomGenerator::global()->bounded(1000000));
        progress.setStatus(tr("Trial restore of %1").arg(native(path)));
        RestoreResult r = restoreInto(path, trial, false, progress);
        const DbError dropped = dropDatabase(trial);
        if (!r.ok())
            return fail(r.error.code() == DbError::Code::Cancelled
                                ? r.error
                                : DbError(DbError::Code::InvalidBackup,
                                          tr("The trial restore of %1 failed: %2")
                                                  .arg(native(path), r.error.message()),
                                          r.error.details()));
        if (dropped)
            logWarning(dropped.toString());
        result.trialRestored = true;
    }
    result.valid = true;
    progress.setFraction(1);
    progress.log(tr("The backup %1 is valid: %2 entries, %3, sha256 %4.")
                         .arg(native(path))
                         .arg(result.entries)
                         .arg(BackupSpaceCheck::formatBytes(result.sizeBytes), result.sha256));
    return result;
}

// --- restore -----------------------------------------------------------------------------

DbError PostgresAdmin::createDatabase(SqlExecutor &admin, const QString &name)
{
    const SqlOutcome o = admin.exec(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'"_s.arg(
            dialect().quoteIdentifier(name)));
    if (!o.ok)
        return classifySql(tr("Creating the database «%1»").arg(name), o);
    return {};
}

DbError PostgresAdmin::runRestore(const PgToolSet &tools, const QString &backupPath,
                                  const QString &database, bool keepOwners, int entries,
                                  Progress &progress, double from, double to, QStringList *warnings)
{
    Span span(progress, from, to);
    int seen = 0;
    QStringList errorLines;
    QString lastError;
    ProcessSpec spec;
    spec.program = tools.pgRestore;
    spec.arguments = {u"--verbose"_s, u"--no-password"_s,
                      u"--jobs=%1"_s.arg(m_options.restoreJobs)};
    if (!keepOwners)
        spec.arguments += {u"--no-owner"_s, u"--no-privileges"_s};
    spec.arguments += {u"--dbname=%1"_s.arg(connectionString(database)), backupPath};
    spec.extraEnvironment = toolEnvironment();
    spec.timeoutMs = 24 * 3600 * 1000; // a day: the biggest BPMSoft databases restore in hours
    // One "creating …" or "processing data for table …" line per archive entry, with or
    // without --jobs (the "processing/launching/finished item" lines of the parallel mode
    // would count some entries twice).
    static const QRegularExpression step(
            u"^pg_restore: (creating |processing data for table |executing )"_s);
    spec.onLine = [&](const QString &line, bool fromError) {
        if (!fromError)
            return;
        if (isErrorLine(line)) {
            errorLines.append(line);
            return;
        }
        if (entries > 0 && step.match(line).hasMatch())
            span.set(double(++seen) / double(entries));
        if (line.contains(u"processing data for table"_s))
            progress.setStatus(tr("Restoring %1: %2").arg(database, line.section(u"table "_s, 1)));
    };
    progress.log(tr("Running: %1").arg(ProcessRunner::commandLine(spec)));
    const ProcessResult r = m_options.runner->run(spec, progress.cancellation());
    if (r.cancelled)
        return DbError::cancelled();
    // pg_restore goes on after an error and reports the count at the end. "already exists"
    // errors are benign here (objects that template0 already has).
    QStringList serious;
    for (const QString &line : std::as_const(errorLines)) {
        if (!line.contains(u"error:"_s) && !line.contains(u"ERROR:"_s))
            continue;
        if (line.contains(u"errors ignored on restore"_s))
            continue;
        if (line.contains(u"already exists"_s)) {
            if (warnings)
                warnings->append(tr("pg_restore reported an object that already existed: %1")
                                         .arg(line.trimmed()));
            continue;
        }
        serious.append(line);
    }
    if (!r.started || r.timedOut || r.crashed || !serious.isEmpty() ||
        (r.exitCode != 0 && errorLines.isEmpty()))
        return classifyTool(tr("Restoring the backup into «%1»").arg(database), r, errorLines);
    span.set(1);
    return {};
}

DbError PostgresAdmin::dropDatabase(const QString &name)
{
    if (name == m_settings.name)
        return DbError(DbError::Code::InvalidName,
                       tr("The configured database «%1» is never dropped.").arg(name));
    DbError error;
    auto admin = connect(m_options.maintenanceDatabase, &error);
    if (!admin)
        return error;
    return dropDatabaseOn(*admin, name);
}

DbError PostgresAdmin::dropDatabaseOn(SqlExecutor &admin, const QString &name)
{
    // WITH (FORCE) needs PostgreSQL 13; before it, end the sessions first.
    if (m_serverMajor <= 0)
        m_serverMajor = admin.exec(u"SHOW server_version_num"_s).scalar().toInt() / 10000;
    if (m_serverMajor < 13)
        admin.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? "
                   "AND pid <> pg_backend_pid()"_s,
                   {name});
    const SqlOutcome o = admin.exec(u"DROP DATABASE IF EXISTS %1%2"_s.arg(
            dialect().quoteIdentifier(name), m_serverMajor >= 13 ? u" WITH (FORCE)"_s : QString()));
    if (!o.ok)
        return classifySql(tr("Dropping the database «%1»").arg(name), o);
    return {};
}

DbError PostgresAdmin::ensureCasts(const QString &database, QStringList *actions)
{
    DbError error;
    auto sql = connect(database, &error);
    if (!sql)
        return error;
    const auto created = PostgresCasts::createMissing(*sql);
    if (!created.ok())
        return created.error;
    if (actions) {
        if (created.value.isEmpty())
            actions->append(tr("The casts BPMSoft needs are present in «%1».").arg(database));
        else
            actions->append(tr("Created the casts BPMSoft needs in «%1»: %2")
                                    .arg(database, created.value.join(u", "_s)));
    }
    return {};
}

RestoreResult PostgresAdmin::restoreInto(const QString &backupPath, const QString &name,
                                         bool keepOwners, Progress &progress, SqlExecutor *admin)
{
    RestoreResult result;
    result.database = name;
    QElapsedTimer clock;
    clock.start();
    auto fail = [&](DbError e) {
        result.error = std::move(e);
        result.elapsedMs = clock.elapsed();
        return result;
    };
    QString why;
    if (!dialect().isAcceptableDatabaseName(name, &why))
        return fail(DbError(DbError::Code::InvalidName, why));
    DbError error;
    const auto toolSet = tools(&error);
    if (!toolSet)
        return fail(error);
    const auto list = listArchive(*toolSet, backupPath, progress);
    if (!list.ok())
        return fail(list.error);

    std::unique_ptr<QtSqlExecutor> ownAdmin;
    if (!admin) {
        ownAdmin = connect(m_options.maintenanceDatabase, &error);
        if (!ownAdmin)
            return fail(error);
        admin = ownAdmin.get();
    }
    error = createDatabase(*admin, name);
    if (error)
        return fail(error);
    result.actions.append(tr("Created the database «%1» (template0, UTF8).").arg(name));
    progress.setStatus(tr("Restoring %1 into «%2»").arg(native(backupPath), name));
    error = runRestore(*toolSet, backupPath, name, keepOwners, list.value.entries, progress, 0.05,
                       0.95, &result.warnings);
    if (!error)
        error = ensureCasts(name, &result.actions);
    if (error) {
        // No half-restored database stays behind.
        if (const DbError dropped = dropDatabaseOn(*admin, name))
            logWarning(u"dropping the unfinished database %1 failed: %2"_s.arg(name,
                                                                               dropped.toString()));
        return fail(error);
    }
    result.restored = true;
    result.actions.append(tr("Restored %1 into «%2».").arg(native(backupPath), name));
    result.elapsedMs = clock.elapsed();
    return result;
}

RestoreResult PostgresAdmin::restoreAs(const QString &backupPath, const QString &newName,
                                       Progress &progress)
{
    RestoreResult result;
    result.database = newName;
    QString why;
    if (!dialect().isAcceptableDatabaseName(newName, &why)) {
        result.error = DbError(DbError::Code::InvalidName, why);
        return result;
    }
    DbError error;
    auto admin = connect(m_options.maintenanceDatabase, &error);
    if (!admin) {
        result.error = error;
        return result;
    }
    const auto exists = databaseExistsOn(*admin, newName);
    if (!exists.ok()) {
        result.error = exists.error;
        return result;
    }
    if (exists.value) {
        result.error = DbError(DbError::Code::AlreadyExists,
                               tr("A database «%1» already exists on %2:%3. Choose another name or "
                                  "drop it first.")
                                       .arg(newName, m_settings.host)
                                       .arg(m_settings.port));
        return result;
    }
    progress.setFraction(0);
    result = restoreInto(QFileInfo(backupPath).absoluteFilePath(), newName, false, progress,
                         admin.get());
    if (result.ok()) {
        progress.setFraction(1);
        for (const QString &a : std::as_const(result.actions))
            progress.log(a);
    }
    return result;
}

DbError PostgresAdmin::renameDatabase(SqlExecutor &admin, const QString &from, const QString &to)
{
    const QString what = tr("Renaming the database «%1» to «%2»").arg(from, to);
    SqlOutcome o;
    for (int attempt = 0; attempt < 10; ++attempt) {
        // End the sessions still connected (the site should be stopped already).
        admin.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? "
                   "AND pid <> pg_backend_pid()"_s,
                   {from});
        o = admin.exec(u"ALTER DATABASE %1 RENAME TO %2"_s.arg(dialect().quoteIdentifier(from),
                                                               dialect().quoteIdentifier(to)));
        if (o.ok)
            return {};
        if (o.nativeErrorCode != u"55006"_s)
            break;
        QThread::msleep(200 * (attempt + 1));
    }
    return classifySql(what, o);
}

RestoreResult PostgresAdmin::replaceFromBackup(const QString &backupPath, Progress &progress)
{
    RestoreResult result;
    result.database = m_settings.name;
    QElapsedTimer clock;
    clock.start();
    const QString name = m_settings.name;
    const QString path = QFileInfo(backupPath).absoluteFilePath();
    auto fail = [&](DbError e) {
        result.error = std::move(e);
        result.elapsedMs = clock.elapsed();
        for (const QString &a : std::as_const(result.actions))
            progress.log(a);
        return result;
    };
    progress.setFraction(0);
    progress.setStatus(tr("Checking the backup %1").arg(native(path)));
    DbError error;
    const auto toolSet = tools(&error);
    if (!toolSet)
        return fail(error);
    // A file that is not a backup stops here, before anything is touched.
    const auto list = listArchive(*toolSet, path, progress);
    if (!list.ok())
        return fail(list.error);

    auto admin = connect(m_options.maintenanceDatabase, &error);
    if (!admin)
        return fail(error);
    const SqlOutcome props = admin->exec(
            u"SELECT pg_get_userbyid(datdba), datacl IS NOT NULL, oid FROM pg_database WHERE "
            "datname = ?"_s,
            {name});
    if (!props.ok)
        return fail(classifySql(tr("Reading the database «%1»").arg(name), props));
    if (props.rows().isEmpty()) {
        // Nothing to keep aside: a plain restore under the configured name.
        result = restoreInto(path, name, true, progress);
        return result.ok() ? result : fail(result.error);
    }
    const QString owner = props.rows().first().value(0).toString();
    const bool hasAcl = props.rows().first().value(1).toBool();
    const QString oldOid = props.rows().first().value(2).toString();

    const QString aside = truncateUtf8(name, 63 - 16 - 10) + u"_before_restore_"_s +
                          QDateTime::currentDateTime().toString(u"yyMMddHHmm"_s);
    if (progress.isCancelled())
        return fail(DbError::cancelled());
    progress.setStatus(tr("Keeping the current database aside as «%1»").arg(aside));
    error = renameDatabase(*admin, name, aside);
    if (error)
        return fail(error);
    result.actions.append(tr("Renamed the current database «%1» to «%2».").arg(name, aside));
    logInfo(u"replaceFromBackup: %1 renamed to %2"_s.arg(name, aside));

    auto putBack = [&](const DbError &cause) {
        dropDatabaseOn(*admin, name);
        const DbError back = renameDatabase(*admin, aside, name);
        if (back) {
            return DbError(cause.code(),
                           tr("%1 The previous database could NOT be put back: it is kept as «%2». "
                              "Rename it to «%3» by hand (ALTER DATABASE … RENAME TO …).")
                                   .arg(cause.message(), aside, name),
                           cause.details() + u'\n' + back.toString());
        }
        result.actions.append(
                tr("The restore failed; the previous database «%1» was put back.").arg(name));
        return DbError(cause.code(),
                       tr("%1 The previous database «%2» was put back unchanged.")
                               .arg(cause.message(), name),
                       cause.details());
    };

    error = createDatabase(*admin, name);
    if (error)
        return fail(putBack(error));
    progress.setStatus(tr("Restoring %1 into «%2»").arg(native(path), name));
    error = runRestore(*toolSet, path, name, true, list.value.entries, progress, 0.05, 0.9,
                       &result.warnings);
    if (!error)
        error = ensureCasts(name, &result.actions);
    if (error)
        return fail(putBack(error));

    // The database's own properties are not in the archive: owner, privileges, settings.
    const QString quotedName = dialect().quoteIdentifier(name);
    if (!owner.isEmpty()) {
        const SqlOutcome o = admin->exec(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(
                quotedName, dialect().quoteIdentifier(owner)));
        if (!o.ok)
            result.warnings.append(tr("The owner of «%1» could not be set back to %2: %3")
                                           .arg(name, owner, o.errorText));
    }
    if (hasAcl) {
        const SqlOutcome acl = admin->exec(
                u"SELECT CASE WHEN a.grantee = 0 THEN '' ELSE pg_get_userbyid(a.grantee) END, "
                "a.privilege_type, "
                "a.is_grantable FROM pg_database d, aclexplode(d.datacl) a WHERE d.oid = "
                "?::text::oid"_s,
                {oldOid});
        if (acl.ok) {
            admin->exec(u"REVOKE ALL ON DATABASE %1 FROM PUBLIC"_s.arg(quotedName));
            for (const QVariantList &row : acl.rows()) {
                const QString grantee = row.value(0).toString();
                const QString privilege = row.value(1).toString();
                static const QStringList known{u"CREATE"_s, u"CONNECT"_s, u"TEMPORARY"_s};
                if (!known.contains(privilege))
                    continue;
                const SqlOutcome g = admin->exec(u"GRANT %1 ON DATABASE %2 TO %3%4"_s.arg(
                        privilege, quotedName,
                        grantee.isEmpty() ? u"PUBLIC"_s : dialect().quoteIdentifier(grantee),
                        row.value(2).toBool() ? u" WITH GRANT OPTION"_s : QString()));
                if (!g.ok)
                    result.warnings.append(tr("The right %1 on «%2» could not be given back: %3")
                                                   .arg(privilege, name, g.errorText));
            }
        }
    }
    const SqlOutcome settings = admin->exec(
            u"SELECT CASE WHEN s.setrole = 0 THEN '' ELSE pg_get_userbyid(s.setrole) END, "
            "c.setting FROM "
            "pg_db_role_setting s, unnest(s.setconfig) AS c(setting) WHERE s.setdatabase = "
            "?::text::oid"_s,
            {oldOid});
    if (settings.ok) {
        for (const QVariantList &row : settings.rows()) {
            const QString role = row.value(0).toString();
            const QString setting = row.value(1).toString();
            const QString key = setting.section(u'=', 0, 0);
            const QString value = setting.section(u'=', 1);
            // Only names like search_path or myext.option: never text pasted as SQL.
            bool plain = !key.isEmpty();
            for (const QString &part : key.split(u'.'))
                plain = plain && SqlDialect::isPlainIdentifier(part);
            if (!plain) {
                result.warnings.append(tr("The setting %1 of «%2» could not be given back: %3")
                                               .arg(key, name, tr("not a plain setting name")));
                continue;
            }
            // List settings (search_path, DateStyle) are stored as "a, b": one literal each.
            QStringList literals;
            for (QString element : value.split(u',')) {
                element = element.trimmed();
                if (element.size() >= 2 && element.startsWith(u'"') && element.endsWith(u'"'))
                    element = element.mid(1, element.size() - 2);
                literals.append(dialect().quoteString(element));
            }
            const QString target = role.isEmpty()
                                           ? u"DATABASE %1"_s.arg(quotedName)
                                           : u"ROLE %1 IN DATABASE %2"_s.arg(
                                                     dialect().quoteIdentifier(role), quotedName);
            const SqlOutcome s =
                    admin->exec(u"ALTER %1 SET %2 = %3"_s.arg(target, key, literals.join(u", "_s)));
            if (!s.ok)
                result.warnings.append(tr("The setting %1 of «%2» could not be given back: %3")
                                               .arg(key, name, s.errorText));
        }
    }

    // Only now is the previous database no longer needed.
    const DbError dropped = dropDatabaseOn(*admin, aside);
    if (!dropped) {
        result.actions.append(tr("Dropped the previous database (kept aside as «%1»).").arg(aside));
    } else {
        result.keptAside = aside;
        result.warnings.append(tr("The previous database is still there as «%1»; drop it when no "
                                  "longer needed: %2")
                                       .arg(aside, dropped.toString()));
    }
    result.restored = true;
    result.actions.append(tr("Replaced «%1» with the backup %2.").arg(name, native(path)));
    result.elapsedMs = clock.elapsed();
    progress.setFraction(1);
    for (const QString &a : std::as_const(result.actions))
        progress.log(a);
    for (const QString &w : std::as_const(result.warnings))
        progress.log(w);
    return result;
}

} // namespace upgrade
