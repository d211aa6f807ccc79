#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace upgrade {

/// BPMSoft's ConnectionStrings.config (`<connectionStrings><add name="db"
/// connectionString="..."/>...`), read and rewritten for a test copy of a site: the `db`
/// entry's database (and server, port, user), the `redis` database number, and paths that
/// point into the production folder. Everything else stays byte for byte as it was — BOM,
/// CRLF, comments, attribute order, other entries, even an edited value's neighbours inside
/// its connection string. A plain value; not thread-safe.
class ConnectionStringsConfig
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::ConnectionStringsConfig)
public:
    enum class Dialect { Unknown, PostgreSql, MsSql };

    static std::optional<ConnectionStringsConfig> load(const QString &path, QString *error);
    static std::optional<ConnectionStringsConfig> parse(const QByteArray &bytes, QString *error);
    QByteArray toBytes() const;
    /// Atomic (QSaveFile). False and a translated reason.
    bool save(const QString &path, QString *error) const;

    QStringList names() const;
    std::optional<QString> connectionString(const QString &name) const;
    /// False when there is no such entry (nothing is added).
    bool setConnectionString(const QString &name, const QString &value);

    Dialect databaseDialect() const;
    QString databaseName() const;
    QString databaseHost() const;
    std::optional<int> redisDb() const;
    bool setRedisDb(int number);
    /// Empty host/user and port 0 keep what is there.
    bool setDatabase(const QString &name, const QString &host = {}, int port = 0,
                     const QString &user = {});
    /// Replaces the folder `from` (case-insensitively for Windows paths, either separator)
    /// by `to` in every connection string. Returns how many values changed.
    int replaceFolder(const QString &from, const QString &to);

    /// What a test copy needs.
    struct TestRetarget
    {
        QString databaseName;
        QString databaseHost; ///< empty: the same server
        int databasePort = 0;
        QString databaseUser;
        int redisDb = -1;         ///< -1: choose one not used by production or `usedRedisDbs`
        QList<int> usedRedisDbs;  ///< numbers of other sites on the same Redis
        QString productionFolder; ///< paths inside it are moved to testFolder
        QString testFolder;
    };
    /// Applies it; refuses (false, translated reason) when the result would still share the
    /// production database or Redis number. `changes`: translated lines for the log.
    bool retargetForTest(const TestRetarget &target, QStringList *changes, QString *error);

    /// `Key=Value` pairs of an ADO-style connection string; keys compared case- and
    /// space-insensitively ("User ID" = "userid").
    static std::optional<QString> keyValue(const QString &connectionString,
                                           const QStringList &keys);
    /// The connection string with the first of `keys` set to `value` (appended with the first
    /// key when missing); spacing and the other pairs untouched.
    static QString withKeyValue(const QString &connectionString, const QStringList &keys,
                                const QString &value);

private:
    struct Entry
    {
        QString name;
        qsizetype valueStart = -1; ///< inside m_text, between the quotes
        qsizetype valueEnd = -1;
        QChar quote;
        QString value; ///< decoded
    };
    bool reparse(QString *error);
    Entry *entry(const QString &name);
    const Entry *entry(const QString &name) const;

    QString m_text;
    bool m_bom = false;
    QList<Entry> m_entries;
};

} // namespace upgrade
