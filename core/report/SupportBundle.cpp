#include "SupportBundle.h"

#include "HtmlReport.h"
#include "JsonReport.h"
#include "RunReport.h"

#include "plan/Journal.h"
#include "util/AppPaths.h"
#include "util/Redactor.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

/// A named QtSql connection, removed when it goes out of scope.
class Connection
{
public:
    explicit Connection(const QString &path, const QString &options = {})
        : m_name(u"bundle-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_ok = db.open();
        if (!m_ok)
            m_error = db.lastError().text();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    /// Runs `sql`; false with the error in error().
    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        if (q.exec(sql))
            return true;
        m_error = q.lastError().text();
        return false;
    }

private:
    QString m_name;
    bool m_ok = false;
    QString m_error;
};

QString quoteIdentifier(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

QString quoteLiteral(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

/// Passes every text (and blob) value of every table through the Redactor.
bool redactDatabase(Connection &connection, QString *raw)
{
    QSqlDatabase db = connection.db();
    QStringList tables;
    {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                    "'sqlite_%'"_s)) {
            *raw = q.lastError().text();
            return false;
        }
        while (q.next())
            tables << q.value(0).toString();
    }
    if (!db.transaction()) {
        *raw = db.lastError().text();
        return false;
    }
    for (const QString &table : tables) {
        QSqlQuery select(db);
        select.setForwardOnly(true);
        if (!select.exec(u"SELECT rowid, * FROM %1"_s.arg(quoteIdentifier(table)))) {
            // A table without rowid cannot hold journal text; nothing of ours is like that.
            continue;
        }
        const QSqlRecord record = select.record();
        struct Change
        {
            qint64 rowid;
            QString column;
            QVariant value;
        };
        QList<Change> changes;
        while (select.next()) {
            for (int i = 1; i < record.count(); ++i) {
                const QVariant v = select.value(i);
                if (v.isNull())
                    continue;
                if (v.typeId() == QMetaType::QString) {
                    const QString text = v.toString();
                    const QString clean = Redactor::redact(text);
                    if (clean != text)
                        changes.append({select.value(0).toLongLong(), record.fieldName(i), clean});
                } else if (v.typeId() == QMetaType::QByteArray) {
                    const QByteArray bytes = v.toByteArray();
                    const std::string clean = Redactor::redact(
                            std::string_view(bytes.constData(), size_t(bytes.size())));
                    if (clean != std::string_view(bytes.constData(), size_t(bytes.size())))
                        changes.append({select.value(0).toLongLong(), record.fieldName(i),
                                        QByteArray::fromStdString(clean)});
                }
            }
        }
        select.finish();
        for (const Change &c : changes) {
            QSqlQuery update(db);
            update.prepare(u"UPDATE %1 SET %2 = ? WHERE rowid = ?"_s.arg(
                    quoteIdentifier(table), quoteIdentifier(c.column)));
            update.addBindValue(c.value);
            update.addBindValue(c.rowid);
            if (!update.exec()) {
                *raw = update.lastError().text();
                db.rollback();
                return false;
            }
        }
    }
    if (!db.commit()) {
        *raw = db.lastError().text();
        return false;
    }
    return true;
}

/// Adds one entry to the zip.
bool addEntry(QuaZip &zip, const QString &name, const QByteArray &bytes, QString *raw)
{
    QuaZipFile file(&zip);
    QuaZipNewInfo info(name);
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    if (!file.open(QIODevice::WriteOnly, info)) {
        *raw = u"zip error %1 opening %2"_s.arg(file.getZipError()).arg(name);
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        *raw = u"zip error writing %1: %2"_s.arg(name, file.errorString());
        return false;
    }
    file.close();
    if (file.getZipError() != 0) {
        *raw = u"zip error %1 closing %2"_s.arg(file.getZipError()).arg(name);
        return false;
    }
    return true;
}

/// A text file's content, redacted piece by piece (cut at line ends).
std::optional<QByteArray> redactedText(const QString &path, QString *raw)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *raw = file.errorString();
        return std::nullopt;
    }
    QByteArray out;
    constexpr qint64 Piece = 1 << 20;
    constexpr qint64 MaxLine = 16 << 20;
    QByteArray carry;
    while (true) {
        QByteArray chunk = carry + file.read(Piece);
        carry.clear();
        const bool atEnd = file.atEnd();
        if (!atEnd) {
            // Cut after the last line end, so no secret is split between two pieces; a line
            // longer than MaxLine is cut anyway.
            const qsizetype newline = chunk.lastIndexOf('\n');
            if (newline >= 0) {
                carry = chunk.mid(newline + 1);
                chunk.truncate(newline + 1);
            } else if (chunk.size() < MaxLine) {
                carry = chunk;
                continue;
            }
        }
        out += QByteArray::fromStdString(
                Redactor::redact(std::string_view(chunk.constData(), size_t(chunk.size()))));
        if (atEnd)
            break;
    }
    return out;
}

