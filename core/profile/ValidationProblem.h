#pragma once

#include <QList>
#include <QString>

namespace upgrade {

/// One thing wrong with a profile: where (a JSON path such as
/// `environments.production.database.port`, or empty for the file itself) and what, translated.
struct ValidationProblem
{
    QString path;
    QString message;

    QString toString() const
    {
        return path.isEmpty() ? message : path + QLatin1String(": ") + message;
    }
    bool operator==(const ValidationProblem &) const = default;
};

using ValidationProblems = QList<ValidationProblem>;

} // namespace upgrade
