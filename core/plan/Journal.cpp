#include "Journal.h"

#include "Stage.h"
#include "Step.h"

#include "util/Log.h"
#include "util/Redactor.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromText(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString red(const QString &text)
{
    return text.isEmpty() ? text : Redactor::redact(text);
}

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue jsonValue(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

QString objectText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject textObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool isFinal(StageState state)
{
    return state != StageState::Pending && state != StageState::Running &&
           state != StageState::RollingBack;
}

/// Checks the file's SQLite header without SQLite: a garbage or cut file never reaches it.
/// Empty when it looks like a whole SQLite database file; otherwise a translated reason.
QString checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Journal::tr("It cannot be read: %1.").arg(file.errorString());
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return Journal::tr("It is not a journal: the file is damaged or is another kind of file.");
    const uchar *h = reinterpret_cast<const uchar *>(header.constData());
    qint64 pageSize = qFromBigEndian<quint16>(h + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return Journal::tr("It is not a journal: the file is damaged or is another kind of file.");
    if (size % pageSize != 0)
        return Journal::tr("The file is truncated or damaged (%1 bytes is not a whole number of "
                           "%2-byte pages).")
                .arg(size)
                .arg(pageSize);
    const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
    const quint32 pages = qFromBigEndian<quint32>(h + 28);
    const quint32 validFor = qFromBigEndian<quint32>(h + 92);
    if (pages != 0 && changeCounter == validFor && qint64(pages) * pageSize > size)
        return Journal::tr("The file is truncated: it should hold %1 pages but holds %2.")
                .arg(pages)
                .arg(size / pageSize);
    return {};
}

const QStringList &schemaStatements()
{
    static const QStringList statements = {
            u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
            u"CREATE TABLE run (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE stages (stage TEXT PRIMARY KEY, state TEXT NOT NULL, "
            "package_sha256 TEXT, started_at TEXT, finished_at TEXT, message TEXT)"_s,
            u"CREATE TABLE steps (step_id TEXT PRIMARY KEY, stage TEXT NOT NULL, "
            "rollback INTEGER NOT NULL, ordinal INTEGER NOT NULL, title TEXT, "
            "destructive INTEGER NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL "
            "DEFAULT 0, started_at TEXT, finished_at TEXT, message TEXT, details TEXT)"_s,
            u"CREATE TABLE transitions (id INTEGER PRIMARY KEY AUTOINCREMENT, stage TEXT NOT "
            "NULL, step_id TEXT, state TEXT NOT NULL, at TEXT NOT NULL, message TEXT, "
            "details TEXT)"_s,
            u"CREATE TABLE artifacts (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
            "environment TEXT NOT NULL, path TEXT NOT NULL, size INTEGER, sha256 TEXT, "
            "verified INTEGER NOT NULL, source TEXT NOT NULL, step_id TEXT, created_at TEXT NOT "
            "NULL, verified_at TEXT)"_s,
            u"CREATE TABLE answers (id INTEGER PRIMARY KEY AUTOINCREMENT, question_id TEXT NOT "
            "NULL, value TEXT, reason TEXT, source TEXT, step_id TEXT, os_user TEXT, at TEXT "
            "NOT NULL)"_s,
            u"CREATE TABLE gates (id INTEGER PRIMARY KEY AUTOINCREMENT, gate TEXT NOT NULL, "
            "stage TEXT NOT NULL, step_id TEXT, decision TEXT NOT NULL, reason TEXT, details "
            "TEXT, os_user TEXT, at TEXT NOT NULL)"_s,
            u"CREATE TABLE vals (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
    };
    return statements;
}

EnvironmentKind environmentFromString(const QString &text)
{
    return text == u"test"_s ? EnvironmentKind::Test : EnvironmentKind::Production;
}

} // namespace

// --- state names -----------------------------------------------------------------------------

