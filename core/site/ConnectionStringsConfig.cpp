#include "ConnectionStringsConfig.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringDecoder>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

const QStringList DbNameKeys = {u"Database"_s, u"Initial Catalog"_s};
const QStringList PgHostKeys = {u"Host"_s, u"Server"_s};
const QStringList MsHostKeys = {u"Data Source"_s, u"Server"_s, u"Address"_s};
const QStringList PortKeys = {u"Port"_s};
const QStringList PgUserKeys = {u"Username"_s, u"User ID"_s, u"User"_s, u"UserId"_s};
const QStringList MsUserKeys = {u"User ID"_s, u"UID"_s};
const QStringList RedisDbKeys = {u"db"_s};

QString normaliseKey(const QString &key)
{
    QString k = key.trimmed().toLower();
    k.remove(u' ');
    return k;
}

/// One `key=value` pair's position in a connection string.
struct Pair
{
    QString key;
    qsizetype valueStart = 0;
    qsizetype valueEnd = 0; ///< trailing spaces excluded
};

QList<Pair> pairs(const QString &cs)
{
    QList<Pair> out;
    qsizetype i = 0;
    while (i < cs.size()) {
        const qsizetype eq = cs.indexOf(u'=', i);
        const qsizetype semi = cs.indexOf(u';', i);
        if (eq < 0 || (semi >= 0 && semi < eq)) {
            if (semi < 0)
                break;
            i = semi + 1;
            continue;
        }
        Pair p;
        p.key = cs.mid(i, eq - i);
        qsizetype v = eq + 1;
        while (v < cs.size() && cs.at(v) == u' ')
            ++v;
        p.valueStart = v;
        qsizetype end = v;
        if (v < cs.size() && (cs.at(v) == u'"' || cs.at(v) == u'\'')) {
            const QChar q = cs.at(v);
            end = v + 1;
            while (end < cs.size()) {
                if (cs.at(end) == q) {
                    if (end + 1 < cs.size() && cs.at(end + 1) == q) {
                        end += 2;
                        continue;
                    }
                    ++end;
                    break;
                }
                ++end;
            }
            const qsizetype next = cs.indexOf(u';', end);
            p.valueEnd = end;
            i = next < 0 ? cs.size() : next + 1;
        } else {
            const qsizetype next = cs.indexOf(u';', v);
            end = next < 0 ? cs.size() : next;
            i = next < 0 ? cs.size() : next + 1;
            while (end > v && cs.at(end - 1).isSpace())
                --end;
            p.valueEnd = end;
        }
        out.append(p);
    }
    return out;
}

QString unquoteValue(const QString &raw)
{
    if (raw.size() >= 2 && (raw.startsWith(u'"') || raw.startsWith(u'\'')) &&
        raw.endsWith(raw.at(0))) {
        const QChar q = raw.at(0);
        return raw.mid(1, raw.size() - 2).replace(QString(2, q), QString(q));
    }
    return raw;
}

QString quoteValue(const QString &value)
{
    if (!value.contains(u';') && !value.startsWith(u' ') && !value.endsWith(u' ') &&
        !value.startsWith(u'"') && !value.startsWith(u'\''))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString escapeAttribute(const QString &value, QChar quote)
{
    QString out;
    for (const QChar c : value) {
        if (c == u'&')
            out += u"&amp;"_s;
        else if (c == u'<')
            out += u"&lt;"_s;
        else if (c == u'"' && quote == u'"')
            out += u"&quot;"_s;
        else if (c == u'\'' && quote == u'\'')
            out += u"&apos;"_s;
        else
            out += c;
    }
    return out;
}

bool isWindowsPath(const QString &path)
{
    static const QRegularExpression drive(uR"(^[A-Za-z]:[\\/])"_s);
    return drive.match(path).hasMatch() || path.startsWith(u"\\\\"_s);
}

} // namespace

