#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace upgrade {

/// One finding of a step's check(): blocking (the step must not run) or a warning (shown, run
/// goes on), with a translated "how to fix" text.
struct Finding
{
    enum class Severity { Blocking, Warning };

    Severity severity = Severity::Warning;
    QString message;  ///< translated: what is wrong and where
    QString howToFix; ///< translated: what the administrator does about it
    QString id;       ///< optional stable id ("preflight.disk-space") for reports and tests

    bool isBlocking() const { return severity == Severity::Blocking; }
};

/// "blocking" | "warning".
QString toString(Finding::Severity severity);

/// What Step::check() found. Empty means the step may run. A plain value type.
struct Requirements
{
    QList<Finding> findings;

    Requirements &block(const QString &message, const QString &howToFix, const QString &id = {})
    {
        findings.append({Finding::Severity::Blocking, message, howToFix, id});
        return *this;
    }
    Requirements &warn(const QString &message, const QString &howToFix, const QString &id = {})
    {
        findings.append({Finding::Severity::Warning, message, howToFix, id});
        return *this;
    }
    bool isBlocked() const
    {
        for (const Finding &f : findings)
            if (f.isBlocking())
                return true;
        return false;
    }
};

} // namespace upgrade

Q_DECLARE_METATYPE(upgrade::Requirements)