QString toString(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return u"pending"_s;
    case StepState::Running:
        return u"running"_s;
    case StepState::Succeeded:
        return u"succeeded"_s;
    case StepState::Failed:
        return u"failed"_s;
    case StepState::Skipped:
        return u"skipped"_s;
    case StepState::Cancelled:
        return u"cancelled"_s;
    case StepState::Interrupted:
        return u"interrupted"_s;
    case StepState::Blocked:
        return u"blocked"_s;
    }
    return {};
}

std::optional<StepState> stepStateFromString(const QString &text)
{
    for (int i = 0; i <= int(StepState::Blocked); ++i)
        if (toString(StepState(i)) == text)
            return StepState(i);
    return std::nullopt;
}

QString toString(StageState state)
{
    switch (state) {
    case StageState::Pending:
        return u"pending"_s;
    case StageState::Running:
        return u"running"_s;
    case StageState::Passed:
        return u"passed"_s;
    case StageState::Failed:
        return u"failed"_s;
    case StageState::Cancelled:
        return u"cancelled"_s;
    case StageState::Interrupted:
        return u"interrupted"_s;
    case StageState::Blocked:
        return u"blocked"_s;
    case StageState::NeedsAnswer:
        return u"needs-answer"_s;
    case StageState::RollingBack:
        return u"rolling-back"_s;
    case StageState::RolledBack:
        return u"rolled-back"_s;
    case StageState::RollbackFailed:
        return u"rollback-failed"_s;
    }
    return {};
}

std::optional<StageState> stageStateFromString(const QString &text)
{
    for (int i = 0; i <= int(StageState::RollbackFailed); ++i)
        if (toString(StageState(i)) == text)
            return StageState(i);
    return std::nullopt;
}

// --- opening ---------------------------------------------------------------------------------

QString Journal::fileName()
{
    return u"journal.sqlite"_s;
}

QString Journal::filePath(const QString &runDirectory)
{
    return QDir(runDirectory).filePath(fileName());
}

bool Journal::exists(const QString &runDirectory)
{
    return QFileInfo::exists(filePath(runDirectory));
}

QString Journal::osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
#ifdef Q_OS_UNIX
    if (user.isEmpty())
        if (const passwd *pw = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
#endif
    if (user.isEmpty())
        user = u"?"_s;
    return user;
}

Journal::Journal(QString directory, Mode mode)
    : m_directory(std::move(directory))
    , m_mode(mode)
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = u"upgrade-journal-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

Journal::~Journal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Journal::openConnection(bool readOnly, QString *error, bool immutable)
{
    {
        QSqlDatabase old = QSqlDatabase::database(m_connectionName, false);
        if (old.isValid())
            old.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (immutable) {
        // Nothing at all is written, not even the -wal and -shm side files.
        db.setDatabaseName(QUrl::fromLocalFile(filePath(m_directory)).toString(QUrl::FullyEncoded) +
                           u"?immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    } else {
        db.setDatabaseName(filePath(m_directory));
        db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s
                                      : u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    }
    // SQLite opens lazily: a first read shows whether the file can really be used.
    QString failure;
    if (!db.open()) {
        failure = db.lastError().text();
    } else {
        QSqlQuery probe(db);
        if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s))
            failure = probe.lastError().text();
    }
    if (!failure.isEmpty()) {
        if (error)
            *error = tr("Cannot open the journal %1: %2")
                             .arg(QDir::toNativeSeparators(filePath(m_directory)), failure);
        return false;
    }
    return true;
}

bool Journal::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(sql))
        return true;
    return fail(sql, q.lastError().text());
}

bool Journal::fail(const QString &what, const QString &raw)
{
    m_lastError = raw;
    logError(u"journal %1: %2 (%3)"_s.arg(filePath(m_directory), what, raw));
    return false;
}

