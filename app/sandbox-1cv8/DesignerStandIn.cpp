#include "DesignerStandIn.h"

#include "SandboxDtArchive.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <cstdlib>

using namespace Qt::StringLiterals;

// The /Out texts imitate the Russian 1C:Enterprise Designer: simulated tool output (data the
// wizard must read), not this program's user interface, hence fixed Russian and not tr().

namespace upgrade::sandbox {

namespace {

const QString DataFile = u"infobase.sqlite"_s;
const QString UsersFile = u"users.json"_s;

QString unquote(QString value)
{
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        value = value.mid(1, value.size() - 2);
    return value;
}

/// One SQLite connection, closed on scope exit.
struct Sqlite
{
    sqlite3 *db = nullptr;
    ~Sqlite() { sqlite3_close(db); }
    bool open(const QString &path, int flags, QString *error)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) !=
            SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
        sqlite3_busy_timeout(db, 10000);
        return true;
    }
};

/// Copies one SQLite database into another through the SQLite online backup API: a
/// consistent snapshot even while another connection uses the source, and an all-or-nothing
/// replacement of the destination's content.
bool backupDatabase(const QString &from, const QString &to, QString *error)
{
    Sqlite src, dst;
    if (!src.open(from, SQLITE_OPEN_READONLY, error) ||
        !dst.open(to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error))
        return false;
    sqlite3_backup *backup = sqlite3_backup_init(dst.db, "main", src.db, "main");
    if (!backup) {
        *error = QString::fromUtf8(sqlite3_errmsg(dst.db));
        return false;
    }
    QDeadlineTimer deadline(30000);
    int rc;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && !deadline.hasExpired())
            sqlite3_sleep(50);
        else if (rc != SQLITE_OK)
            break;
    } while (true);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *error = rc == SQLITE_BUSY || rc == SQLITE_LOCKED
                         ? u"Ошибка установки монопольного режима. Уже запущены сеансы работы с "
                           u"информационной базой"_s
                         : QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

bool integrityOk(const QString &path, QString *error)
{
    Sqlite db;
    if (!db.open(path, SQLITE_OPEN_READONLY, error))
        return false;
    QString result;
    char *message = nullptr;
    const int rc = sqlite3_exec(
            db.db, "PRAGMA integrity_check",
            [](void *out, int, char **values, char **) {
                auto *text = static_cast<QString *>(out);
                if (text->isEmpty() && values[0])
                    *text = QString::fromUtf8(values[0]);
                return 0;
            },
            &result, &message);
    if (rc != SQLITE_OK || result != u"ok"_s) {
        *error = message ? QString::fromUtf8(message) : result;
        sqlite3_free(message);
        return false;
    }
    return true;
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

QStringList splitWindowsCommandLine(const QString &line)
{
    QStringList args;
    QString current;
    bool inQuotes = false, have = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\') {
            qsizetype n = 0;
            while (i < line.size() && line.at(i) == u'\\') {
                ++n;
                ++i;
            }
            if (i < line.size() && line.at(i) == u'"') {
                current += QString(n / 2, u'\\');
                if (n % 2) {
                    current += u'"';
                } else {
                    inQuotes = !inQuotes;
                }
            } else {
                current += QString(n, u'\\');
                --i;
            }
            have = true;
        } else if (c == u'"') {
            if (inQuotes && i + 1 < line.size() && line.at(i + 1) == u'"') {
                current += u'"';
                ++i;
            } else {
                inQuotes = !inQuotes;
            }
            have = true;
        } else if (!inQuotes && (c == u' ' || c == u'\t' || c == u'\r' || c == u'\n')) {
            if (have)
                args.append(current);
            current.clear();
            have = false;
        } else {
            current += c;
            have = true;
        }
    }
    if (have)
        args.append(current);
    return args;
}

