#pragma once

#include "util/Progress.h"

#include <QMap>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace upgrade::test {

/// BPMSoft-like tables (the names of the sandbox contract) for database tests: system
/// settings, packages, Quartz triggers, mail settings and the connector's tables, with rows.
class BpmTestSchema
{
public:
    /// Creates the tables in `db` (PostgreSQL or SQLite) and fills them; `rows` per big table.
    /// Returns an error text, empty on success.
    static QString create(QSqlDatabase db, int rows = 200, bool withDeduplicationColumn = true);
    /// Per table: "rows:md5" over every row's text, for row-by-row comparison. PostgreSQL.
    static QMap<QString, QString> checksums(QSqlDatabase db);
    /// Runs one statement; returns the error text, empty on success.
    static QString exec(QSqlDatabase db, const QString &sql);
    static qint64 count(QSqlDatabase db, const QString &sql);
};

/// Progress that records what it was told, and can cancel when a condition is met.
class RecordingProgress : public Progress
{
public:
    void setFraction(double fraction) override;
    void setStatus(const QString &text) override;
    void log(const QString &line) override;
    Cancellation cancellation() const override { return m_cancel; }

    QList<double> fractions() const;
    QStringList statuses() const;
    QStringList lines() const;
    /// Cancels as soon as a status or log line satisfies `when`.
    void cancelWhen(std::function<bool(const QString &)> when) { m_cancelWhen = std::move(when); }
    void cancel() { m_cancel.cancel(); }

private:
    mutable QMutex m_mutex;
    QList<double> m_fractions;
    QStringList m_statuses;
    QStringList m_lines;
    Cancellation m_cancel;
    std::function<bool(const QString &)> m_cancelWhen;
};

} // namespace upgrade::test