std::unique_ptr<Journal> Journal::create(const QString &runDirectory, const RunInfo &run,
                                         QString *error)
{
    if (exists(runDirectory)) {
        if (error)
            *error = tr("The folder %1 already holds a journal; continue it with resume, or "
                        "choose another folder.")
                             .arg(QDir::toNativeSeparators(runDirectory));
        return nullptr;
    }
    if (!QDir().mkpath(runDirectory)) {
        if (error)
            *error = tr("Cannot create the run folder %1.")
                             .arg(QDir::toNativeSeparators(runDirectory));
        return nullptr;
    }
    std::unique_ptr<Journal> journal(new Journal(runDirectory, Mode::ReadWrite));
    if (!journal->openConnection(false, error))
        return nullptr;
    if (!journal->createSchema(run, error)) {
        journal.reset();
        QFile::remove(filePath(runDirectory));
        return nullptr;
    }
    return journal;
}

bool Journal::createSchema(const RunInfo &run, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    bool ok = exec(u"PRAGMA journal_mode=WAL"_s) && exec(u"PRAGMA synchronous=FULL"_s);
    ok = ok && db.transaction();
    for (const QString &sql : schemaStatements())
        ok = ok && exec(sql);
    ok = ok && exec(u"INSERT INTO schema_version (version) VALUES (%1)"_s.arg(SchemaVersion));
    const QList<QPair<QString, QString>> values = {
            {u"runId"_s, run.runId},
            {u"profilePath"_s, run.profilePath},
            {u"profile"_s, objectText(run.profile)},
            {u"factory"_s, run.factory},
            {u"packageArchive"_s, run.packageArchive},
            {u"programVersion"_s, run.programVersion},
            {u"createdBy"_s, run.createdBy.isEmpty() ? osUser() : run.createdBy},
            {u"createdAt"_s,
             (run.createdAt.isValid() ? run.createdAt : QDateTime::currentDateTimeUtc())
                     .toUTC()
                     .toString(Qt::ISODateWithMs)},
    };
    for (const auto &[key, value] : values) {
        if (!ok)
            break;
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO run (key, value) VALUES (?, ?)"_s);
        q.addBindValue(key);
        QString text = key == u"profile"_s ? value : red(value);
        if (text.isNull())
            text = u""_s; // NOT NULL
        q.addBindValue(text);
        ok = q.exec() || fail(u"run"_s, q.lastError().text());
    }
    ok = ok && db.commit();
    if (!ok) {
        db.rollback();
        if (error)
            *error = tr("Cannot write the journal %1: %2")
                             .arg(QDir::toNativeSeparators(filePath(m_directory)), m_lastError);
    }
    return ok;
}

std::unique_ptr<Journal> Journal::open(const QString &runDirectory, Mode mode, QString *error)
{
    const QString path = filePath(runDirectory);
    auto refuse = [&](const QString &reason) -> std::unique_ptr<Journal> {
        if (error)
            *error = tr("The journal %1 cannot be used. %2 It was left unchanged.")
                             .arg(QDir::toNativeSeparators(path), reason);
        return nullptr;
    };
    if (!QFileInfo(path).isFile()) {
        if (error)
            *error = tr("There is no journal in %1 (expected the file %2).")
                             .arg(QDir::toNativeSeparators(runDirectory), fileName());
        return nullptr;
    }
    if (const QString reason = checkHeader(path); !reason.isEmpty())
        return refuse(reason);

    // Read-only first: nothing is written before the file has proved to be a sound journal.
    // Without a -wal file (no writer, no unfinished transaction) it is opened immutable, so
    // that not even SQLite's side files appear next to a damaged file.
    std::unique_ptr<Journal> journal(new Journal(runDirectory, mode));
    QString openError;
    const bool hasWal = QFileInfo::exists(path + u"-wal"_s);
    if (!journal->openConnection(true, &openError, !hasWal))
        return refuse(openError);
    {
        QSqlQuery q(QSqlDatabase::database(journal->m_connectionName, false));
        if (!q.exec(u"PRAGMA quick_check"_s) || !q.next())
            return refuse(tr("The file is damaged (%1).").arg(q.lastError().text()));
        const QString check = q.value(0).toString();
        if (check != u"ok"_s)
            return refuse(tr("The file is damaged (%1).").arg(check.left(200)));
    }
    {
        QSqlQuery q(QSqlDatabase::database(journal->m_connectionName, false));
        if (!q.exec(u"SELECT version FROM schema_version"_s) || !q.next())
            return refuse(tr("It is not a journal of this program."));
        const int version = q.value(0).toInt();
        if (version > SchemaVersion)
            return refuse(tr("It was written by a newer version of the program (journal format "
                             "%1; this version reads up to %2). Use that version or newer.")
                                  .arg(version)
                                  .arg(SchemaVersion));
        if (version < 1)
            return refuse(tr("It is not a journal of this program."));
    }
    if (mode == Mode::ReadOnly && !hasWal) {
        // Sound: now as an ordinary reader, which sees a writer's changes as they come. In a
        // read-only folder (SQLite cannot make its side files there) it stays immutable.
        if (!journal->openConnection(true, &openError) &&
            !journal->openConnection(true, &openError, true))
            return refuse(openError);
    }
    if (mode == Mode::ReadWrite) {
        if (!journal->openConnection(false, &openError))
            return refuse(openError);
        if (!journal->exec(u"PRAGMA journal_mode=WAL"_s) ||
            !journal->exec(u"PRAGMA synchronous=FULL"_s)) {
            if (error)
                *error = tr("Cannot write the journal %1: %2")
                                 .arg(QDir::toNativeSeparators(path), journal->m_lastError);
            return nullptr;
        }
    }
    return journal;
}

