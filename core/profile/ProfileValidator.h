#pragma once

#include "ValidationProblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace upgrade {

/// Checks a profile's JSON and returns *every* problem, each with its JSON path and a
/// translated message: malformed or truncated JSON, binary data, wrong types, unknown fields,
/// unknown hosting or database kinds, invalid URLs, missing required fields, an unknown
/// schemaVersion, and any password or other secret written into the file. Stateless.
class ProfileValidator
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::ProfileValidator)
public:
    static constexpr qsizetype MaxFileSize = 1024 * 1024;

    /// Parses and checks JSON text; on success `object` receives the parsed object.
    static ValidationProblems validateText(const QByteArray &text, QJsonObject *object = nullptr);
    static ValidationProblems validate(const QJsonObject &object);
};

} // namespace upgrade
