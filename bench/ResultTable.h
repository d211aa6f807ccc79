#pragma once

#include "Samples.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace upgrade::bench {

/// One line of the results: a measured quantity, the baseline it is compared with, the ratio
/// measured / baseline (medians) and the target from issue 9. A plain value.
struct ResultRow
{
    enum class Target {
        None,         ///< shown for information
        RatioAtMost,  ///< measured / baseline <= value
        RatioAtLeast, ///< measured / baseline >= value
        ValueAtMost,  ///< the measured median itself <= value (no baseline)
    };

    QString id;       ///< "a", "b", "c", "d", "e1" ...
    QString what;     ///< "backup + verify + restore-as-test: DbAdmin vs the same commands"
    QString unit;     ///< of the samples: "s", "MB/s", "ms", "MB"
    Samples measured; ///< the program's side
    Samples baseline; ///< the raw tools' (or other) side; empty when there is none
    Target target = Target::None;
    double targetValue = 0;
    QString notMeasured; ///< non-empty: why this row has no numbers (never a made-up number)
    QString note;        ///< shown under the table

    bool isMeasured() const { return notMeasured.isEmpty() && !measured.isEmpty(); }
    bool hasRatio() const;
    double ratio() const; ///< measured median / baseline median
    QString ratioText() const;
    QString targetText() const;
    /// "met", "NOT met", "—" (no target), "not measured".
    QString verdict() const;
    bool targetMissed() const;
};

/// The results of one benchmark run: rows, printed as a text table (the console) or as a
/// Markdown table (bench/results/latest.md). Not thread-safe; a plain value.
class ResultTable
{
public:
    void add(ResultRow row) { m_rows.append(std::move(row)); }
    const QList<ResultRow> &rows() const { return m_rows; }
    ResultRow *find(const QString &id);

    QString toText() const;
    QString toMarkdown() const;

private:
    QList<QStringList> cells() const;
    static QStringList header();

    QList<ResultRow> m_rows;
};

} // namespace upgrade::bench