// --- run -------------------------------------------------------------------------------------

RunInfo Journal::run() const
{
    QHash<QString, QString> values;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(u"SELECT key, value FROM run"_s))
        while (q.next())
            values.insert(q.value(0).toString(), q.value(1).toString());
    RunInfo run;
    run.runId = values.value(u"runId"_s);
    run.profilePath = values.value(u"profilePath"_s);
    run.profile = textObject(values.value(u"profile"_s));
    run.factory = values.value(u"factory"_s);
    run.packageArchive = values.value(u"packageArchive"_s);
    run.programVersion = values.value(u"programVersion"_s);
    run.createdBy = values.value(u"createdBy"_s);
    run.createdAt = fromText(values.value(u"createdAt"_s));
    return run;
}

// --- stages ----------------------------------------------------------------------------------

namespace {

StageRecord stageFrom(const QSqlQuery &q)
{
    StageRecord r;
    r.stage = stageFromString(q.value(0).toString()).value_or(StageKind::Test);
    r.state = stageStateFromString(q.value(1).toString()).value_or(StageState::Pending);
    r.packageSha256 = q.value(2).toString();
    r.startedAt = fromText(q.value(3));
    r.finishedAt = fromText(q.value(4));
    r.message = q.value(5).toString();
    return r;
}

constexpr auto StageColumns = "stage, state, package_sha256, started_at, finished_at, message";

} // namespace

std::optional<StageRecord> Journal::stage(StageKind stage) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT %1 FROM stages WHERE stage = ?"_s.arg(QLatin1String(StageColumns)));
    q.addBindValue(toString(stage));
    if (q.exec() && q.next())
        return stageFrom(q);
    return std::nullopt;
}

QList<StageRecord> Journal::stages() const
{
    QList<StageRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(u"SELECT %1 FROM stages"_s.arg(QLatin1String(StageColumns))))
        while (q.next())
            list.append(stageFrom(q));
    std::sort(list.begin(), list.end(),
              [](const StageRecord &a, const StageRecord &b) { return a.stage < b.stage; });
    return list;
}