QByteArray redactedJson(const QJsonObject &object)
{
    return Redactor::redact(
                   QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)))
            .toUtf8();
}

/// The start time a log file's name carries (…-yyyyMMdd-HHmmss-…), if any.
QDateTime startOfLog(const QString &fileName)
{
    static const QRegularExpression stamp(uR"((\d{8}-\d{6}))"_s);
    const QRegularExpressionMatch m = stamp.match(fileName);
    if (!m.hasMatch())
        return {};
    return QDateTime::fromString(m.captured(1), u"yyyyMMdd-HHmmss"_s);
}

} // namespace

QString SupportBundle::defaultFileName(const QString &runId)
{
    QString id = runId;
    id.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"_"_s);
    return u"bpmsoft-upgrade-support-%1.zip"_s.arg(id.isEmpty() ? u"run"_s : id);
}

QStringList SupportBundle::logFilesOfRun(const QString &logDirectory, const QDateTime &since,
                                         const QDateTime &until)
{
    QStringList files;
    const QDir dir(logDirectory);
    if (!dir.exists())
        return files;
    for (const QFileInfo &info : dir.entryInfoList({u"*.log"_s}, QDir::Files, QDir::Name)) {
        if (since.isValid() && info.lastModified() < since.addSecs(-60))
            continue;
        const QDateTime started = startOfLog(info.fileName());
        if (until.isValid() && started.isValid() && started > until.addSecs(60))
            continue;
        files << info.absoluteFilePath();
    }
    return files;
}