DesignerArguments DesignerArguments::parse(const QStringList &input)
{
    DesignerArguments a;
    QStringList args = input;
    if (!args.isEmpty() && args.first().startsWith(u"/@"_s)) {
        QString file = args.first().mid(2);
        if (file.isEmpty() && args.size() > 1)
            file = args.at(1);
        QFile f(unquote(file));
        if (!f.open(QIODevice::ReadOnly)) {
            a.error = u"Не удалось прочитать файл параметров %1"_s.arg(file);
            return a;
        }
        QByteArray text = f.readAll();
        if (text.startsWith("\xEF\xBB\xBF"))
            text.remove(0, 3);
        args = splitWindowsCommandLine(QString::fromUtf8(text));
    }
    // Longest keys first: "/Out" before "/N"... the value may follow without a space.
    static const QStringList keys = {u"/DisableStartupMessages"_s,
                                     u"/DisableStartupDialogs"_s,
                                     u"/RestoreIB"_s,
                                     u"/DumpIB"_s,
                                     u"-NoTruncate"_s,
                                     u"-JobsCount"_s,
                                     u"/Out"_s,
                                     u"/UC"_s,
                                     u"/WA"_s,
                                     u"/VL"_s,
                                     u"/F"_s,
                                     u"/S"_s,
                                     u"/N"_s,
                                     u"/P"_s,
                                     u"/L"_s};
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg.compare(u"DESIGNER"_s, Qt::CaseInsensitive) == 0 ||
            arg.compare(u"CONFIG"_s, Qt::CaseInsensitive) == 0) {
            a.mode = Mode::Designer;
            continue;
        }
        if (arg.compare(u"CREATEINFOBASE"_s, Qt::CaseInsensitive) == 0) {
            a.mode = Mode::CreateInfobase;
            continue;
        }
        if (a.mode == Mode::CreateInfobase && arg.startsWith(u"File="_s, Qt::CaseInsensitive)) {
            a.folder = unquote(arg.mid(5));
            if (a.folder.endsWith(u';'))
                a.folder.chop(1);
            a.folder = unquote(a.folder);
            continue;
        }
        QString key;
        for (const QString &k : keys) {
            if (arg.startsWith(k, Qt::CaseInsensitive)) {
                key = k;
                break;
            }
        }
        if (key.isEmpty()) {
            a.error = u"Неизвестный параметр командной строки: %1"_s.arg(arg);
            return a;
        }
        if (key == u"/DisableStartupMessages"_s || key == u"/DisableStartupDialogs"_s ||
            key == u"/WA"_s || key == u"/L"_s || key == u"/VL"_s)
            continue;
        if (key == u"-NoTruncate"_s) {
            a.noTruncate = true;
            continue;
        }
        QString value = arg.mid(key.size());
        if (value.isEmpty()) {
            if (i + 1 >= args.size()) {
                a.error = u"Не указано значение параметра %1"_s.arg(key);
                return a;
            }
            value = args.at(++i);
        }
        value = unquote(value);
        if (key == u"/F"_s)
            a.folder = value;
        else if (key == u"/S"_s)
            a.server = value;
        else if (key == u"/N"_s)
            a.user = value;
        else if (key == u"/P"_s)
            a.password = value;
        else if (key == u"/Out"_s)
            a.outFile = value;
        else if (key == u"/DumpIB"_s)
            a.dumpFile = value;
        else if (key == u"/RestoreIB"_s)
            a.restoreFile = value;
        else if (key == u"/UC"_s)
            a.unlockCode = value;
    }
    if (a.mode == Mode::None)
        a.error = u"Не указан режим запуска (DESIGNER)"_s;
    return a;
}

DesignerStandIn::DesignerStandIn(DesignerArguments arguments)
    : m_args(std::move(arguments))
    , m_logEncoding(qEnvironmentVariable("BPMSOFT_SANDBOX_1C_LOG_ENCODING").toLower())
{}

void DesignerStandIn::writeLog(const QString &line)
{
    if (m_args.outFile.isEmpty())
        return;
    QFile out(m_args.outFile);
    const bool truncate = !m_logStarted && !m_args.noTruncate;
    if (!out.open(QIODevice::WriteOnly | (truncate ? QIODevice::Truncate : QIODevice::Append)))
        return;
    const bool cp1251 = m_logEncoding == u"cp1251"_s || m_logEncoding == u"windows-1251"_s;
    if (out.size() == 0 && !cp1251)
        out.write("\xEF\xBB\xBF");
    if (cp1251) {
        QStringEncoder encoder("windows-1251");
        out.write(encoder.encode(line + u"\r\n"_s));
    } else {
        out.write((line + u"\r\n"_s).toUtf8());
    }
    m_logStarted = true;
}

int DesignerStandIn::fail(const QString &message)
{
    writeLog(message);
    return 1;
}

bool DesignerStandIn::checkUser()
{
    QFile file(QDir(m_args.folder).filePath(UsersFile));
    if (!file.open(QIODevice::ReadOnly))
        return true; // no users list: like a 1C infobase without users, anyone may enter
    const QJsonArray users =
            QJsonDocument::fromJson(file.readAll()).object().value(u"users"_s).toArray();
    if (users.isEmpty())
        return true;
    for (const QJsonValue &value : users) {
        const QJsonObject user = value.toObject();
        if (user.value(u"name"_s).toString().compare(m_args.user, Qt::CaseInsensitive) == 0)
            return user.value(u"passwordSha256"_s)
                           .toString()
                           .compare(sha256Hex(m_args.password), Qt::CaseInsensitive) == 0;
    }
    return false;
}

bool DesignerStandIn::delay()
{
    const int ms = qEnvironmentVariableIntValue("BPMSOFT_SANDBOX_1C_DELAY_MS");
    if (ms > 0)
        QThread::msleep(ulong(ms));
    return true;
}