bool Journal::setStageState(StageKind stage, StageState state, const QString &message,
                            const QString &packageSha256)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString at = now();
    if (!db.transaction())
        return fail(u"begin"_s, db.lastError().text());
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO stages (stage, state, message) VALUES (?, ?, ?) "
              "ON CONFLICT(stage) DO UPDATE SET state = excluded.state, "
              "message = excluded.message"_s);
    q.addBindValue(toString(stage));
    q.addBindValue(toString(state));
    q.addBindValue(red(message));
    bool ok = q.exec() || fail(u"stage"_s, q.lastError().text());
    if (ok && !packageSha256.isEmpty()) {
        QSqlQuery u(db);
        u.prepare(u"UPDATE stages SET package_sha256 = ? WHERE stage = ?"_s);
        u.addBindValue(packageSha256);
        u.addBindValue(toString(stage));
        ok = u.exec() || fail(u"stage"_s, u.lastError().text());
    }
    if (ok && state == StageState::Running) {
        QSqlQuery u(db);
        u.prepare(u"UPDATE stages SET started_at = ?, finished_at = NULL WHERE stage = ?"_s);
        u.addBindValue(at);
        u.addBindValue(toString(stage));
        ok = u.exec() || fail(u"stage"_s, u.lastError().text());
    } else if (ok && isFinal(state)) {
        QSqlQuery u(db);
        u.prepare(u"UPDATE stages SET finished_at = ? WHERE stage = ?"_s);
        u.addBindValue(at);
        u.addBindValue(toString(stage));
        ok = u.exec() || fail(u"stage"_s, u.lastError().text());
    }
    if (ok) {
        QSqlQuery t(db);
        t.prepare(u"INSERT INTO transitions (stage, step_id, state, at, message) "
                  "VALUES (?, NULL, ?, ?, ?)"_s);
        t.addBindValue(toString(stage));
        t.addBindValue(toString(state));
        t.addBindValue(at);
        t.addBindValue(red(message));
        ok = t.exec() || fail(u"transition"_s, t.lastError().text());
    }
    if (ok && db.commit())
        return true;
    db.rollback();
    return false;
}

// --- steps -----------------------------------------------------------------------------------

namespace {

constexpr auto StepColumns = "step_id, stage, rollback, ordinal, title, destructive, state, "
                             "attempts, started_at, finished_at, message, details";

StepRecord stepFrom(const QSqlQuery &q)
{
    StepRecord r;
    r.stepId = q.value(0).toString();
    r.stage = stageFromString(q.value(1).toString()).value_or(StageKind::Test);
    r.rollback = q.value(2).toBool();
    r.ordinal = q.value(3).toInt();
    r.title = q.value(4).toString();
    r.destructive = q.value(5).toBool();
    r.state = stepStateFromString(q.value(6).toString()).value_or(StepState::Pending);
    r.attempts = q.value(7).toInt();
    r.startedAt = fromText(q.value(8));
    r.finishedAt = fromText(q.value(9));
    r.message = q.value(10).toString();
    r.details = q.value(11).toString();
    return r;
}

} // namespace

bool Journal::registerSteps(const Stage &stage)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(u"begin"_s, db.lastError().text());
    bool ok = true;
    int ordinal = 0;
    auto add = [&](const std::vector<std::shared_ptr<Step>> &steps, bool rollback) {
        for (const auto &step : steps) {
            if (!ok)
                return;
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO steps (step_id, stage, rollback, ordinal, title, destructive, "
                      "state) VALUES (?, ?, ?, ?, ?, ?, 'pending') ON CONFLICT(step_id) DO "
                      "UPDATE SET ordinal = excluded.ordinal, title = excluded.title"_s);
            q.addBindValue(step->id());
            q.addBindValue(toString(stage.kind));
            q.addBindValue(rollback ? 1 : 0);
            q.addBindValue(int(stage.kind) * 10000 + ordinal++);
            q.addBindValue(step->title());
            q.addBindValue(step->isDestructive() ? 1 : 0);
            ok = q.exec() || fail(u"steps"_s, q.lastError().text());
        }
    };
    add(stage.steps, false);
    add(stage.rollbackSteps, true);
    if (ok && db.commit())
        return true;
    db.rollback();
    return false;
}

std::optional<StepRecord> Journal::step(const QString &stepId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT %1 FROM steps WHERE step_id = ?"_s.arg(QLatin1String(StepColumns)));
    q.addBindValue(stepId);
    if (q.exec() && q.next())
        return stepFrom(q);
    return std::nullopt;
}