bool SupportBundle::copyJournal(const QString &runDirectory, const QString &target, QString *error)
{
    auto fail = [&](const QString &raw) {
        if (error)
            *error = tr("Cannot copy the journal of %1 for the support bundle: %2")
                             .arg(QDir::toNativeSeparators(runDirectory), raw);
        return false;
    };
    if (QFileInfo::exists(target))
        return fail(u"%1 exists"_s.arg(target));
    {
        // A read transaction: VACUUM INTO writes a consistent snapshot even while a run writes
        // the journal (WAL). Immutable when SQLite cannot make its side files (a read-only
        // folder) — as Journal::open does.
        const QString path = Journal::filePath(runDirectory);
        auto source = std::make_unique<Connection>(path, u"QSQLITE_OPEN_READONLY"_s);
        if (!source->ok() || !source->exec(u"SELECT count(*) FROM sqlite_master"_s)) {
            source = std::make_unique<Connection>(QUrl::fromLocalFile(path).toString() +
                                                          u"?immutable=1"_s,
                                                  u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        }
        if (!source->ok())
            return fail(source->error());
        if (!source->exec(u"VACUUM INTO %1"_s.arg(quoteLiteral(QDir::toNativeSeparators(target)))))
            return fail(source->error());
    }
    Connection copy(target);
    QString raw;
    if (!copy.ok())
        return fail(copy.error());
    if (!copy.exec(u"PRAGMA journal_mode = DELETE"_s) || !copy.exec(u"PRAGMA secure_delete = ON"_s))
        return fail(copy.error());
    if (!redactDatabase(copy, &raw))
        return fail(raw);
    // Rebuild the file: no free page keeps a text from before the redaction.
    if (!copy.exec(u"VACUUM"_s))
        return fail(copy.error());
    return true;
}

bool SupportBundle::create(const QString &runDirectory, const QString &zipPath,
                           const Options &options, Progress &progress, QString *error,
                           QStringList *entries)
{
    const QString zipFile = QFileInfo(zipPath).absoluteFilePath();
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    progress.setStatus(tr("Reading the journal"));
    progress.setFraction(0);
    QString openError;
    const auto journal = Journal::open(runDirectory, Journal::Mode::ReadOnly, &openError);
    if (!journal)
        return fail(openError);
    const RunReport report = RunReport::fromJournal(*journal);

    QTemporaryDir temp;
    if (!temp.isValid())
        return fail(tr("Cannot create a temporary folder for the support bundle: %1")
                            .arg(temp.errorString()));
    const QString journalCopy = temp.filePath(Journal::fileName());
    QString copyError;
    if (!copyJournal(runDirectory, journalCopy, &copyError))
        return fail(copyError);
    if (progress.isCancelled())
        return fail(tr("Cancelled."));
    progress.setFraction(0.2);

    // The files to take: logs of the program and of the steps.
    QList<std::pair<QString, QString>> logs; // entry name, file
    QStringList seen;
    auto addLog = [&](const QString &entry, const QString &file) {
        const QString canonical = QFileInfo(file).canonicalFilePath();
        if (canonical.isEmpty() || seen.contains(canonical))
            return;
        seen << canonical;
        logs.append({entry, file});
    };
    const QString logDirectory =
            options.logDirectory.isEmpty() ? AppPaths::logDir() : options.logDirectory;
    const QDateTime until = report.result == RunResult::InProgress || !report.lastChange.isValid()
                                    ? QDateTime::currentDateTimeUtc()
                                    : report.lastChange;
    for (const QString &file : logFilesOfRun(logDirectory, report.startedAt, until))
        addLog(u"logs/"_s + QFileInfo(file).fileName(), file);
    for (const QString &file : options.extraLogFiles)
        if (QFileInfo(file).isFile())
            addLog(u"logs/"_s + QFileInfo(file).fileName(), file);
    QDirIterator it(runDirectory, {u"*.log"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        addLog(u"run/"_s + QDir(runDirectory).relativeFilePath(file), file);
    }

    const QString partPath = zipFile + u".part"_s;
    QFile::remove(partPath);
    if (!QDir().mkpath(QFileInfo(zipFile).absolutePath()))
        return fail(tr("Cannot create the folder %1.")
                            .arg(QDir::toNativeSeparators(QFileInfo(zipFile).absolutePath())));
    QStringList written;
    QString raw;
    bool ok = true;
    {
        QuaZip zip(partPath);
        if (!zip.open(QuaZip::mdCreate)) {
            return fail(tr("Cannot write the support bundle %1 (zip error %2). Check that you "
                           "may write in that folder.")
                                .arg(QDir::toNativeSeparators(zipFile))
                                .arg(zip.getZipError()));
        }
        auto add = [&](const QString &name, const QByteArray &bytes) {
            if (ok && addEntry(zip, name, bytes, &raw))
                written << name;
            else
                ok = false;
        };
        add(u"report.json"_s,
            Redactor::redact(QString::fromUtf8(JsonReport::render(report))).toUtf8());
        add(u"report.html"_s, Redactor::redact(HtmlReport::render(report)).toUtf8());
        Profile profile = Profile::fromJson(report.run.profile);
        add(u"profile.json"_s, redactedJson(profile.toJson()));
        QFile copied(journalCopy);
        if (!copied.open(QIODevice::ReadOnly)) {
            ok = false;
            raw = copied.errorString();
        } else {
            add(Journal::fileName(), copied.readAll());
        }
        progress.setFraction(0.4);
        QJsonArray skipped;
        for (qsizetype i = 0; ok && i < logs.size(); ++i) {
            if (progress.isCancelled()) {
                ok = false;
                raw = tr("Cancelled.");
                break;
            }
            progress.setStatus(tr("Adding %1").arg(logs[i].first));
            QString readError;
            const std::optional<QByteArray> text = redactedText(logs[i].second, &readError);
            if (!text) {
                skipped.append(QJsonObject{{u"file"_s, QDir::toNativeSeparators(logs[i].second)},
                                           {u"error"_s, readError}});
                continue;
            }
            add(logs[i].first, *text);
            progress.setFraction(0.4 + 0.5 * double(i + 1) / double(logs.size()));
        }
        QJsonArray contents;
        for (const QString &name : written)
            contents.append(name);
        add(u"manifest.json"_s,
            redactedJson(
                    {{u"bundle"_s, u"bpmsoft-upgrade support bundle"_s},
                     {u"formatVersion"_s, 1},
                     {u"runId"_s, report.run.runId},
                     {u"journal"_s, QDir::toNativeSeparators(runDirectory)},
                     {u"result"_s, toString(report.result)},
                     {u"createdAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                     {u"createdBy"_s, Journal::osUser()},
                     {u"program"_s, u"bpmsoft-upgrade "_s + QStringLiteral(UPGRADE_VERSION)},
                     {u"entries"_s, contents},
                     {u"unreadable"_s, skipped},
                     {u"note"_s, u"Every text entry was passed through the Redactor. "
                                 "Backups are not included."_s}}));
        zip.close();
        if (ok && zip.getZipError() != 0) {
            ok = false;
            raw = u"zip error %1"_s.arg(zip.getZipError());
        }
    }
    if (!ok) {
        QFile::remove(partPath);
        return fail(tr("Cannot write the support bundle %1: %2")
                            .arg(QDir::toNativeSeparators(zipFile), raw));
    }
    QFile::remove(zipFile);
    if (!QFile::rename(partPath, zipFile)) {
        QFile::remove(partPath);
        return fail(tr("Cannot write the support bundle %1: it could not replace the file "
                       "there.")
                            .arg(QDir::toNativeSeparators(zipFile)));
    }
    progress.setFraction(1);
    if (entries)
        *entries = written;
    return true;
}

} // namespace upgrade