std::optional<ConnectionStringsConfig> ConnectionStringsConfig::load(const QString &path,
                                                                     QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    auto config = parse(file.readAll(), error);
    if (!config)
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), *error);
    return config;
}

std::optional<ConnectionStringsConfig> ConnectionStringsConfig::parse(const QByteArray &bytes,
                                                                      QString *error)
{
    ConnectionStringsConfig config;
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        config.m_bom = true;
        view = view.sliced(3);
    } else if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF")) {
        *error = tr("the file is in UTF-16, which this program does not edit; save it as UTF-8.");
        return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    config.m_text = utf8.decode(view);
    if (utf8.hasError()) {
        *error = tr("the file is not valid UTF-8.");
        return std::nullopt;
    }
    if (!config.reparse(error))
        return std::nullopt;
    return config;
}

bool ConnectionStringsConfig::reparse(QString *error)
{
    m_entries.clear();
    QXmlStreamReader xml(m_text);
    QStringList path;
    qsizetype previousEnd = 0;
    bool sawSection = false;
    static const QRegularExpression attribute(uR"(\s+([\w:.-]+)\s*=\s*("[^"]*"|'[^']*'))"_s);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        const qsizetype end = qsizetype(xml.characterOffset());
        if (token == QXmlStreamReader::StartElement) {
            const bool inSection = !path.isEmpty() && path.last() == u"connectionStrings"_s;
            if (xml.name() == u"connectionStrings"_s)
                sawSection = true;
            if (inSection && xml.name() == u"add"_s) {
                // '<' cannot appear inside attribute values: the last one is the tag's.
                const qsizetype start = end > 0 ? m_text.lastIndexOf(u'<', end - 1) : -1;
                if (start < 0 || start < previousEnd - 1 ||
                    !m_text.mid(start).startsWith(u"<add"_s)) {
                    *error = tr("cannot locate an <add> element in the text.");
                    return false;
                }
                Entry e;
                e.name = xml.attributes().value(u"name"_s).toString();
                e.value = xml.attributes().value(u"connectionString"_s).toString();
                const QString tag = m_text.mid(start, end - start);
                auto it = attribute.globalMatch(tag, 4);
                while (it.hasNext()) {
                    const auto m = it.next();
                    if (m.captured(1) == u"connectionString"_s) {
                        e.quote = m.captured(2).at(0);
                        e.valueStart = start + m.capturedStart(2) + 1;
                        e.valueEnd = start + m.capturedEnd(2) - 1;
                    }
                }
                if (!e.name.isEmpty() && e.valueStart >= 0)
                    m_entries.append(e);
            }
            path.append(xml.name().toString());
        } else if (token == QXmlStreamReader::EndElement) {
            if (!path.isEmpty())
                path.removeLast();
        }
        previousEnd = end;
    }
    if (xml.hasError()) {
        *error = tr("not well-formed XML (line %1: %2).")
                         .arg(xml.lineNumber())
                         .arg(xml.errorString());
        return false;
    }
    if (!sawSection) {
        *error = tr("there is no <connectionStrings> element.");
        return false;
    }
    return true;
}

QByteArray ConnectionStringsConfig::toBytes() const
{
    return (m_bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + m_text.toUtf8();
}

bool ConnectionStringsConfig::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toBytes()) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QStringList ConnectionStringsConfig::names() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out.append(e.name);
    return out;
}