QList<StepRecord> Journal::steps(std::optional<StageKind> stage) const
{
    QList<StepRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT %1 FROM steps %2 ORDER BY ordinal"_s.arg(
            QLatin1String(StepColumns), stage ? u"WHERE stage = ?"_s : QString()));
    if (stage)
        q.addBindValue(toString(*stage));
    if (q.exec())
        while (q.next())
            list.append(stepFrom(q));
    return list;
}

bool Journal::setStepState(const QString &stepId, StepState state, const QString &message,
                           const QString &details)
{
    const std::optional<StepRecord> current = step(stepId);
    if (!current)
        return fail(u"step"_s, u"unknown step %1"_s.arg(stepId));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString at = now();
    if (!db.transaction())
        return fail(u"begin"_s, db.lastError().text());
    QSqlQuery q(db);
    if (state == StepState::Running) {
        q.prepare(u"UPDATE steps SET state = ?, message = ?, details = ?, attempts = attempts + "
                  "1, started_at = ?, finished_at = NULL WHERE step_id = ?"_s);
    } else if (state == StepState::Pending) {
        q.prepare(u"UPDATE steps SET state = ?, message = ?, details = ? WHERE step_id = ?"_s);
    } else {
        q.prepare(u"UPDATE steps SET state = ?, message = ?, details = ?, finished_at = ? "
                  "WHERE step_id = ?"_s);
    }
    q.addBindValue(toString(state));
    q.addBindValue(red(message));
    q.addBindValue(red(details));
    if (state != StepState::Pending)
        q.addBindValue(at);
    q.addBindValue(stepId);
    bool ok = q.exec() || fail(u"step"_s, q.lastError().text());
    if (ok) {
        QSqlQuery t(db);
        t.prepare(u"INSERT INTO transitions (stage, step_id, state, at, message, details) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
        t.addBindValue(toString(current->stage));
        t.addBindValue(stepId);
        t.addBindValue(toString(state));
        t.addBindValue(at);
        t.addBindValue(red(message));
        t.addBindValue(red(details));
        ok = t.exec() || fail(u"transition"_s, t.lastError().text());
    }
    if (ok && db.commit())
        return true;
    db.rollback();
    return false;
}

QStringList Journal::markInterrupted()
{
    QStringList interrupted;
    for (const StepRecord &s : steps())
        if (s.state == StepState::Running &&
            setStepState(s.stepId, StepState::Interrupted,
                         tr("The program stopped while this step was running.")))
            interrupted << s.stepId;
    for (const StageRecord &s : stages())
        if (s.state == StageState::Running || s.state == StageState::RollingBack)
            setStageState(s.stage, StageState::Interrupted,
                          tr("The program stopped while this stage was running."));
    return interrupted;
}

QList<TransitionRecord> Journal::transitions(const QString &stepId) const
{
    QList<TransitionRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT id, stage, step_id, state, at, message, details FROM transitions %1 "
              "ORDER BY id"_s.arg(stepId.isEmpty() ? QString() : u"WHERE step_id = ?"_s));
    if (!stepId.isEmpty())
        q.addBindValue(stepId);
    if (q.exec())
        while (q.next())
            list.append({q.value(0).toLongLong(),
                         stageFromString(q.value(1).toString()).value_or(StageKind::Test),
                         q.value(2).toString(), q.value(3).toString(), fromText(q.value(4)),
                         q.value(5).toString(), q.value(6).toString()});
    return list;
}

// --- artifacts -------------------------------------------------------------------------------

