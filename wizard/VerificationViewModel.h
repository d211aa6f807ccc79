#pragma once

#include "plan/JournalRecords.h"
#include "profile/Profile.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace upgrade::wizard {

/// What the verification steps of a stage found, read from the run's journal values — the keys
/// and shapes the report reads too (core/report/RunValues.h, docs/report.md), for the stage
/// that works on `environment` ("test" or "production"):
///   "integration.results.<stage>"   (VerifyIntegrationStep) [{"name", "records", "errors",
///                                    "duplicates", "duplicatesInBpmSoft", "duplicatesIn1C",
///                                    "message"}]
///   "deduplication.objects.<stage>" (DeduplicateStep) [{"name", "flagSet": bool}]
///   "<env>.sync-history-snapshot"   (DeduplicateStep, on a database) {"table": the snapshot
///                                    table, "rows": rows copied = rows before clearing,
///                                    "rowsAfter": rows left}
/// Missing numbers read as unknown (-1). Main thread; the journal is read on a worker thread.
class VerificationViewModel : public QObject
{
    Q_OBJECT
public:
    struct Integration
    {
        QString name;
        QString object;
        qint64 records = -1;
        qint64 errors = -1;
        qint64 duplicates = -1; ///< in BPMSoft and 1C together
        qint64 duplicatesInBpmSoft = -1;
        qint64 duplicatesIn1C = -1;
        QString status; ///< "ok" | "errors" | "failed" | "not-run" (as the step says)
        QString message;
        bool isClean() const
        {
            return errors <= 0 && duplicates <= 0 && status != QLatin1String("failed");
        }
    };
    struct Flag
    {
        QString name;
        QString object;
        std::optional<bool> before;
        bool after = false;
    };
    struct MappingTable
    {
        QString table;
        qint64 rowsBefore = -1;
        qint64 rowsAfter = -1;
        QString snapshot;
    };

    /// The keys read for `environment` (see above).
    static QString resultsKey(EnvironmentKind environment);
    static QString flagsKey(EnvironmentKind environment);
    static QString snapshotKey(EnvironmentKind environment);

    explicit VerificationViewModel(QObject *parent = nullptr);

    /// Reads the values of `environment` from the run's journal (background); changed() follows.
    void load(const QString &runDirectory, EnvironmentKind environment);
    bool isLoading() const { return m_loading; }
    QString error() const { return m_error; }
    EnvironmentKind environment() const { return m_environment; }

    /// Anything recorded at all.
    bool hasData() const;
    const QList<Integration> &integrations() const { return m_integrations; }
    const QList<Flag> &flags() const { return m_flags; }
    const std::optional<MappingTable> &mappingTable() const { return m_mapping; }
    /// Every integration finished without errors, nothing duplicated, every flag set.
    bool isClean() const;
    /// One translated sentence: the verdict.
    QString verdict() const;

    /// Parses the values (also used by tests and the screenshot tour).
    void setValues(EnvironmentKind environment, const QJsonValue &results, const QJsonValue &flags,
                   const QJsonValue &mapping);

signals:
    void changed();

private:
    bool m_loading = false;
    QString m_error;
    EnvironmentKind m_environment = EnvironmentKind::Test;
    quint64 m_generation = 0;
    QList<Integration> m_integrations;
    QList<Flag> m_flags;
    std::optional<MappingTable> m_mapping;
    QString m_mappingTableName = ConnectorSettings{}.syncHistoryTable;
};

} // namespace upgrade::wizard
