#pragma once

#include "RunReport.h"

#include <QByteArray>
#include <QJsonObject>

namespace upgrade {

/// The machine-readable report of a run (docs/report.md, "JSON"): one object with the top-level
/// `result` ("succeeded" | "failed" | "rolled-back" | "blocked" | "in-progress") and
/// `integrations` ([{name, records, errors, duplicates, stage}]), then the run, environments,
/// stages with steps and their history, the timeline, artifacts, compile and deduplication
/// results, answers and gate decisions. Times are UTC ISO 8601. Stateless; thread-safe.
class JsonReport
{
public:
    static constexpr int FormatVersion = 1;
    static QJsonObject toJson(const RunReport &report);
    static QByteArray render(const RunReport &report); ///< indented UTF-8 JSON
};

} // namespace upgrade