qint64 Journal::addArtifact(const Artifact &artifact)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"INSERT INTO artifacts (kind, environment, path, size, sha256, verified, source, "
              "step_id, created_at, verified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QString at = now();
    q.addBindValue(artifact.kind);
    q.addBindValue(toString(artifact.environment));
    q.addBindValue(red(artifact.path));
    q.addBindValue(artifact.size);
    q.addBindValue(artifact.sha256);
    q.addBindValue(artifact.verified ? 1 : 0);
    q.addBindValue(red(objectText(artifact.source.toJson())));
    q.addBindValue(artifact.stepId);
    q.addBindValue(at);
    q.addBindValue(artifact.verified ? QVariant(at) : QVariant());
    if (!q.exec()) {
        fail(u"artifact"_s, q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool Journal::setArtifactVerified(qint64 id, bool verified, const QString &sha256)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"UPDATE artifacts SET verified = ?, verified_at = ?, "
              "sha256 = COALESCE(NULLIF(?, ''), sha256) WHERE id = ?"_s);
    q.addBindValue(verified ? 1 : 0);
    q.addBindValue(verified ? QVariant(now()) : QVariant());
    q.addBindValue(sha256);
    q.addBindValue(id);
    if (!q.exec())
        return fail(u"artifact"_s, q.lastError().text());
    return q.numRowsAffected() == 1 || fail(u"artifact"_s, u"no artifact %1"_s.arg(id));
}

QList<Artifact> Journal::artifacts(const QString &kind) const
{
    QList<Artifact> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT id, kind, environment, path, size, sha256, verified, source, step_id, "
              "created_at FROM artifacts %1 ORDER BY id"_s.arg(
                      kind.isEmpty() ? QString() : u"WHERE kind = ?"_s));
    if (!kind.isEmpty())
        q.addBindValue(kind);
    if (q.exec()) {
        while (q.next()) {
            Artifact a;
            a.id = q.value(0).toLongLong();
            a.kind = q.value(1).toString();
            a.environment = environmentFromString(q.value(2).toString());
            a.path = q.value(3).toString();
            a.size = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
            a.sha256 = q.value(5).toString();
            a.verified = q.value(6).toBool();
            a.source = TargetIdentity::fromJson(textObject(q.value(7).toString()));
            a.stepId = q.value(8).toString();
            a.createdAt = fromText(q.value(9));
            list.append(a);
        }
    }
    return list;
}

// --- answers, gates, values ------------------------------------------------------------------

bool Journal::addAnswer(const AnswerRecord &answer)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"INSERT INTO answers (question_id, value, reason, source, step_id, os_user, at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(answer.questionId);
    q.addBindValue(red(answer.value));
    q.addBindValue(red(answer.reason));
    q.addBindValue(answer.source);
    q.addBindValue(answer.stepId);
    q.addBindValue(answer.osUser.isEmpty() ? osUser() : answer.osUser);
    q.addBindValue(now());
    return q.exec() || fail(u"answer"_s, q.lastError().text());
}

QList<AnswerRecord> Journal::answers() const
{
    QList<AnswerRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(u"SELECT question_id, value, reason, source, step_id, os_user, at FROM answers "
               "ORDER BY id"_s))
        while (q.next())
            list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                         fromText(q.value(6))});
    return list;
}

bool Journal::addGate(const GateRecord &gate)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"INSERT INTO gates (gate, stage, step_id, decision, reason, details, os_user, at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(gate.gate);
    q.addBindValue(toString(gate.stage));
    q.addBindValue(gate.stepId);
    q.addBindValue(gate.decision);
    q.addBindValue(red(gate.reason));
    q.addBindValue(red(objectText(gate.details)));
    q.addBindValue(gate.osUser.isEmpty() ? osUser() : gate.osUser);
    q.addBindValue(now());
    return q.exec() || fail(u"gate"_s, q.lastError().text());
}

QList<GateRecord> Journal::gates() const
{
    QList<GateRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(u"SELECT gate, stage, step_id, decision, reason, details, os_user, at FROM gates "
               "ORDER BY id"_s))
        while (q.next())
            list.append({q.value(0).toString(),
                         stageFromString(q.value(1).toString()).value_or(StageKind::Test),
                         q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                         textObject(q.value(5).toString()), q.value(6).toString(),
                         fromText(q.value(7))});
    return list;
}

bool Journal::setValue(const QString &key, const QJsonValue &value)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"INSERT INTO vals (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
              "value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(red(jsonText(value)));
    return q.exec() || fail(u"value"_s, q.lastError().text());
}

QJsonValue Journal::value(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT value FROM vals WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return jsonValue(q.value(0).toString());
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace upgrade
