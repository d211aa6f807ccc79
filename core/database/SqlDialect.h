#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QString>

namespace upgrade {

/// How names and literals are written for one DBMS, and which names are accepted at all.
/// Identifiers are always quoted (BPMSoft's tables have mixed-case names: "SmrSyncHistory"
/// in PostgreSQL, [SmrSyncHistory] in MS SQL); values are bound, not written as literals —
/// except in MS SQL BACKUP/RESTORE text, where quoteString() writes an N'...' literal.
/// A value type; thread-safe.
class SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::SqlDialect)
public:
    explicit SqlDialect(DatabaseKind kind)
        : m_kind(kind)
    {}
    DatabaseKind kind() const { return m_kind; }

    /// "name" (PostgreSQL, SQLite) or [name] (MS SQL), the quote character doubled inside.
    QString quoteIdentifier(const QString &name) const;
    /// 'text' (PostgreSQL, SQLite) or N'text' (MS SQL), the quote doubled inside.
    QString quoteString(const QString &text) const;
    QString trueLiteral() const;  ///< TRUE / 1
    QString falseLiteral() const; ///< FALSE / 0

    /// An entity name of the profile's kind: Latin letters, digits, underscores, not starting
    /// with a digit, at most 128 characters. Anything else is refused before SQL is built.
    static bool isPlainIdentifier(const QString &name);
    /// A database name that may be quoted safely: not empty, no control characters, no
    /// leading or trailing space, at most 63 UTF-8 bytes (PostgreSQL) or 128 characters (MS
    /// SQL). False with a translated reason in `why` otherwise.
    bool isAcceptableDatabaseName(const QString &name, QString *why) const;

private:
    DatabaseKind m_kind;
};

} // namespace upgrade