const ConnectionStringsConfig::Entry *ConnectionStringsConfig::entry(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.name.compare(name, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

ConnectionStringsConfig::Entry *ConnectionStringsConfig::entry(const QString &name)
{
    return const_cast<Entry *>(std::as_const(*this).entry(name));
}

std::optional<QString> ConnectionStringsConfig::connectionString(const QString &name) const
{
    const Entry *e = entry(name);
    return e ? std::optional<QString>(e->value) : std::nullopt;
}

bool ConnectionStringsConfig::setConnectionString(const QString &name, const QString &value)
{
    Entry *e = entry(name);
    if (!e)
        return false;
    if (e->value == value)
        return true;
    const QString escaped = escapeAttribute(value, e->quote);
    const qsizetype delta = escaped.size() - (e->valueEnd - e->valueStart);
    m_text.replace(e->valueStart, e->valueEnd - e->valueStart, escaped);
    e->value = value;
    const qsizetype editedStart = e->valueStart;
    e->valueEnd += delta;
    for (Entry &other : m_entries) {
        if (other.valueStart > editedStart) {
            other.valueStart += delta;
            other.valueEnd += delta;
        }
    }
    return true;
}

std::optional<QString> ConnectionStringsConfig::keyValue(const QString &cs, const QStringList &keys)
{
    const QList<Pair> all = pairs(cs);
    for (const QString &key : keys) {
        for (const Pair &p : all) {
            if (normaliseKey(p.key) == normaliseKey(key))
                return unquoteValue(cs.mid(p.valueStart, p.valueEnd - p.valueStart));
        }
    }
    return std::nullopt;
}

QString ConnectionStringsConfig::withKeyValue(const QString &cs, const QStringList &keys,
                                              const QString &value)
{
    const QList<Pair> all = pairs(cs);
    for (const QString &key : keys) {
        for (const Pair &p : all) {
            if (normaliseKey(p.key) == normaliseKey(key)) {
                QString out = cs;
                out.replace(p.valueStart, p.valueEnd - p.valueStart, quoteValue(value));
                return out;
            }
        }
    }
    QString out = cs;
    const QString trimmed = out.trimmed();
    if (!trimmed.isEmpty() && !trimmed.endsWith(u';'))
        out += u';';
    return out + keys.first() + u'=' + quoteValue(value) + u';';
}

ConnectionStringsConfig::Dialect ConnectionStringsConfig::databaseDialect() const
{
    const auto db = connectionString(u"db"_s);
    if (!db)
        return Dialect::Unknown;
    if (keyValue(*db, {u"Data Source"_s, u"Initial Catalog"_s}))
        return Dialect::MsSql;
    if (keyValue(*db, {u"Host"_s, u"Port"_s, u"Database"_s}))
        return Dialect::PostgreSql;
    return Dialect::Unknown;
}

QString ConnectionStringsConfig::databaseName() const
{
    const auto db = connectionString(u"db"_s);
    return db ? keyValue(*db, DbNameKeys).value_or(QString()) : QString();
}

QString ConnectionStringsConfig::databaseHost() const
{
    const auto db = connectionString(u"db"_s);
    if (!db)
        return {};
    return keyValue(*db, databaseDialect() == Dialect::MsSql ? MsHostKeys : PgHostKeys)
            .value_or(QString());
}

std::optional<int> ConnectionStringsConfig::redisDb() const
{
    const auto redis = connectionString(u"redis"_s);
    if (!redis)
        return std::nullopt;
    bool ok = false;
    const int n = keyValue(*redis, RedisDbKeys).value_or(u"0"_s).trimmed().toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

bool ConnectionStringsConfig::setRedisDb(int number)
{
    const auto redis = connectionString(u"redis"_s);
    return redis && setConnectionString(u"redis"_s,
                                        withKeyValue(*redis, RedisDbKeys, QString::number(number)));
}

bool ConnectionStringsConfig::setDatabase(const QString &name, const QString &host, int port,
                                          const QString &user)
{
    auto db = connectionString(u"db"_s);
    if (!db)
        return false;
    const bool ms = databaseDialect() == Dialect::MsSql;
    QString cs = withKeyValue(
            *db, ms ? QStringList{u"Initial Catalog"_s, u"Database"_s} : DbNameKeys, name);
    if (!host.isEmpty()) {
        // MS SQL keeps the port in Data Source ("host,port").
        cs = withKeyValue(cs, ms ? MsHostKeys : PgHostKeys,
                          ms && port > 0 ? u"%1,%2"_s.arg(host).arg(port) : host);
    }
    if (port > 0 && !ms)
        cs = withKeyValue(cs, PortKeys, QString::number(port));
    if (!user.isEmpty())
        cs = withKeyValue(cs, ms ? MsUserKeys : PgUserKeys, user);
    return setConnectionString(u"db"_s, cs);
}

int ConnectionStringsConfig::replaceFolder(const QString &from, const QString &to)
{
    QString base = from;
    while (base.size() > 1 && (base.endsWith(u'/') || base.endsWith(u'\\')))
        base.chop(1);
    if (base.isEmpty())
        return 0;
    QString target = to;
    while (target.size() > 1 && (target.endsWith(u'/') || target.endsWith(u'\\')))
        target.chop(1);
    const bool windows = isWindowsPath(base);
    // Either separator; followed by a separator or the end of the path.
    QString pattern;
    for (const QChar c : base)
        pattern +=
                (c == u'/' || c == u'\\') ? u"[\\\\/]"_s : QRegularExpression::escape(QString(c));
    const QRegularExpression re(pattern + uR"((?=[\\/;"'\s]|$))"_s,
                                windows ? QRegularExpression::CaseInsensitiveOption
                                        : QRegularExpression::NoPatternOption);
    int changed = 0;
    for (const QString &name : names()) {
        const QString value = *connectionString(name);
        QString replaced;
        qsizetype last = 0;
        auto it = re.globalMatch(value);
        while (it.hasNext()) { // literal replacement: "\1" in a path is no back-reference
            const auto m = it.next();
            replaced += value.mid(last, m.capturedStart() - last) + target;
            last = m.capturedEnd();
        }
        replaced += value.mid(last);
        if (replaced != value && setConnectionString(name, replaced))
            ++changed;
    }
    return changed;
}

bool ConnectionStringsConfig::retargetForTest(const TestRetarget &t, QStringList *changes,
                                              QString *error)
{
    if (!connectionString(u"db"_s)) {
        *error = tr("ConnectionStrings.config has no \"db\" entry.");
        return false;
    }
    const QString productionDb = databaseName();
    if (t.databaseName.isEmpty() ||
        (t.databaseName.compare(productionDb, Qt::CaseInsensitive) == 0 &&
         (t.databaseHost.isEmpty() ||
          t.databaseHost.compare(databaseHost(), Qt::CaseInsensitive) == 0))) {
        *error = tr("The test site would use the production database \"%1\"; give the test "
                    "environment its own database.")
                         .arg(productionDb);
        return false;
    }
    const std::optional<int> productionRedis = redisDb();
    int redis = t.redisDb;
    if (productionRedis) {
        QList<int> used = t.usedRedisDbs;
        used.append(*productionRedis);
        if (redis < 0) {
            for (int n = 1; n < 16 && redis < 0; ++n) {
                if (!used.contains(n))
                    redis = n;
            }
        }
        if (redis < 0 || used.contains(redis)) {
            *error = tr("The Redis database number %1 is already used (production: %2); every "
                        "site needs its own. Set site.redisDb of the test environment.")
                             .arg(redis)
                             .arg(*productionRedis);
            return false;
        }
    }
    setDatabase(t.databaseName, t.databaseHost, t.databasePort, t.databaseUser);
    changes->append(tr("Database: %1 instead of %2").arg(t.databaseName, productionDb));
    if (productionRedis) {
        setRedisDb(redis);
        changes->append(
                tr("Redis database number: %1 instead of %2").arg(redis).arg(*productionRedis));
    }
    if (!t.productionFolder.isEmpty() && !t.testFolder.isEmpty()) {
        const int n = replaceFolder(t.productionFolder, t.testFolder);
        if (n > 0)
            changes->append(tr("Paths into %1 now point into %2 (%n entries)", nullptr, n)
                                    .arg(QDir::toNativeSeparators(t.productionFolder),
                                         QDir::toNativeSeparators(t.testFolder)));
    }
    return true;
}

} // namespace upgrade