int DesignerStandIn::run()
{
    if (!m_args.error.isEmpty())
        return fail(m_args.error);
    if (m_args.mode == DesignerArguments::Mode::CreateInfobase)
        return createInfobase();
    if (!m_args.server.isEmpty())
        return fail(u"Сервер 1С:Предприятия не обнаружен: %1. Песочница поддерживает только "
                    u"файловые информационные базы (/F)"_s.arg(m_args.server));
    if (m_args.folder.isEmpty())
        return fail(u"Не указана информационная база (/F)"_s);
    if (!QFileInfo::exists(QDir(m_args.folder).filePath(DataFile)))
        return fail(u"Информационная база не обнаружена: %1"_s.arg(m_args.folder));
    if (!checkUser())
        return fail(u"Идентификация пользователя не выполнена"_s);
    if (m_args.dumpFile.isEmpty() == m_args.restoreFile.isEmpty())
        return fail(u"Не указана команда пакетного режима (/DumpIB или /RestoreIB)"_s);
    return m_args.dumpFile.isEmpty() ? restore() : dump();
}

int DesignerStandIn::dump()
{
    writeLog(u"Начало выгрузки информационной базы %1"_s.arg(
            QDir::toNativeSeparators(m_args.folder)));
    delay();
    const QString fault = qEnvironmentVariable("BPMSOFT_SANDBOX_1C_FAULT");
    if (fault == u"crash"_s)
        std::abort();
    if (fault == u"fail"_s)
        return fail(u"Ошибка выгрузки информационной базы: недостаточно памяти (имитация сбоя)"_s);
    QTemporaryDir work;
    const QString snapshot = work.filePath(DataFile);
    QString error;
    if (!work.isValid() ||
        !backupDatabase(QDir(m_args.folder).filePath(DataFile), snapshot, &error))
        return fail(u"Ошибка выгрузки информационной базы: %1"_s.arg(error));
    if (!SandboxDtArchive::write(snapshot, QDir(m_args.folder).dirName(), m_args.dumpFile, &error))
        return fail(error);
    if (fault == u"error-exit-0"_s) {
        writeLog(u"Ошибка выгрузки информационной базы: ошибка записи на диск (имитация)"_s);
        return 0;
    }
    writeLog(u"Выгрузка информационной базы успешно завершена"_s);
    return 0;
}

int DesignerStandIn::restore()
{
    writeLog(u"Начало загрузки информационной базы из файла %1"_s.arg(
            QDir::toNativeSeparators(m_args.restoreFile)));
    delay();
    const QString fault = qEnvironmentVariable("BPMSOFT_SANDBOX_1C_FAULT");
    if (fault == u"crash"_s)
        std::abort();
    if (fault == u"fail"_s)
        return fail(u"Ошибка загрузки информационной базы (имитация сбоя)"_s);
    // Extract and check next to the infobase; the infobase is touched only when all is well.
    QTemporaryDir work(QDir(m_args.folder).filePath(u".restore-XXXXXX"_s));
    const QString extracted = work.filePath(DataFile);
    QString error;
    if (!work.isValid())
        return fail(u"Ошибка загрузки информационной базы: не удалось создать временный каталог"_s);
    if (!SandboxDtArchive::extract(m_args.restoreFile, extracted, &error))
        return fail(error);
    if (!integrityOk(extracted, &error))
        return fail(u"Файл выгрузки информационной базы %1 поврежден: %2"_s.arg(m_args.restoreFile,
                                                                                error));
    if (!backupDatabase(extracted, QDir(m_args.folder).filePath(DataFile), &error))
        return fail(u"Ошибка загрузки информационной базы: %1"_s.arg(error));
    writeLog(u"Загрузка информационной базы успешно завершена"_s);
    return 0;
}

int DesignerStandIn::createInfobase()
{
    if (m_args.folder.isEmpty())
        return fail(u"Не указан каталог информационной базы (File=)"_s);
    if (!QDir().mkpath(m_args.folder))
        return fail(u"Не удалось создать каталог %1"_s.arg(m_args.folder));
    const QString data = QDir(m_args.folder).filePath(DataFile);
    if (QFileInfo::exists(data))
        return fail(u"Информационная база уже существует: %1"_s.arg(m_args.folder));
    {
        Sqlite db;
        QString error;
        if (!db.open(data, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &error) ||
            sqlite3_exec(db.db, "PRAGMA user_version = 1", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(u"Ошибка создания информационной базы: %1"_s.arg(error));
    }
    if (!m_args.user.isEmpty()) {
        QFile users(QDir(m_args.folder).filePath(UsersFile));
        const QJsonObject user{{u"name"_s, m_args.user},
                               {u"passwordSha256"_s, sha256Hex(m_args.password)}};
        if (!users.open(QIODevice::WriteOnly) ||
            users.write(QJsonDocument(QJsonObject{{u"users"_s, QJsonArray{user}}}).toJson()) < 0)
            return fail(u"Не удалось записать список пользователей"_s);
    }
    writeLog(u"Создание информационной базы (File=\"%1\";) успешно завершено"_s.arg(
            QDir::toNativeSeparators(m_args.folder)));
    return 0;
}

} // namespace upgrade::sandbox
